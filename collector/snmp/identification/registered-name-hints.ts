import type { IdentifiedType } from './types';

/**
 * Words in the organization name a maker registered its enterprise number under (IANA's registry,
 * `iana-enterprise-numbers.txt`) that say what it makes: "Tranzeo Wireless Technologies", "Superior
 * Power", "... Optical Networks". Read only for numbers the curated table does not list, and weak: a
 * maker's name says what it mostly makes, not what this device is, so any specific evidence (a product
 * OID, a sysDescr line, an answering MIB) outweighs it, and a Linux banner does too.
 */
export interface RegisteredNameHint {
  type: IdentifiedType;
  pattern: RegExp;
  /** The kind of maker the words name, for the vote's detail. */
  kind: string;
}

export const REGISTERED_NAME_WEIGHT = 20;

export const REGISTERED_NAME_HINTS: readonly RegisteredNameHint[] = [
  { type: 'AccessPoint', kind: 'a wireless maker', pattern: /\bWireless\b|\bWi-?Fi\b|\bWLAN\b|\bMicrowave\b|\bRadio (?:Networks|Systems|Communications)\b/i },
  { type: 'PowerDevice', kind: 'a power equipment maker', pattern: /\bPower\b|\bUPS\b/i },
  { type: 'Switch', kind: 'an optical transport maker', pattern: /\bOptical\b|\bPhotonics?\b|\bFib(?:er|re)(?: ?Optics?)?\b/i },
  { type: 'Switch', kind: 'a switch maker', pattern: /\bSwitch(?:es|ing)?\b/i },
  { type: 'Router', kind: 'a router maker', pattern: /\bRouters?\b/i },
  { type: 'Printer', kind: 'a printer maker', pattern: /\bPrint(?:er|ers|ing)\b/i },
  { type: 'EnvironmentSensor', kind: 'an environment monitoring maker', pattern: /\bSensors?\b|\bEnvironmental\b|\bClimate\b|\bCooling\b|\bAir Conditioning\b|\bHVAC\b|\bKlima\w*/i },
  { type: 'IpCamera', kind: 'a camera maker', pattern: /\bCameras?\b|\bSurveillance\b/i },
  { type: 'Storage', kind: 'a storage maker', pattern: /\bStorage\b/i },
  { type: 'Firewall', kind: 'a firewall maker', pattern: /\bFirewalls?\b/i },
];

/** The first hint whose words the registered name holds, undefined when none does. */
export function registeredNameHintFor(organization: string): RegisteredNameHint | undefined {
  return REGISTERED_NAME_HINTS.find((hint) => hint.pattern.test(organization));
}
