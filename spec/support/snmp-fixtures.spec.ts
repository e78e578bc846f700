import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { startSimulatedDevice, type DeviceProfile, type SimulatedDevice } from './snmp-agents';
import { LINUX_PACKAGES, OID } from './snmp-device-data';
import { findExecutable, snmpdAvailable, startSnmpd, type SnmpdPeer } from './snmpd';

// Addresses of their own (127.0.9.x), so that other specs' devices on 127.0.0.x never collide with these.
const PRINTER = '127.0.9.21';
const SWITCH = '127.0.9.22';
const LINUX = '127.0.9.23';
const SLOW = '127.0.9.24';
const SNMPD = '127.0.9.31';
const SLOW_DELAY_MS = 700;

const v3 = { name: 'inventory', authKey: 'auth-secret-1', privKey: 'priv-secret-1' };
const v3User = { name: v3.name, level: 'authPriv', authProtocol: 'sha', authKey: v3.authKey, privProtocol: 'aes', privKey: v3.privKey } as const;
const profiles: Record<string, DeviceProfile> = {
  [PRINTER]: { kind: 'printer', sysName: 'prn-floor2', community: 'print-ro' },
  [SWITCH]: { kind: 'switch', sysName: 'sw-core-01', community: 'net-ro', v3Users: [v3User] },
  [LINUX]: { kind: 'linux-host', sysName: 'web01', community: 'public', v3Users: [v3User] },
  [SLOW]: { kind: 'printer', sysName: 'prn-slow', community: 'public', responseDelayMs: SLOW_DELAY_MS },
};

interface CliResult { code: number; stdout: string; stderr: string; elapsedMs: number }

/** Runs a net-snmp CLI tool with no MIB files (numeric OIDs), bounded by a 20 s kill. */
function cli(tool: 'snmpget' | 'snmpwalk' | 'snmpbulkwalk', args: string[]): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(tool, ['-M', '/dev/null', '-m', ':', '-On', '-Oq', ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr, elapsedMs: Date.now() - started });
    });
  });
}

function v2c(community: string, target: string): string[] {
  return ['-v2c', '-c', community, target];
}

function v3Args(target: string, authKey = v3.authKey): string[] {
  return ['-v3', '-l', 'authPriv', '-u', v3.name, '-a', 'SHA', '-A', authKey, '-x', 'AES', '-X', v3.privKey, '-t', '1', '-r', '0', target];
}

/**
 * `-Oq` output ("OID value" lines; a string holding newlines runs on over several lines) as
 * [oid without the leading dot, value without string quotes or trailing blanks].
 */
function rows(stdout: string): [string, string][] {
  const parsed: [string, string][] = [];
  for (const line of stdout.split('\n')) {
    const last = parsed.at(-1);
    if (line.startsWith('.')) {
      const space = line.indexOf(' ');
      parsed.push([line.slice(1, space), line.slice(space + 1)]);
    } else if (last && line) {
      last[1] += `\n${line}`;
    }
  }
  return parsed
    .filter(([, value]) => !value.startsWith('No more variables left'))
    .map(([oid, value]) => [oid, value.trimEnd().replace(/^"([^]*)"$/, '$1').trimEnd()]);
}

const cliMissing = findExecutable('snmpget') ? false : 'the snmp CLI tools are not installed (apt-get install -y snmp)';
if (process.env.CI && (cliMissing || !snmpdAvailable())) {
  // In CI a missing peer is a failure, not a skip: .ci/run installs snmp and snmpd.
  throw new Error('CI is set but snmpget or snmpd is missing');
}

