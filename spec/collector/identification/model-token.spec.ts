import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelTokenIn } from '../../../collector/snmp/identification/descr-hints';

describe(modelTokenIn.name, () => {
  // Shapes of device banners as their makers write them.
  const cases: [string, string | undefined][] = [
    ['Enterasys Networks, Inc. C3G124-48P Rev 06.61.02.0008', 'C3G124-48P'],
    ['Canon LASER SHOT LBP-3500 /P', 'LBP-3500'],
    ['DrayTek Corporation, Router Model: Vigor2925, Version: 3.9.1', 'Vigor2925'],
    ['Dell Laser Printer 1710n version NM.NA.N099 kernel 2.6.10 All-N-1', '1710n'],
    ['HP Comware Platform Software, Software Version 5.20 Release 2208 HP A5120-24G SI Switch', 'A5120-24G'],
    ['3Com Wireless 54Mbps 11g Travel Router', undefined],
    ['Cisco Adaptive Security Appliance Version 9.8(4)', undefined],
    ['Foo Switch 16-port, 100Mbps, x86_64, ADSL2+', undefined],
    ['core07, BR-VDX6940, Network Operating System Software Version 7.2.0', 'BR-VDX6940'],
    ['SN: ZA0747015277 AP9631', 'AP9631'],
    // A computer's banner names a host where a device names its model.
    ['Linux web01 5.10.0-28-amd64 #1 SMP Debian 5.10.209-2 x86_64', undefined],
    ['Hardware: Intel64 Family 6 Model 142 Stepping 10 AT/AT COMPATIBLE - Software: Windows Version 6.3', undefined],
    [' ', undefined],
  ];
  for (const [sysDescr, model] of cases) {
    it(`reads ${model ?? 'no model'} from "${sysDescr}"`, () => {
      assert.equal(modelTokenIn(sysDescr), model);
    });
  }
});
