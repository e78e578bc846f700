import { DESCR_MODEL_HINTS, DESCR_TYPE_HINTS, modelTokenIn, NETWORK_OS_PATTERN, vendorNamedIn } from './descr-hints';
import { curatedMakerNamedIn, enterpriseNumbersOf, enterpriseOf, registeredOrganizationOf } from './enterprises';
import { parseOs } from './os-parser';
import { REGISTERED_NAME_WEIGHT, registeredNameHintFor } from './registered-name-hints';
import type { ProductRule, RuleCertainty } from './product-rule';
import { certaintyOf, matchProduct } from './product-table';
import { answeredSubtreeRules } from './subtree-rules';
import { interfaceNameVotes } from './interface-name-votes';
import { topologyVotes } from './topology-votes';
import type { EntityRow, IdentifiedType, Identification, OsInfo, RuleType, SnmpEvidence } from './types';
import type { Vote } from './vote';

const CERTAINTY_WEIGHT: Record<RuleCertainty, number> = { product: 60, family: 45, vendor: 25, hint: 12 };
// HOST-RESOURCES-MIB hrDeviceTypes (RFC 2790).
const HR_DEVICE_PROCESSOR = '1.3.6.1.2.1.25.3.1.3';
const HR_DEVICE_PRINTER = '1.3.6.1.2.1.25.3.1.5';
const GENERAL_PURPOSE_OS = /^(Linux|Windows|macOS|FreeBSD|OpenBSD|NetBSD|DragonFly|Solaris|AIX|HP-UX|NetWare|OpenVMS|VMware ESXi)$/;
/** A single-kind maker named in sysDescr: below the 25 of the same lead read from the sysObjectID. */
const NAMED_MAKER_WEIGHT = 20;
/** A MIB only one kind of device implements (UPS-MIB, a NAS maker's) answering. */
const SUBTREE_WEIGHT = 50;
/** Below this score nothing is known well enough to name a type. */
const MIN_SCORE = 10;

/**
 * Identifies a device from what SNMP showed, by weighing every piece of evidence instead of
 * trusting the first rule that matches. Pure: the same evidence always gives the same answer.
 */
export function identifyDevice(evidence: SnmpEvidence): Identification {
  const rule = matchProduct(evidence.sysObjectId);
  const os = parseOs(evidence.sysDescr) ?? (rule?.os ? { name: rule.os } : undefined);
  const votes = collectVotes(evidence, rule, os);
  const { type, why } = decide(votes, os);
  const chassis = chassisOf(evidence.entities);
  const manufacturer = manufacturerOf(evidence, rule, chassis);
  const model = modelOf(evidence, rule, chassis, type);
  const serial = chassis?.serialNum ?? evidence.printerMib?.serial ?? evidence.identity?.serial?.value;
  const firmware = chassis?.softwareRev ?? chassis?.firmwareRev ?? os?.version;
  return {
    type,
    ...(manufacturer.vendor ? { manufacturer: manufacturer.vendor } : {}),
    ...(model ? { model } : {}),
    ...(serial ? { serial } : {}),
    ...(firmware ? { firmware } : {}),
    ...(os ? { os } : {}),
    why: [...why, manufacturer.why],
  };
}

function collectVotes(evidence: SnmpEvidence, rule: ProductRule | undefined, os: OsInfo | undefined): Vote[] {
  const networkOs = NETWORK_OS_PATTERN.test(evidence.sysDescr ?? '');
  const votes: Vote[] = [...ruleVotes(evidence, rule), ...printerVotes(evidence, os), ...descrVotes(evidence), ...subtreeVotes(evidence), ...topologyVotes(evidence), ...interfaceNameVotes(evidence), ...registeredNameVotes(evidence), ...namedMakerVotes(evidence, rule)];
  // Linux-based network OSes (EOS, ArubaOS-CX, RouterOS...) answer HOST-RESOURCES-MIB but are not computers.
  return networkOs ? votes : [...votes, ...computerVotes(evidence, os)];
}

function ruleVotes(evidence: SnmpEvidence, rule: ProductRule | undefined): Vote[] {
  if (!rule?.type) {
    return [];
  }
  const certainty = certaintyOf(rule);
  return [{ type: rule.type, weight: CERTAINTY_WEIGHT[certainty], why: `sysObjectID ${evidence.sysObjectId} is under ${rule.oid} (${certainty}${rule.model ? `: ${rule.model}` : ''})`, generic: certainty === 'hint' }];
}

