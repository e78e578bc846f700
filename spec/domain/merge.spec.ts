import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffDocuments, mergeDocuments } from '../../domain/merge';

describe(mergeDocuments.name, () => {
  it('keeps what the new source does not mention and takes what it states', () => {
    const stored = { identity: { hostname: 'pc-1', serial: 'ABC' }, software: [{ name: 'Firefox', version: '1' }] };
    const merged = mergeDocuments(stored, { identity: { hostname: 'PC-1.corp', primaryIp: '198.18.0.1' }, snmp: { sysLocation: 'Floor 3' } });
    assert.deepEqual(merged, {
      identity: { hostname: 'PC-1.corp', serial: 'ABC', primaryIp: '198.18.0.1' },
      software: [{ name: 'Firefox', version: '1' }],
      snmp: { sysLocation: 'Floor 3' },
    });
  });

  it('replaces a list the new source states', () => {
    const merged = mergeDocuments({ identity: {}, software: [{ name: 'A' }, { name: 'B' }] }, { identity: {}, software: [{ name: 'B' }] });
    assert.deepEqual(merged.software, [{ name: 'B' }]);
  });
});

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