describe('simulated SNMP devices', { skip: cliMissing }, () => {
  const devices = new Map<string, SimulatedDevice>();
  const device = (address: string): SimulatedDevice => {
    const found = devices.get(address);
    assert.ok(found, `no device on ${address}`);
    return found;
  };

  before(async () => {
    for (const [address, profile] of Object.entries(profiles)) {
      devices.set(address, await startSimulatedDevice(profile, { address }));
    }
  });
  after(async () => {
    await Promise.all([...devices.values()].map((each) => each.close()));
  });

  it('answers a v2c get of sysName with its community, on UDP 161', async () => {
    for (const [address, profile] of Object.entries(profiles)) {
      assert.equal(device(address).port, 161);
      const result = await cli('snmpget', [...v2c(profile.community, address), '-Ov', `${OID.sysName}.0`]);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout.trim(), `"${profile.sysName}"`);
    }
  });

  it('serves exactly its `values` over GETNEXT, typed as real agents type them', async () => {
    for (const address of [PRINTER, SWITCH, LINUX]) {
      const result = await cli('snmpwalk', [...v2c(device(address).profile.community, address), '1.3.6.1']);
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(rows(result.stdout).map(([oid]) => oid), [...device(address).values.keys()]);
    }
    const printer = new Map(rows((await cli('snmpwalk', [...v2c('print-ro', PRINTER), '1.3.6.1'])).stdout));
    assert.equal(printer.get('1.3.6.1.2.1.1.2.0'), '.1.3.6.1.4.1.11.2.3.9.1');
    assert.equal(printer.get('1.3.6.1.2.1.1.7.0'), '72');
    assert.match(printer.get('1.3.6.1.2.1.2.2.1.6.1') ?? '', /^00 17 C8 00 09 15$/);
    assert.equal(printer.get(`1.3.6.1.2.1.4.20.1.1.${PRINTER}`), PRINTER);
    assert.equal(printer.get('1.3.6.1.2.1.25.3.2.1.2.1'), '.1.3.6.1.2.1.25.3.1.5');
    assert.match(printer.get('1.3.6.1.2.1.43.5.1.1.17.1') ?? '', /^VNB3K\d{5}$/);
    assert.equal(printer.get('1.3.6.1.2.1.43.10.2.1.4.1.1'), String(device(PRINTER).values.get('1.3.6.1.2.1.43.10.2.1.4.1.1')));
  });

  it('gives no answer to a request with another community', async () => {
    const result = await cli('snmpget', ['-v2c', '-c', 'public', '-t', '1', '-r', '0', PRINTER, `${OID.sysName}.0`]);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /Timeout: No Response/);
  });

  it("walks the switch's 25 ifDescr rows with GETBULK", async () => {
    const result = await cli('snmpbulkwalk', [...v2c('net-ro', SWITCH), '-Cr10', OID.ifDescr]);
    assert.equal(result.code, 0, result.stderr);
    const descriptions = rows(result.stdout).map(([, value]) => value);
    assert.equal(descriptions.length, 25);
    assert.deepEqual(descriptions.slice(0, 3), ['Vlan1', 'GigabitEthernet0/1', 'GigabitEthernet0/2']);
    assert.equal(descriptions.at(-1), 'GigabitEthernet0/24');
  });

  it("walks the Linux host's installed software", async () => {
    const result = await cli('snmpbulkwalk', [...v2c('public', LINUX), OID.hrSWInstalledName]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(rows(result.stdout).map(([, value]) => value), LINUX_PACKAGES);
  });

  it('answers SNMPv3 authPriv (SHA/AES), gets and bulk walks', async () => {
    const get = await cli('snmpget', [...v3Args(SWITCH), `${OID.sysName}.0`]);
    assert.equal(get.code, 0, get.stderr);
    assert.equal(rows(get.stdout)[0]?.[1], 'sw-core-01');
    const walk = await cli('snmpbulkwalk', [...v3Args(LINUX), OID.hrSWInstalledName]);
    assert.equal(walk.code, 0, walk.stderr);
    assert.equal(rows(walk.stdout).length, LINUX_PACKAGES.length);
  });

  it('reports an authentication failure for a wrong auth key, an unknown user for a wrong name', async () => {
    const wrongKey = await cli('snmpget', [...v3Args(SWITCH, 'not-the-key'), `${OID.sysName}.0`]);
    assert.notEqual(wrongKey.code, 0);
    assert.match(wrongKey.stderr, /Authentication failure \(incorrect password, community or key\)/);
    const args = v3Args(SWITCH).map((arg) => (arg === v3.name ? 'nobody' : arg));
    const unknownUser = await cli('snmpget', [...args, `${OID.sysName}.0`]);
    assert.match(unknownUser.stderr, /Unknown user name/);
  });

  it('answers only after responseDelayMs', async () => {
    const slow = await cli('snmpget', ['-v2c', '-c', 'public', '-t', '3', '-r', '0', SLOW, `${OID.sysName}.0`]);
    assert.equal(slow.code, 0, slow.stderr);
    assert.ok(slow.elapsedMs >= SLOW_DELAY_MS, `answered after ${slow.elapsedMs} ms`);
    const impatient = await cli('snmpget', ['-v2c', '-c', 'public', '-t', '0.3', '-r', '0', SLOW, `${OID.sysName}.0`]);
    assert.match(impatient.stderr, /Timeout: No Response/);
    const fast = await cli('snmpget', ['-v2c', '-c', 'print-ro', '-t', '3', '-r', '0', PRINTER, `${OID.sysName}.0`]);
    assert.ok(fast.elapsedMs < SLOW_DELAY_MS, `the printer without a delay took ${fast.elapsedMs} ms`);
  });

  it('releases its address on close, for a new device to bind at once', async () => {
    await device(SLOW).close();
    const replacement = await startSimulatedDevice({ kind: 'switch', sysName: 'sw-replacement', community: 'public' }, { address: SLOW });
    devices.set(SLOW, replacement);
    const result = await cli('snmpget', [...v2c('public', SLOW), '-Ov', `${OID.sysName}.0`]);
    assert.equal(result.stdout.trim(), '"sw-replacement"');
    await assert.rejects(startSimulatedDevice(profiles[PRINTER]!, { address: PRINTER }), /cannot bind 127\.0\.9\.21:161/);
  });
});