/**
 * Printer-MIB's marker and supplies tables are what a printer has; an hrDevicePrinter row alone is
 * often a print queue (CUPS on Linux, XPS or fax queues on Windows) and counts only without a computer OS.
 */
function printerVotes(evidence: SnmpEvidence, os: OsInfo | undefined): Vote[] {
  const { markers = false, supplies = false } = evidence.printerMib ?? {};
  if (markers && supplies) {
    return [{ type: 'Printer', weight: 70, why: 'Printer-MIB prtMarker and prtMarkerSupplies tables answer' }];
  }
  if (markers || supplies) {
    return [{ type: 'Printer', weight: 45, why: `Printer-MIB ${markers ? 'prtMarker' : 'prtMarkerSupplies'} table answers` }];
  }
  const queues = (evidence.hrDevices ?? []).filter((device) => device.type === HR_DEVICE_PRINTER);
  const computer = (os && GENERAL_PURPOSE_OS.test(os.name)) || (evidence.hrDevices ?? []).some((device) => device.type === HR_DEVICE_PROCESSOR);
  return queues.length > 0 && !computer ? [{ type: 'Printer', weight: 15, why: 'hrDeviceTable lists a printer' }] : [];
}

function computerVotes(evidence: SnmpEvidence, os: OsInfo | undefined): Vote[] {
  const votes: Vote[] = [];
  const processors = (evidence.hrDevices ?? []).filter((device) => device.type === HR_DEVICE_PROCESSOR).length;
  if (processors > 0) {
    votes.push({ type: 'Computer', weight: 35, why: `hrDeviceTable lists ${processors} processor(s)`, generic: true });
  } else if (evidence.hostResources) {
    votes.push({ type: 'Computer', weight: 10, why: 'HOST-RESOURCES-MIB answers', generic: true });
  }
  if (os?.name === 'Android') {
    votes.push({ type: 'Phone', weight: 40, why: 'Android: a phone or tablet, not a workstation' });
  } else if (os && GENERAL_PURPOSE_OS.test(os.name)) {
    votes.push({ type: 'Computer', weight: 30, why: `sysDescr names a general-purpose OS (${os.name})`, generic: true });
  }
  return votes;
}

function descrVotes(evidence: SnmpEvidence): Vote[] {
  const descr = evidence.sysDescr ?? '';
  return DESCR_TYPE_HINTS.filter((hint) => hint.pattern.test(descr)).map((hint) => ({ type: hint.type, weight: hint.weight, why: hint.why }));
}

/**
 * A maker that sysDescr names (curated makers only), for a device whose sysObjectID tells nothing of its
 * own (none, or an agent's): what the maker's enterprise root says of its products, when every number it
 * holds says one kind (a single-kind maker). Weaker than the same lead from the sysObjectID: a name in a
 * banner can be a partner's or a component's.
 */
function namedMakerVotes(evidence: SnmpEvidence, rule: ProductRule | undefined): Vote[] {
  if (rule?.type && certaintyOf(rule) !== 'hint') {
    return [];
  }
  const maker = curatedMakerNamedIn(evidence.sysDescr);
  const roots = maker ? enterpriseNumbersOf(maker).map((number) => ({ number, type: matchProduct(`1.3.6.1.4.1.${number}`)?.type })) : [];
  const types = new Set(roots.map((root) => root.type));
  const [type] = types;
  if (!maker || types.size !== 1 || !type) {
    return [];
  }
  return [{ type, weight: NAMED_MAKER_WEIGHT, why: `sysDescr names ${maker}, whose enterprise ${roots.map((root) => root.number).join(', ')} says ${type}` }];
}

/** What the maker's registered name says it makes (registered-name-hints.ts): for makers the curated table does not list. */
function registeredNameVotes(evidence: SnmpEvidence): Vote[] {
  const registered = registeredOrganizationOf(evidence.sysObjectId);
  const hint = registered ? registeredNameHintFor(registered.organization) : undefined;
  if (!registered || !hint) {
    return [];
  }
  return [{ type: hint.type, weight: REGISTERED_NAME_WEIGHT, why: `enterprise ${registered.number} is registered to ${registered.organization} (IANA), ${hint.kind}` }];
}

