/**
 * Machines for bench:native-agents: the real OCS Unix agent 2.10 inventory
 * (spec/fixtures/ocs/ocsinventory-agent-2.10-debian.ocs, 817 packages), one copy per machine with
 * its own DEVICEID, HARDWARE/NAME, BIOS/SSN, HARDWARE/UUID, MAC and IP addresses, so that
 * reconciliation makes one equipment of each; zlib-compressed as the agent uploads it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { deflate, deflateSync } from 'node:zlib';
import { readOcsInventory } from '../ocs-import/read-inventory';

const deflateAsync = promisify(deflate);

export const OCS_FIXTURE = path.resolve(__dirname, '../spec/fixtures/ocs/ocsinventory-agent-2.10-debian.ocs');
/** What the fixture's agent put in its DEVICEID after the host name: the date of its first run. */
const DEVICE_ID_DATE = '2026-11-25-12-40-56';
/** The fixture's own values, replaced in each copy. */
const FIXTURE = { name: '<NAME>vm</NAME>', ip: '192.0.2.2', macs: ['12:3c:38:43:60:d7', 'ba:8a:40:d6:bd:0c', '02:fc:00:00:00:01'], free: '<FREE>81140</FREE>', deviceId: `vm-${DEVICE_ID_DATE}` } as const;

/** One machine's identity: what reconciliation tells machines apart by. */
export interface MachineIdentity {
  deviceId: string;
  hostname: string;
  serial: string;
  systemUuid: string;
  macs: readonly [string, string, string];
  ip: string;
}

/** A machine as the load generator sends it: its PROLOG and INVENTORY bodies, zlib-compressed. */
export interface OcsMachine {
  index: number;
  deviceId: string;
  prolog: Buffer;
  inventory: Buffer;
}

const hex = (value: number) => (value & 255).toString(16).padStart(2, '0');

/** Machine number `index`'s identity. */
export function machineIdentity(index: number): MachineIdentity {
  const hostname = `ws-${index.toString().padStart(7, '0')}`;
  const tail = `${hex(index >> 16)}:${hex(index >> 8)}:${hex(index)}`;
  return {
    deviceId: `${hostname}-${DEVICE_ID_DATE}`,
    hostname,
    serial: `CZN${index.toString(36).toUpperCase().padStart(7, '0')}`,
    systemUuid: `6f1a2b3c-5d4e-4f60-8a7b-${index.toString(16).padStart(12, '0')}`,
    macs: [`12:3c:${tail}:01`, `ba:8a:${tail}:02`, `02:fc:${tail}:03`],
    // 250 × 250 addresses a /16, never .0, .1 or .255.
    ip: `10.${64 + Math.floor(index / 62_500)}.${Math.floor(index / 250) % 250}.${(index % 250) + 2}`,
  };
}

let fixtureText: string | undefined;
const fixture = () => (fixtureText ??= readFileSync(OCS_FIXTURE, 'utf8'));

/**
 * The fixture's XML as machine `identity` sends it. `revision` > 0 is the next day's inventory:
 * less free space and one package upgraded, so its hash differs and it is reconciled again.
 */
export function machineXml(identity: MachineIdentity, revision = 0): string {
  let xml = fixture()
    .replace('<BIOS>\n    </BIOS>', `<BIOS>\n      <SMANUFACTURER>Dell Inc.</SMANUFACTURER>\n      <SMODEL>OptiPlex 7010</SMODEL>\n      <SSN>${identity.serial}</SSN>\n    </BIOS>`)
    .replace(FIXTURE.name, `<NAME>${identity.hostname}</NAME>`)
    .replace('<VMSYSTEM>', `<UUID>${identity.systemUuid}</UUID>\n      <VMSYSTEM>`)
    .replaceAll(FIXTURE.ip, identity.ip)
    .replace(`<DEVICEID>${FIXTURE.deviceId}</DEVICEID>`, `<DEVICEID>${identity.deviceId}</DEVICEID>`);
  FIXTURE.macs.forEach((mac, position) => (xml = xml.replaceAll(mac, identity.macs[position] as string)));
  if (revision > 0) {
    xml = xml.replace(FIXTURE.free, `<FREE>${81140 - revision}</FREE>`).replace('<VERSION>1.5.4+dfsg2-5</VERSION>', `<VERSION>1.5.4+dfsg2-${5 + revision}</VERSION>`);
  }
  return xml;
}

export function prologXml(deviceId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<REQUEST>\n  <DEVICEID>${deviceId}</DEVICEID>\n  <QUERY>PROLOG</QUERY>\n</REQUEST>\n`;
}

/** `count` machines, compressed `parallel` at a time on libuv's threads (2,000 take a few seconds). */
export async function makeMachines(count: number, revision = 0, parallel = 4): Promise<OcsMachine[]> {
  const machines: OcsMachine[] = new Array<OcsMachine>(count);
  let next = 0;
  const work = async () => {
    for (let index = next++; index < count; index = next++) {
      const identity = machineIdentity(index);
      // Compress::Zlib::compress, as the agent uses it: zlib (RFC 1950) at the default level.
      const inventory = await deflateAsync(machineXml(identity, revision));
      machines[index] = { index, deviceId: identity.deviceId, prolog: deflateSync(prologXml(identity.deviceId)), inventory };
    }
  };
  await Promise.all(Array.from({ length: parallel }, work));
  return machines;
}

/**
 * The same machine as our capture agent would describe it, for the peer figure: the fixture read by
 * the OCS reader once (as the server reads it), then machine `index`'s identity put in its JSON text.
 */
export function machineDocumentJson(index: number): string {
  const identity = machineIdentity(index);
  let json = baseDocumentJson();
  for (const [field, value] of Object.entries(BASE_IDENTITY) as [keyof MachineIdentity, MachineIdentity[keyof MachineIdentity]][]) {
    if (field === 'macs') {
      BASE_IDENTITY.macs.forEach((mac, position) => (json = json.replaceAll(`"${mac}"`, `"${identity.macs[position] as string}"`)));
    } else {
      json = json.replaceAll(`"${value as string}"`, `"${identity[field] as string}"`);
    }
  }
  return json;
}

/** Far from the machines of a run (numbered from 0): its values appear nowhere else in the document. */
const BASE_IDENTITY = machineIdentity(0xabcdef);
let baseJson: string | undefined;

function baseDocumentJson(): string {
  if (baseJson === undefined) {
    const reading = readOcsInventory(Buffer.from(machineXml(BASE_IDENTITY)), 64 * 1024 * 1024);
    if (reading.kind !== 'inventory') {
      throw new Error(`the OCS fixture does not read: ${reading.reason}`);
    }
    baseJson = JSON.stringify(reading.document);
  }
  return baseJson;
}
