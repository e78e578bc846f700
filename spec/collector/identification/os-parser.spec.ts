import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOs } from '../../../collector/snmp/identification/os-parser';
import type { OsInfo } from '../../../collector/snmp/identification/types';

describe(parseOs.name, () => {
  // sysDescr shapes as the vendors' agents print them; the first four are verbatim from recorded walks
  // (librenms/librenms tests/snmpsim/<file>), the others follow each OS's documented banner format.
  const cases: [string, string, OsInfo | undefined][] = [
    ['panos.snmprec', 'Palo Alto Networks PA-3000 series firewall', { name: 'PAN-OS' }],
    ['dsm.snmprec', 'Linux hostname 3.10.77 #8451 SMP Wed Jan 4 00:31:32 CST 2017 x86_64', { name: 'Linux', kernel: '3.10.77' }],
    ['existing spec, device-types.spec.ts', 'Cisco IOS Software, C2960 Software (C2960-LANBASEK9-M), Version 15.0(2)SE11', { name: 'Cisco IOS', version: '15.0(2)SE11' }],
    ['existing spec, device-types.spec.ts', 'Cisco Adaptive Security Appliance Version 9.16(4)', { name: 'Cisco ASA', version: '9.16(4)' }],
    ['IOS-XE banner', 'Cisco IOS Software [Bengaluru], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.6.4, RELEASE SOFTWARE (fc1)', { name: 'Cisco IOS-XE', version: '17.6.4' }],
    ['NX-OS banner', 'Cisco NX-OS(tm) n9000, Software (n9000-dk9), Version 9.3(8), RELEASE SOFTWARE', { name: 'Cisco NX-OS', version: '9.3(8)' }],
    ['IOS XR banner', 'Cisco IOS XR Software (Cisco ASR9K Series),  Version 6.1.4[Default]', { name: 'Cisco IOS-XR', version: '6.1.4' }],
    ['Junos banner', 'Juniper Networks, Inc. ex2200-24t-4g Ethernet Switch, kernel JUNOS 12.3R12.4, Build date: 2016-01-20', { name: 'Junos', version: '12.3R12.4' }],
    ['EOS banner', 'Arista Networks EOS version 4.28.3M running on an Arista Networks DCS-7050SX3-48YC8', { name: 'Arista EOS', version: '4.28.3M' }],
    ['ProVision banner', 'HP J9776A 2530-24G Switch, revision YA.16.10.0009, ROM YA.15.20 (/ws/swbuildm/rel_tacoma_qaoff/code/build/lakes(swbuildm_rel_tacoma_qaoff_rel_tacoma))', { name: 'ArubaOS-Switch', version: 'YA.16.10.0009' }],
    ['ESXi banner', 'VMware ESXi 7.0.3 build-20328353 VMware, Inc. x86_64', { name: 'VMware ESXi', version: '7.0.3' }],
    ['Windows SNMP service, build 17763', 'Hardware: Intel64 Family 6 Model 85 Stepping 7 AT/AT COMPATIBLE - Software: Windows Version 6.3 (Build 17763 Multiprocessor Free)', { name: 'Windows', version: '10.0.17763' }],
    ['Windows SNMP service, Windows 7', 'Hardware: x86 Family 6 Model 23 Stepping 10 AT/AT COMPATIBLE - Software: Windows Version 6.1 (Build 7601 Multiprocessor Free)', { name: 'Windows', version: '6.1.7601' }],
    ['net-snmp on Debian', 'Linux web01 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01) x86_64', { name: 'Linux', kernel: '6.1.0-18-amd64' }],
    ['net-snmp on FreeBSD', 'FreeBSD fw01 13.2-RELEASE-p4 FreeBSD 13.2-RELEASE-p4 amd64', { name: 'FreeBSD', version: '13.2-RELEASE-p4' }],
    ['RouterOS banner', 'RouterOS RB4011iGS+', { name: 'RouterOS' }],
    ['EdgeOS banner', 'EdgeOS v2.0.9-hotfix.7.5622731.230615.0857', { name: 'EdgeOS', version: '2.0.9-hotfix.7.5622731.230615.0857' }],
    ['FortiOS in a sysDescr', 'FortiOS v7.2.5,build1517', { name: 'FortiOS', version: '7.2.5' }],
    ['Android', 'Android 9 Linux 4.9.118', { name: 'Android', version: '9' }],
    ['HP-UX uname', 'HP-UX hostname B.10.20 A 9000/820 2006447661', { name: 'HP-UX', version: 'B.10.20' }],
    ['macosx_sierra.snmprec, the host name left out', 'Darwin Kernel Version 16', { name: 'macOS', kernel: '16' }],
    ['netware.snmprec', 'Novell NetWare', { name: 'NetWare' }],
    ['OpenVMS TCP/IP Services banner', 'OpenVMS V8.4-2L1 on node ALPHA1', { name: 'OpenVMS', version: '8.4-2L1' }],
    ['a printer names no OS', 'Brother NC-8300h, Firmware Ver.1.03 (14.04.11),MID 8C5-G11,FID 2', undefined],
  ];
  for (const [source, sysDescr, expected] of cases) {
    it(`reads ${expected?.name ?? 'no OS'} from "${sysDescr.slice(0, 40)}..." (${source})`, () => {
      assert.deepEqual(parseOs(sysDescr), expected);
    });
  }

  it('reads nothing from an empty sysDescr', () => {
    assert.equal(parseOs(''), undefined);
    assert.equal(parseOs(undefined), undefined);
  });
});
