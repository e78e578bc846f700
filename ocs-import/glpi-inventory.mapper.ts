import type { InventoryDocument } from '../contracts/inventory-document';
import { mapOcsInventory } from './mapper';
import { SECTION_RECORDS, type OcsInventory, type OcsRecord } from './parser';

/**
 * The GLPI inventory format (glpi-project/inventory_format `inventory.schema.json`) is the
 * FusionInventory XML with lower-cased keys, typed values and a few renames. These undo the
 * renames, by upper-cased section: glpi-agent `lib/GLPI/Agent/Protocol/Inventory.pm` `_transform`,
 * inventory_format `lib/php/Converter.php` `convertTo01`.
 */
const RENAMED_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  NETWORKS: { MAC: 'MACADDR' },
  SOFTWARES: { INSTALL_DATE: 'INSTALLDATE' },
  STORAGES: { SERIAL: 'SERIALNUMBER' },
};
const RENAMED_SECTIONS: Readonly<Record<string, string>> = { FIREWALLS: 'FIREWALL' };

export interface GlpiInventoryEnvelope {
  deviceId: string;
  /** The envelope's `tag`: the XML's ACCOUNTINFO KEYNAME=TAG, which the agent moves to the root. */
  tag?: string;
}

/**
 * The `content` of a GLPI agent's JSON inventory in the OcsInventory shape the XML parser
 * returns, so that both formats fill the document through one mapper. Pure and bounded: at most
 * SECTION_RECORDS records a section are kept (the rest counted, as the parser does); values
 * nested deeper than a field (timezone, databases, group members) are skipped, as the parser
 * skips elements nested deeper than a field.
 */
export function glpiContentToOcs(content: Readonly<Record<string, unknown>>, envelope: GlpiInventoryEnvelope): OcsInventory {
  const sections: Record<string, OcsRecord[]> = {};
  const counted: Record<string, number> = {};
  for (const key of Object.keys(content)) {
    const upper = key.toUpperCase();
    const name = RENAMED_SECTIONS[upper] ?? upper;
    const value = content[key];
    // hardware, bios, operatingsystem... are objects in JSON, one-record sections in XML.
    const entries = Array.isArray(value) ? value : isObject(value) ? [value] : undefined;
    if (!entries || Object.hasOwn(sections, name)) {
      continue;
    }
    const renames = RENAMED_FIELDS[name] ?? {};
    const records = entries.slice(0, SECTION_RECORDS).flatMap((entry: unknown) => (isObject(entry) ? [recordOf(entry, renames)] : []));
    sections[name] = name === 'CPUS' ? records.map(withLogicalCpus) : records;
    if (entries.length > SECTION_RECORDS) {
      counted[name] = entries.length;
    }
  }
  if (envelope.tag && !Object.hasOwn(sections, 'ACCOUNTINFO')) {
    sections.ACCOUNTINFO = [{ KEYNAME: 'TAG', KEYVALUE: envelope.tag }];
  }
  return { deviceId: envelope.deviceId, content: sections, ...(Object.keys(counted).length > 0 ? { counted } : {}) };
}

/**
 * A GLPI agent's JSON inventory `content` to the inventory document, through mapOcsInventory.
 * Sections the content does not carry stay out of the document (never `[]`): a partial
 * inventory carries only the sections that changed. Pure; validate with inventoryDocumentSchema.
 */
export function mapGlpiInventory(content: Readonly<Record<string, unknown>>, envelope: GlpiInventoryEnvelope): InventoryDocument {
  return mapOcsInventory(glpiContentToOcs(content, envelope), { absentSections: 'absent' });
}

/** One JSON record as XML text fields: numbers as written, booleans as the agent's XML writes them (1/0). */
function recordOf(entry: Readonly<Record<string, unknown>>, renames: Readonly<Record<string, string>>): OcsRecord {
  const record: OcsRecord = {};
  for (const key of Object.keys(entry)) {
    const value = entry[key];
    const text = typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'boolean' ? (value ? '1' : '0') : undefined;
    if (text !== undefined) {
      const upper = key.toUpperCase();
      record[renames[upper] ?? upper] = text;
    }
  }
  return record;
}

/**
 * The format's `thread` is threads per core (schema: "Number of threads per core"; the agent
 * divides /proc/cpuinfo siblings by cores), so the processor's threads are core × thread.
 */
function withLogicalCpus(cpu: OcsRecord): OcsRecord {
  const cores = Number(cpu.CORE);
  const perCore = Number(cpu.THREAD);
  return cpu.LOGICAL_CPUS === undefined && Number.isInteger(cores) && cores > 0 && Number.isInteger(perCore) && perCore > 0 ? { ...cpu, LOGICAL_CPUS: String(cores * perCore) } : cpu;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
