import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactUrl, redactUrlsIn } from '../../lib/redact';

describe(redactUrl.name, () => {
  const cases: [string, string][] = [
    ['http://user:PASSWORD@hooks.example/in?token=TOKEN', 'http://hooks.example/in?[redacted]'],
    ['https://hooks.example:8443/a/b', 'https://hooks.example:8443/a/b'],
    ['https://hooks.example/in#frag', 'https://hooks.example/in?[redacted]'],
    ['mysql://root:secret@db:3306/inventory', 'mysql://db:3306/inventory'],
  ];
  for (const [url, shown] of cases) {
    it(`shows ${url} as ${shown}`, () => assert.equal(redactUrl(url), shown));
  }
});

describe(redactUrlsIn.name, () => {
  it('redacts every URL of an error message, leaving the rest', () => {
    assert.equal(
      redactUrlsIn('Failed to parse URL from http://u:p@h.example/x?token=T, then https://a.example/?k=v failed'),
      'Failed to parse URL from http://h.example/x?[redacted] then https://a.example/?[redacted] failed',
    );
  });
});