describe('Debian snmpd peer', { skip: cliMissing || (snmpdAvailable() ? false : 'snmpd is not installed (apt-get install -y snmpd)') }, () => {
  let peer: SnmpdPeer | undefined;
  const user = { name: 'collector', authProtocol: 'SHA', authKey: 'snmpd-auth-1', privProtocol: 'AES', privKey: 'snmpd-priv-1' } as const;

  before(async () => {
    peer = await startSnmpd({ address: SNMPD, community: 'lab-ro', sysName: 'peer01', sysLocation: 'Lab rack 3', v3User: user });
  });
  after(async () => {
    await peer?.stop();
  });

  it('answers v2c with its sysName and sysLocation, and not another community', async () => {
    assert.equal(peer?.port, 161);
    const result = await cli('snmpget', [...v2c('lab-ro', SNMPD), `${OID.sysName}.0`, '1.3.6.1.2.1.1.6.0']);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(rows(result.stdout), [['1.3.6.1.2.1.1.5.0', 'peer01'], ['1.3.6.1.2.1.1.6.0', 'Lab rack 3']]);
    const wrong = await cli('snmpget', ['-v2c', '-c', 'public', '-t', '1', '-r', '0', SNMPD, `${OID.sysName}.0`]);
    assert.match(wrong.stderr, /Timeout: No Response/);
  });

  it('answers its SNMPv3 authPriv user and reports a wrong key', async () => {
    const args = ['-v3', '-l', 'authPriv', '-u', user.name, '-a', 'SHA', '-x', 'AES', '-X', user.privKey, '-t', '1', '-r', '0'];
    const ok = await cli('snmpget', [...args, '-A', user.authKey, SNMPD, `${OID.sysName}.0`]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(rows(ok.stdout)[0]?.[1], 'peer01');
    const wrong = await cli('snmpget', [...args, '-A', 'wrong-auth-key', SNMPD, `${OID.sysName}.0`]);
    assert.match(wrong.stderr, /Authentication failure/);
  });

  it('walks its real ifTable', async () => {
    const result = await cli('snmpbulkwalk', [...v2c('lab-ro', SNMPD), OID.ifDescr]);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(rows(result.stdout).some(([, value]) => value === 'lo'), result.stdout);
  });
});
