import * as OID from './oids';
import { SnmpFailure, type SnmpReader, type SnmpValue } from './snmp-reader';
import { asNumber, asText } from './snmp-values';

/** The system group, read first: it is what proves an SNMP agent answers. */
export interface SnmpSystem {
  sysDescr?: string;
  sysObjectId?: string;
  sysName?: string;
  sysLocation?: string;
  sysContact?: string;
  sysUpTimeSeconds?: number;
  sysServices?: number;
  engineId?: string;
}

/** What identifies the device beside sysObjectID: asked once sysObjectID has answered. */
const SYSTEM_IDENTITY = [OID.SYS_DESCR, OID.SYS_NAME, OID.SNMP_ENGINE_ID] as const;
/** The rest of the system group: read with the tables, and not asked of an agent slow enough that each varbind costs a visible wait. */
export const SYSTEM_DETAILS = [OID.SYS_UPTIME, OID.SYS_CONTACT, OID.SYS_LOCATION] as const;

/** The request that proves an agent answers to a credential: one varbind, which even a very slow agent answers within any sane timeout. */
export function askSysObjectId(reader: SnmpReader): Promise<Map<string, SnmpValue>> {
  return reader.get([OID.SYS_OBJECT_ID]);
}

/**
 * Identifies the agent with one varbind (sysObjectID, unless `answered` holds it already), then
 * asks for what else identifies it. Past that first answer the credential is proven: when the
 * next request times out (an agent slow on some OIDs only, which the first answer could not
 * show), each OID is asked alone and what answers is kept.
 */
export async function readSystemGroup(reader: SnmpReader, answered?: Map<string, SnmpValue>): Promise<SnmpSystem> {
  const values = new Map(answered ?? (await askSysObjectId(reader)));
  // An agent without sysObjectID answers noSuchInstance at once, which says nothing of how long its
  // real objects take: sysDescr alone then measures it, as sysObjectID would have, before the rest
  // is asked together (else a slow one times out on three varbinds timed from that instant answer).
  const steps = values.has(OID.SYS_OBJECT_ID) ? [SYSTEM_IDENTITY] : [[OID.SYS_DESCR], SYSTEM_IDENTITY.filter((oid) => oid !== OID.SYS_DESCR)];
  for (const oids of steps) {
    for (const [oid, value] of await getOrOneByOne(reader, oids)) {
      values.set(oid, value);
    }
  }
  return systemOf(values);
}

async function getOrOneByOne(reader: SnmpReader, oids: readonly string[]): Promise<Map<string, SnmpValue>> {
  try {
    return await reader.get(oids);
  } catch (error) {
    if (!(error instanceof SnmpFailure) || error.reason !== 'timeout') {
      throw error;
    }
    const values = new Map<string, SnmpValue>();
    for (const oid of oids) {
      try {
        for (const [key, value] of await reader.get([oid])) {
          values.set(key, value);
        }
      } catch (single) {
        if (!(single instanceof SnmpFailure)) {
          throw single;
        }
      }
    }
    return values;
  }
}

/** The fields that hold a value: what a later read adds must not erase what an earlier one found. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

/** The system group's fields from whatever of its OIDs were read. */
export function systemOf(values: ReadonlyMap<string, SnmpValue>): SnmpSystem {
  const uptimeTicks = asNumber(values.get(OID.SYS_UPTIME));
  const engineId = values.get(OID.SNMP_ENGINE_ID)?.value;
  return {
    sysDescr: asText(values.get(OID.SYS_DESCR)),
    sysObjectId: asText(values.get(OID.SYS_OBJECT_ID)),
    sysName: asText(values.get(OID.SYS_NAME)),
    sysLocation: asText(values.get(OID.SYS_LOCATION)),
    sysContact: asText(values.get(OID.SYS_CONTACT)),
    // sysUpTime is in hundredths of a second (TimeTicks).
    sysUpTimeSeconds: uptimeTicks === undefined ? undefined : Math.floor(uptimeTicks / 100),
    sysServices: asNumber(values.get(OID.SYS_SERVICES)),
    engineId: Buffer.isBuffer(engineId) && engineId.length > 0 ? engineId.toString('hex') : undefined,
  };
}
