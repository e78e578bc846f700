/** A scalar of a standard or vendor MIB that names the device's model, maker or serial. */
export interface IdentityScalar {
  oid: string;
  field: 'model' | 'manufacturer' | 'serial' | 'ieee1284';
  mib: string;
}

/**
 * Scalars asked in one GET after the system group, most specific first: a model they name beats a
 * family name from the sysObjectID table. Each row names its MIB object; the OIDs are as the MIBs
 * define them (UPS-MIB in RFC 1628; PowerNet-MIB, XUPS-MIB, SYNOLOGY-SYSTEM-MIB and NETAPP-MIB as
 * their vendors publish them, read in pysnmp/mibs and Network UPS Tools' drivers/*-mib.c, which
 * quote them; the Brother and HP JetDirect device ID as bieniu/brother reads it).
 */
export const IDENTITY_SCALARS: readonly IdentityScalar[] = [
  { oid: '1.3.6.1.4.1.318.1.1.1.1.1.1.0', field: 'model', mib: 'PowerNet-MIB upsBasicIdentModel' },
  { oid: '1.3.6.1.4.1.318.1.1.12.1.5.0', field: 'model', mib: 'PowerNet-MIB rPDUIdentModelNumber' },
  { oid: '1.3.6.1.4.1.318.1.1.4.1.4.0', field: 'model', mib: 'PowerNet-MIB sPDUIdentModelNumber' },
  { oid: '1.3.6.1.4.1.534.1.1.2.0', field: 'model', mib: 'XUPS-MIB xupsIdentModel' },
  { oid: '1.3.6.1.4.1.534.1.1.1.0', field: 'manufacturer', mib: 'XUPS-MIB xupsIdentManufacturer' },
  { oid: '1.3.6.1.2.1.33.1.1.2.0', field: 'model', mib: 'UPS-MIB upsIdentModel' },
  { oid: '1.3.6.1.2.1.33.1.1.1.0', field: 'manufacturer', mib: 'UPS-MIB upsIdentManufacturer' },
  { oid: '1.3.6.1.4.1.6574.1.5.1.0', field: 'model', mib: 'SYNOLOGY-SYSTEM-MIB modelName' },
  { oid: '1.3.6.1.4.1.6574.1.5.2.0', field: 'serial', mib: 'SYNOLOGY-SYSTEM-MIB serialNumber' },
  { oid: '1.3.6.1.4.1.789.1.1.5.0', field: 'model', mib: 'NETAPP-MIB productModel' },
  // An IEEE 1284 device ID, "MFG:Brother;CMD:PJL,PCL;MDL:HL-5350DN series;CLS:PRINTER;".
  { oid: '1.3.6.1.4.1.2435.2.3.9.1.1.7.0', field: 'ieee1284', mib: 'BROTHER-MIB device ID' },
  { oid: '1.3.6.1.4.1.11.2.3.9.1.1.7.0', field: 'ieee1284', mib: 'HP JetDirect device ID' },
];

/** What the identity scalars said: the first answer for each field. */
export interface IdentityFacts {
  model?: { value: string; mib: string };
  manufacturer?: { value: string; mib: string };
  serial?: { value: string; mib: string };
}

/** Reads model, maker and serial from the scalars that answered (by OID), the first row of each field winning. */
export function identityFactsOf(answers: ReadonlyMap<string, string>): IdentityFacts {
  const facts: IdentityFacts = {};
  for (const scalar of IDENTITY_SCALARS) {
    const value = answers.get(scalar.oid)?.trim();
    if (!value) {
      continue;
    }
    const found: Partial<Record<keyof IdentityFacts, string>> = scalar.field === 'ieee1284' ? ieee1284Of(value) : { [scalar.field]: value };
    for (const field of ['model', 'manufacturer', 'serial'] as const) {
      const text = found[field];
      if (text && !facts[field]) {
        facts[field] = { value: text, mib: scalar.mib };
      }
    }
  }
  return facts;
}

/** The maker and model of an IEEE 1284 device ID (MFG/MANUFACTURER and MDL/MODEL keys), " series" dropped. */
function ieee1284Of(deviceId: string): { model?: string; manufacturer?: string } {
  const keys = new Map(deviceId.split(';').map((pair) => pair.split(':', 2).map((part) => part.trim()) as [string, string | undefined]));
  const manufacturer = keys.get('MFG') ?? keys.get('MANUFACTURER');
  const model = (keys.get('MDL') ?? keys.get('MODEL'))?.replace(/\s+series$/i, '');
  return { ...(manufacturer ? { manufacturer } : {}), ...(model ? { model } : {}) };
}
