import type { EquipmentType } from './equipment';
import type { InventoryDocument } from '../contracts/inventory-document';

/** Hypervisor signatures in manufacturer/model strings (SMBIOS of virtual machines). */
const VIRTUAL_MACHINE_PATTERNS = [/vmware/i, /virtualbox/i, /innotek/i, /qemu/i, /\bkvm\b/i, /virtual machine/i, /xen/i, /parallels/i, /bochs/i, /amazon ec2/i, /google compute/i];

/** SMBIOS chassis types (DMTF DSP0134 7.4.1) by the names agents report. */
const CHASSIS_TYPES: readonly { pattern: RegExp; type: EquipmentType }[] = [
  { pattern: /laptop|notebook|portable|sub ?notebook|convertible|detachable|hand ?held|tablet/i, type: 'Laptop' },
  { pattern: /rack|server|blade|multi-system|main server chassis/i, type: 'Server' },
  { pattern: /desktop|tower|mini|all.in.one|space.saving|lunch ?box|pizza|stick/i, type: 'Workstation' },
];

/** Hints that name a computer without saying which kind. */
const GENERIC_COMPUTER_HINTS: ReadonlySet<EquipmentType> = new Set(['Server', 'Workstation']);

/** A virtual machine from its hypervisor's SMBIOS strings, else the SMBIOS chassis type. */
function typeFromHardware(document: InventoryDocument): EquipmentType | undefined {
  const { identity } = document;
  const hardware = `${identity.manufacturer ?? ''} ${identity.model ?? ''}`;
  if (VIRTUAL_MACHINE_PATTERNS.some((pattern) => pattern.test(hardware))) {
    return 'VirtualMachine';
  }
  const chassis = identity.chassisType;
  return chassis ? CHASSIS_TYPES.find((rule) => rule.pattern.test(chassis))?.type : undefined;
}

/** The equipment type a document suggests: a source's explicit hint, then hypervisor, chassis and OS clues. */
export function inferEquipmentType(document: InventoryDocument): EquipmentType {
  const fromHardware = typeFromHardware(document);
  // "Server" or "Workstation" from SNMP only says that HOST-RESOURCES-MIB answered: the hardware an agent read is more specific.
  if (document.typeHint && !(GENERIC_COMPUTER_HINTS.has(document.typeHint) && fromHardware)) {
    return document.typeHint;
  }
  if (fromHardware) {
    return fromHardware;
  }
  if (/server/i.test(document.os?.name ?? '')) {
    return 'Server';
  }
  return GENERAL_PURPOSE_OS.test(document.os?.name ?? '') ? 'Workstation' : 'Unknown';
}

/**
 * The operating systems of computers a person uses: only these make an untyped machine a
 * Workstation. A network OS read from sysDescr (Cisco IOS, JUNOS, RouterOS, FortiOS...) says
 * nothing of the kind, and an SNMP device identification left Unknown stays Unknown.
 */
const GENERAL_PURPOSE_OS = /windows|mac ?os|os x|darwin|linux|debian|ubuntu|fedora|centos|red ?hat|rhel|suse|mint|alma|rocky|manjaro|\bbsd|freebsd|openbsd|netbsd|chrome ?os|solaris|sunos/i;
