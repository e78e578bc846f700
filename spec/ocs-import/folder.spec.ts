import assert from 'node:assert/strict';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { inventoryFilesByMachine, machineOf } from '../../ocs-import/folder';

describe(machineOf.name, () => {
  const cases: [string, string][] = [
    ['PC-ACCT-042-2026-03-01-09-12-44.ocs', 'PC-ACCT-042-2026-03-01-09-12-44'],
    ['PC-ACCT-042-2026-03-01-09-12-44-1.ocs', 'PC-ACCT-042-2026-03-01-09-12-44'],
    ['PC-ACCT-042-2026-03-01-09-12-44-12.OCS', 'PC-ACCT-042-2026-03-01-09-12-44'],
    ['web-01-2026-03-01-09-12-44.xml', 'web-01-2026-03-01-09-12-44'],
    ['odd-name.ocs', 'odd-name'],
  ];
  for (const [name, machine] of cases) {
    it(`reads ${name} as machine ${machine}`, () => assert.equal(machineOf(name), machine));
  }
});

describe(inventoryFilesByMachine.name, () => {
  it('groups a machine’s files, oldest first, and ignores other files', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ocs-folder-'));
    const device = 'PC-1-2026-03-01-09-12-44';
    const write = (name: string, minute: number) => {
      writeFileSync(path.join(folder, name), '<REQUEST/>');
      const at = new Date(Date.UTC(2026, 2, 1, 10, minute));
      utimesSync(path.join(folder, name), at, at);
    };
    write(`${device}-2.ocs`, 3);
    write(`${device}.ocs`, 1);
    write(`${device}-1.ocs`, 2);
    write('PC-2-2026-03-01-09-00-00.ocs', 1);
    write('notes.txt', 1);
    const groups = (await inventoryFilesByMachine(folder)).map((group) => group.map((file) => path.basename(file)));
    assert.deepEqual(groups.sort((a, b) => b.length - a.length), [[`${device}.ocs`, `${device}-1.ocs`, `${device}-2.ocs`], ['PC-2-2026-03-01-09-00-00.ocs']]);
  });
});
