import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readGlpiRequest, type GlpiRequestReading } from '../../ocs-import/read-glpi-request';

/** The GLPI agent 1.12's real requests: see spec/fixtures/glpi-agent/README.md. */
const fixture = (file: string) => readFileSync(path.join(__dirname, '..', 'fixtures', 'glpi-agent', file), 'utf8');
const DEVICE_ID = 'vm-2026-12-01-18-09-20';
const TASKS = ['collect', 'deploy', 'esx', 'inventory', 'netdiscovery', 'netinventory', 'remoteinventory', 'wakeonlan'];

const inventoryOf = (reading: GlpiRequestReading) => {
  assert.equal(reading.kind, 'inventory', reading.kind === 'invalid' ? reading.reason : '');
  return reading.kind === 'inventory' ? reading : assert.fail();
};

describe(readGlpiRequest.name, () => {
  it('classifies the contact request', () => {
    const sut = readGlpiRequest(fixture('03-contact.json'));
    assert.deepEqual(sut, { kind: 'contact', deviceId: DEVICE_ID, enabledTasks: TASKS, installedTasks: TASKS, name: 'GLPI-Agent', version: '1.12-dev' });
  });

  const inventories = [
    { file: '02-inventory-full.json', partial: false, software: 966, sections: 18 },
    { file: '04-inventory-partial.json', partial: true, software: undefined, sections: 8 },
  ];
  for (const { file, partial, software, sections } of inventories) {
    it(`reads ${file} as a${partial ? ' partial' : ''} Computer inventory with its document`, () => {
      const sut = inventoryOf(readGlpiRequest(fixture(file)));
      assert.equal(sut.deviceId, DEVICE_ID);
      assert.equal(sut.itemtype, 'Computer');
      assert.equal(sut.partial, partial);
      assert.equal(sut.sections.length, sections);
      assert.equal(sut.document.identity.hostname, 'vm');
      assert.equal(sut.document.software?.length, software);
    });
  }

  it('reads a body without action as an inventory, and a Phone as one with its type', () => {
    const sut = inventoryOf(readGlpiRequest(JSON.stringify({ deviceid: 'phone-1', itemtype: 'Phone', content: { hardware: { name: 'SM-A715F' } } })));
    assert.equal(sut.document.typeHint, 'Phone');
    assert.equal(sut.partial, false);
  });

  const refusals: [string, string, string][] = [
    ['malformed JSON', '{"action":"inventory",', 'body'],
    ['a body that is not an object', '[1,2]', 'body'],
    ['a wrong action', '{"action":"register","deviceid":"x"}', 'action'],
    ['an action that is not a string', '{"action":7,"deviceid":"x"}', 'action'],
    ['a contact without deviceid', '{"action":"contact","name":"GLPI-Agent"}', 'deviceid'],
    ['a deviceid with control characters', '{"action":"contact","deviceid":"vm\\u0000"}', 'deviceid'],
    ['enabled-tasks that is not a list', '{"action":"contact","deviceid":"x","enabled-tasks":"inventory"}', 'enabled-tasks'],
    ['an inventory without content', '{"action":"inventory","deviceid":"x"}', 'content'],
    ['content that is not an object', '{"action":"inventory","deviceid":"x","content":[]}', 'content'],
    ['partial that is not a boolean', '{"action":"inventory","deviceid":"x","partial":"yes","content":{}}', 'partial'],
    ['a network equipment (netinventory)', '{"action":"inventory","deviceid":"x","itemtype":"NetworkEquipment","content":{}}', 'itemtype'],
  ];
  for (const [what, body, field] of refusals) {
    it(`refuses ${what}, naming ${field}`, () => {
      const sut = readGlpiRequest(body);
      assert.equal(sut.kind, 'invalid');
      assert.ok(sut.kind === 'invalid' && sut.field === field && sut.reason.startsWith(`${field}: `), JSON.stringify(sut));
    });
  }

  it('keeps an inventory whose lists pass the limits, cut, with the cut noted', () => {
    const networks = Array.from({ length: 8_200 }, (_, index) => ({ description: `vlan${index}`, mac: '02:00:00:00:00:01' }));
    const sut = inventoryOf(readGlpiRequest(JSON.stringify({ deviceid: 'x', content: { networks } })));
    assert.deepEqual(sut.document.truncated?.networkInterfaces, { kept: 8_192, total: 8_200 });
  });
});