function subtreeVotes(evidence: SnmpEvidence): Vote[] {
  return answeredSubtreeRules(evidence.answeredSubtrees).map((rule) => ({ type: rule.type, weight: rule.weight ?? SUBTREE_WEIGHT, why: rule.why }));
}

/**
 * Sums votes by type. An appliance running Linux is still an appliance: when specific evidence
 * (weight 25 and up) points elsewhere, what any host shows counts half, and all of it together less
 * than that evidence. 'Computer' then joins the
 * computer type the rules named (Server, Workstation, ...) or the one its OS implies.
 */
function decide(votes: readonly Vote[], os: OsInfo | undefined): { type: IdentifiedType; why: string[] } {
  const strongestSpecific = Math.max(0, ...votes.filter((vote) => !vote.generic && vote.type !== 'Computer' && vote.weight >= 25 && !isComputerType(vote.type)).map((vote) => vote.weight));
  // Halved, and together short of the strongest specific vote: several host signs (a Linux banner, processors) are one fact.
  const genericTotal = votes.filter((vote) => vote.generic).reduce((sum, vote) => sum + vote.weight / 2, 0);
  const factor = strongestSpecific === 0 ? 1 : Math.min(0.5, (0.5 * 0.9 * strongestSpecific) / Math.max(genericTotal, Number.EPSILON));
  const weighed = votes.map((vote) => (vote.generic && strongestSpecific > 0 ? { ...vote, weight: Math.round(vote.weight * factor * 10) / 10, why: `${vote.why} (${factor === 0.5 ? 'halved' : 'less'}: an appliance)` } : vote));
  const scores = new Map<RuleType, number>();
  for (const vote of weighed) {
    scores.set(vote.type, (scores.get(vote.type) ?? 0) + vote.weight);
  }
  const computer = scores.get('Computer');
  if (computer !== undefined) {
    scores.delete('Computer');
    const named = [...scores].filter(([type]) => isComputerType(type)).sort((a, b) => b[1] - a[1])[0]?.[0];
    const kind = named ?? computerKindOf(os);
    scores.set(kind, (scores.get(kind) ?? 0) + computer);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, score] = ranked[0] ?? ['Unknown', 0];
  const why = [...weighed].sort((a, b) => b.weight - a.weight).map((vote) => `${vote.type} +${vote.weight}: ${vote.why}`);
  if (score < MIN_SCORE || best === 'Computer') {
    return { type: 'Unknown', why: why.length > 0 ? why : ['no evidence'] };
  }
  return { type: best, why };
}

function isComputerType(type: RuleType): boolean {
  return type === 'Server' || type === 'Workstation' || type === 'Laptop' || type === 'VirtualMachine';
}

/** sysServices with only the datalink bit: the one value topologyVotes casts a vote on. */
const LAYER2_ONLY = 0b10;

/**
 * Whether sysServices, not read, could change the type decided without it: the one vote it casts
 * (a layer-2-only device is a switch) weighs 10, which decides only a close or empty contest. A
 * slow agent is asked it only then: each varbind of its system group costs it a second or more.
 */
export function sysServicesCouldChangeType(evidence: SnmpEvidence): boolean {
  return identifyDevice({ ...evidence, sysServices: LAYER2_ONLY }).type !== identifyDevice({ ...evidence, sysServices: undefined }).type;
}

/** The computer a general-purpose host is when nothing narrower said: what today's SNMP typing did, Server. */
function computerKindOf(os: OsInfo | undefined): IdentifiedType {
  if (os?.name === 'Android') {
    return 'Phone';
  }
  return os?.name === 'macOS' ? 'Workstation' : 'Server';
}

/** The row that describes the whole device: the chassis, else the stack, else the first with a model. */
function chassisOf(entities: readonly EntityRow[] | undefined): EntityRow | undefined {
  const rows = entities ?? [];
  // IANA-ENTITY-MIB PhysicalClass: chassis(3), stack(11).
  return rows.find((row) => row.physicalClass === 3 && row.modelName) ?? rows.find((row) => row.physicalClass === 11 && row.modelName) ?? rows.find((row) => row.physicalClass === 3) ?? rows.find((row) => row.modelName);
}

