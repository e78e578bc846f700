import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffDocuments } from '../../domain/merge';

describe(diffDocuments.name, () => {
  it('lists changed fields and added or removed list items', () => {
    const changes = diffDocuments(
      { identity: { hostname: 'pc-1' }, software: [{ name: 'Firefox', version: '127' }] },
      { identity: { hostname: 'pc-2' }, software: [{ name: 'Firefox', version: '128' }, { name: 'VLC' }] },
    );
    assert.deepEqual(changes, [
      { field: 'identity.hostname', from: 'pc-1', to: 'pc-2' },
      { field: 'software', added: ['Firefox 128', 'VLC'], removed: ['Firefox 127'] },
    ]);
  });

  it('is empty for the same document', () => {
    const document = { identity: { serial: 'X' }, cpus: [{ name: 'i5' }], memory: { totalBytes: 8 } };
    assert.deepEqual(diffDocuments(document, structuredClone(document)), []);
  });
});
