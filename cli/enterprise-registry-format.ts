/**
 * Turns IANA's enterprise-numbers registry, in the tab-separated copy Wireshark generates from it
 * (enterprises.tsv: "<number><TAB><organization>", '#' comments, "(last updated YYYY-MM-DD)"), into
 * the compact file identification reads (collector/snmp/identification/enterprise-registry.ts):
 * a few '#' header lines, then line N holds enterprise N's organization, an empty line for a
 * number that is unassigned or reserved. The numbers are dense (0 to about 62,000), so writing them
 * would only repeat the line count.
 */

/**
 * Legal forms that end registered names ("Inc.", "Co.,Ltd", "GmbH & Co. KG", "s.r.o."): dropped, as
 * domain/manufacturer-aliases.ts COMPANY_WORDS drops them when it folds a maker's name. Words that
 * say what a company does (Systems, Networks, Technologies) stay: they are part of the name people read.
 */
const LEGAL_FORM = new RegExp(
  String.raw`(?:\s*,\s*|\s+|(?<=\bCo\.))(?:` +
    [
      String.raw`Inc\.?`, 'Incorporated', String.raw`Corp\.?`, 'Corporation', String.raw`Co\.?`, 'Company',
      String.raw`Ltd\.?`, 'Limited', String.raw`L\.?L\.?C\.?`, String.raw`L\.?L\.?P\.?`, String.raw`L\.?P\.?`, String.raw`P\.?L\.?C\.?`,
      String.raw`GmbH(?:\s*&\s*Co\.?\s*KG(?:aA)?)?`, String.raw`mbH`, String.raw`KG(?:aA)?`, String.raw`AG`, String.raw`e\.\s?V\.?`,
      String.raw`S\.?A\.?S?\.?`, String.raw`S\.?A\.?R\.?L\.?`, String.raw`S\.?L\.?U?\.?`, String.raw`S\.?r\.?l\.?`, String.raw`S\.?p\.?A\.?`, String.raw`S\.?A\.? de C\.?V\.?`,
      String.raw`Ltda\.?`, String.raw`B\.?V\.?`, String.raw`N\.?V\.?`, String.raw`K\.?K\.?`, String.raw`Pty\.?`, String.raw`Pvt\.?`, String.raw`Oy`, String.raw`Oyj`,
      'AB', 'AS', 'ASA', 'A/S', 'ApS', String.raw`a\.\s?s\.?`, String.raw`s\.\s?r\.\s?o\.?`, String.raw`spol\.?`, String.raw`sp\.\s?z\s?o\.\s?o\.?`, String.raw`d\.\s?o\.\s?o\.?`,
      'SIA', 'UAB', 'OOO', 'ZAO', 'OAO', 'JSC', String.raw`OÜ`, 'SE', 'Srl', 'Sdn Bhd', 'Bhd', 'Tbk',
    ].join('|') +
    String.raw`)[\s,.]*$`,
  'i',
);
/** Editorial notes IANA keeps beside a name: "(previous was 'Alcatel')", "(formerly ...)", "(https://...)". */
const NOTE = /\s*\((?:[^()]*\b(?:previous(?:ly)?|formerly|was|https?:|www\.)[^()]*)\)\s*$/i;

/** A registered name without its legal form and editorial notes; the name as registered when nothing else is left. */
export function cleanOrganization(registered: string): string {
  let name = registered.split(/\t+#/)[0]?.trim().replace(/\s+/g, ' ') ?? '';
  for (let pass = 0; pass < 4; pass++) {
    const shorter = name.replace(NOTE, '').replace(LEGAL_FORM, '').replace(/[\s,&-]+$/, '');
    if (shorter === name || shorter.length < 2) {
      break;
    }
    name = shorter;
  }
  return name;
}

/** Registry entries that name no organization. */
const UNASSIGNED = /^(?:reserved|unassigned|---none---|none)$/i;

export interface RegistryCopy {
  /** The registry's "last updated" date as the copy states it (YYYY-MM-DD). */
  updated: string;
  /** Organization by enterprise number; a hole or '' for an unassigned number. */
  names: string[];
}

/** Reads Wireshark's enterprises.tsv. */
export function parseEnterprisesTsv(text: string): RegistryCopy {
  const updated = /last updated (\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  if (!updated) {
    throw new Error('enterprises.tsv: no "(last updated YYYY-MM-DD)" line; is this Wireshark\'s copy of the registry?');
  }
  const names: string[] = [];
  for (const line of text.split('\n')) {
    const match = /^(\d+)\s+(.+)$/.exec(line.trimEnd());
    if (!match) {
      continue;
    }
    const name = cleanOrganization(match[2] as string);
    names[Number(match[1])] = UNASSIGNED.test(name) ? '' : name;
  }
  return { updated, names };
}

/**
 * Reads IANA's own text, https://www.iana.org/assignments/enterprise-numbers.txt: after its
 * preamble, each entry is a line holding the decimal number, then the organization indented by
 * two spaces, then the contact (four) and the e-mail (six), which are not read.
 */
export function parseIanaEnterpriseNumbers(text: string): RegistryCopy {
  const updated = /\(last updated (\d{4}-\d{2}-\d{2})\)/.exec(text)?.[1];
  if (!updated || !/PRIVATE ENTERPRISE NUMBERS/.test(text)) {
    throw new Error('enterprise-numbers.txt: no "PRIVATE ENTERPRISE NUMBERS" title with a "(last updated YYYY-MM-DD)" line; is this IANA\'s registry?');
  }
  const names: string[] = [];
  let number: number | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (/^\d+$/.test(line)) {
      number = Number(line);
    } else if (number !== undefined && /^ {2}\S/.test(line)) {
      const name = cleanOrganization(line.trim());
      names[number] = UNASSIGNED.test(name) ? '' : name;
      number = undefined;
    }
  }
  return { updated, names };
}

/** True for IANA's own text (its title opens it), false for another copy such as Wireshark's. */
export function isIanaText(text: string): boolean {
  return /PRIVATE ENTERPRISE NUMBERS/.test(text.slice(0, 2000));
}

/** The committed file: the header citing the registry, then one line per number from 0. */
export function formatRegistry(copy: RegistryCopy, sourceNote: string): string {
  const header = [
    '# IANA Private Enterprise Numbers: the registered organization of each number, line N (counted from 0',
    '# after these comment lines) for enterprise N, an empty line when the number is unassigned or reserved.',
    `# Source: https://www.iana.org/assignments/enterprise-numbers (public registry data), registry last updated ${copy.updated},`,
    `# read in ${sourceNote}. Legal forms (Inc., Ltd., GmbH...) and editorial notes are dropped.`,
    '# Generated by `npm run snmp:enterprise-registry` (cli/snmp-enterprise-registry.ts); do not edit by hand.',
  ];
  const body = Array.from({ length: copy.names.length }, (_, number) => (copy.names[number] ?? '').replace(/[\r\n]/g, ' '));
  return `${header.join('\n')}\n${body.join('\n')}\n`;
}