/** The maker, never the SNMP software's vendor: product table, curated enterprise, ENTITY-MIB, MIB scalars, sysDescr, vendor MIB, IANA's registry. */
function manufacturerOf(evidence: SnmpEvidence, rule: ProductRule | undefined, chassis: EntityRow | undefined): { vendor?: string; why: string } {
  if (rule?.vendor) {
    return { vendor: rule.vendor, why: `manufacturer ${rule.vendor}: product rule ${rule.oid}` };
  }
  const enterprise = enterpriseOf(evidence.sysObjectId);
  if (enterprise && !enterprise.role) {
    return { vendor: enterprise.vendor, why: `manufacturer ${enterprise.vendor}: enterprise ${enterprise.number}` };
  }
  const skipped = enterprise ? `enterprise ${enterprise.number} (${enterprise.vendor}) is ${enterprise.role}, not a maker; ` : '';
  const mfgName = chassis?.mfgName?.trim();
  if (mfgName) {
    return { vendor: mfgName, why: `${skipped}manufacturer ${mfgName}: entPhysicalMfgName` };
  }
  const named = evidence.identity?.manufacturer;
  if (named) {
    return { vendor: named.value, why: `${skipped}manufacturer ${named.value}: ${named.mib}` };
  }
  const hint = vendorNamedIn(evidence.sysDescr) ?? curatedMakerNamedIn(evidence.sysDescr);
  if (hint) {
    return { vendor: hint, why: `${skipped}manufacturer ${hint}: named in sysDescr` };
  }
  const subtree = answeredSubtreeRules(evidence.answeredSubtrees).find((candidate) => candidate.vendor);
  if (subtree?.vendor) {
    return { vendor: subtree.vendor, why: `${skipped}manufacturer ${subtree.vendor}: ${subtree.why}` };
  }
  // Last, for a number the curated table lacks: the organization IANA registered it to. What the device names
  // itself (sysDescr, its vendor MIB) comes first: some makers answer with a number registered to someone else
  // (an OEM's, or one they never registered, as Dahua's 1004849).
  const registered = enterprise ? undefined : registeredOrganizationOf(evidence.sysObjectId);
  if (registered) {
    return { vendor: registered.organization, why: `manufacturer ${registered.organization}: enterprise ${registered.number} as registered with IANA` };
  }
  return { why: `${skipped}manufacturer unknown` };
}

/**
 * The chassis's model, else a product rule's, else what a MIB scalar names (a UPS's or NAS's own
 * model beats a family name such as "MasterSwitch PDU"), else a family rule's, the printer's
 * hrDeviceDescr or a model sysDescr spells out, and last, for a device known not to be a computer
 * (whose sysDescr names an OS and a host, not a product), the first token of its sysDescr shaped like a model.
 */
function modelOf(evidence: SnmpEvidence, rule: ProductRule | undefined, chassis: EntityRow | undefined, type: IdentifiedType): string | undefined {
  const productModel = rule && certaintyOf(rule) === 'product' ? rule.model : undefined;
  return chassis?.modelName ?? productModel ?? evidence.identity?.model?.value ?? rule?.model ?? (type === 'Printer' ? printerModelOf(evidence) : undefined) ?? modelFromDescr(evidence.sysDescr) ?? (type === 'Unknown' || isComputerType(type) ? undefined : modelTokenIn(evidence.sysDescr));
}

/** A printer's hrDeviceTable row names its model ("HP LaserJet 4250", "Brother HL-L2350DW series"). */
function printerModelOf(evidence: SnmpEvidence): string | undefined {
  const descr = (evidence.hrDevices ?? []).find((device) => device.type === HR_DEVICE_PRINTER && device.descr?.trim())?.descr?.trim();
  return descr?.replace(/\s+series$/i, '');
}

function modelFromDescr(sysDescr: string | undefined): string | undefined {
  const descr = sysDescr?.trim() ?? '';
  for (const pattern of DESCR_MODEL_HINTS) {
    const model = pattern.exec(descr)?.[1]?.trim();
    if (model) {
      return model;
    }
  }
  return undefined;
}
