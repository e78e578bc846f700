import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyDevice, vendorOf, type DeviceClues } from '../../collector/snmp/device-types';

const clues = (overrides: Partial<DeviceClues>): DeviceClues => ({ hasPrinterMib: false, hasHostResources: false, hrDeviceTypes: [], ...overrides });

describe(classifyDevice.name, () => {
  const cases: [string, Partial<DeviceClues>, string, string | undefined][] = [
    ['an HP LaserJet answering Printer-MIB', { sysObjectId: '1.3.6.1.4.1.11.2.3.9.1', sysDescr: 'HP ETHERNET MULTI-ENVIRONMENT', sysServices: 72, hasPrinterMib: true }, 'Printer', 'HP'],
    ['a printer seen only through hrDeviceType', { sysDescr: 'Some MFP', hasHostResources: true, hrDeviceTypes: ['1.3.6.1.2.1.25.3.1.5'] }, 'Printer', undefined],
    ['a Brother printer by its sysDescr', { sysObjectId: '1.3.6.1.4.1.2435.2.3.9.1', sysDescr: 'Brother NC-8300h, Firmware Ver.1.03 (14.04.11),MID 8C5-G11,FID 2' }, 'Printer', 'Brother'],
    ['a Cisco Catalyst 2960', { sysObjectId: '1.3.6.1.4.1.9.1.1208', sysDescr: 'Cisco IOS Software, C2960 Software (C2960-LANBASEK9-M), Version 15.0(2)SE11', sysServices: 6 }, 'Switch', 'Cisco'],
    ['a Cisco ISR router', { sysObjectId: '1.3.6.1.4.1.9.1.1858', sysDescr: 'Cisco IOS Software, ISR Software (X86_64_LINUX_IOSD-UNIVERSALK9-M)', sysServices: 78 }, 'Router', 'Cisco'],
    ['a FortiGate by its enterprise number', { sysObjectId: '1.3.6.1.4.1.12356.101.1.1', sysDescr: 'FGT60F', sysServices: 78 }, 'Firewall', 'Fortinet'],
    ['a Cisco ASA by its sysDescr', { sysObjectId: '1.3.6.1.4.1.9.1.2313', sysDescr: 'Cisco Adaptive Security Appliance Version 9.16(4)', sysServices: 4 }, 'Firewall', 'Cisco'],
    ['a UniFi access point', { sysObjectId: '1.3.6.1.4.1.41112', sysDescr: 'UAP-AC-Pro 6.5.55', sysServices: 6 }, 'AccessPoint', 'Ubiquiti'],
    ['a Yealink phone', { sysDescr: 'Yealink SIP-T46S IP Phone' }, 'Phone', undefined],
    ['a Synology NAS', { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Linux DiskStation 4.4.302+ #64570 SMP x86_64', hasHostResources: true }, 'Storage', 'Net-SNMP'],
    ['a Linux server running net-snmp', { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Linux web01 6.1.0-18-amd64 #1 SMP x86_64', sysServices: 72, hasHostResources: true }, 'Server', 'Net-SNMP'],
    ['a Windows host with HOST-RESOURCES (sysServices says layer 3 too)', { sysObjectId: '1.3.6.1.4.1.311.1.1.3.1.1', sysDescr: 'Hardware: Intel64 Family 6 - Software: Windows Version 6.3 (Build 19045 Multiprocessor Free)', sysServices: 76, hasHostResources: true }, 'Server', 'Microsoft'],
    ['an unknown layer-2 device by sysServices', { sysDescr: 'Managed device', sysServices: 2 }, 'Switch', undefined],
    ['an unknown layer-3 device by sysServices', { sysDescr: 'Edge', sysServices: 4 }, 'Router', undefined],
    ['nothing to go on', { sysDescr: 'device' }, 'Unknown', undefined],
  ];
  for (const [what, given, type, vendor] of cases) {
    it(`classifies ${what} as ${type}`, () => {
      const result = classifyDevice(clues(given));
      assert.equal(result.type, type, result.why);
      assert.equal(result.vendor, vendor);
    });
  }

  it('says which rule decided', () => {
    assert.equal(classifyDevice(clues({ hasPrinterMib: true })).why, 'Printer-MIB answers');
  });
});

describe(vendorOf.name, () => {
  it('reads the enterprise number of sysObjectID', () => {
    assert.equal(vendorOf('1.3.6.1.4.1.2636.1.1.1.2.29'), 'Juniper');
    assert.equal(vendorOf('1.3.6.1.4.1.99999.1'), undefined);
    assert.equal(vendorOf(undefined), undefined);
  });
});
