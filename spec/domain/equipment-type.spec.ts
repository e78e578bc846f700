import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InventoryDocument } from '../../contracts/inventory-document';
import { inferEquipmentType } from '../../domain/equipment-type';

const documentWith = (extra: Partial<InventoryDocument>): InventoryDocument => ({ identity: {}, ...extra });

describe(inferEquipmentType.name, () => {
  it('takes a source’s explicit type hint', () => {
    assert.equal(inferEquipmentType(documentWith({ typeHint: 'Switch', os: { name: 'Cisco IOS' } })), 'Switch');
  });

  it('makes a machine with a desktop or server OS and nothing else a Workstation or a Server', () => {
    assert.equal(inferEquipmentType(documentWith({ os: { name: 'Microsoft Windows 11 Pro' } })), 'Workstation');
    assert.equal(inferEquipmentType(documentWith({ os: { name: 'Debian GNU/Linux 12' } })), 'Workstation');
    assert.equal(inferEquipmentType(documentWith({ os: { name: 'Microsoft Windows Server 2022 Standard' } })), 'Server');
  });

  it('leaves a device Unknown when only a network OS is known (SNMP identification found no type)', () => {
    for (const name of ['Cisco IOS', 'JUNOS', 'RouterOS', 'FortiOS', 'PAN-OS']) {
      assert.equal(inferEquipmentType(documentWith({ os: { name } })), 'Unknown', name);
    }
  });

  it('is Unknown with nothing to go by', () => {
    assert.equal(inferEquipmentType(documentWith({})), 'Unknown');
  });
});
