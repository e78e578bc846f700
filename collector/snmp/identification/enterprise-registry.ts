import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * IANA's whole enterprise-numbers registry (about 62,000 organizations), the manufacturer of any
 * sysObjectID the curated ENTERPRISES table does not list. The file (built by
 * `npm run snmp:enterprise-registry`, 1.1 MB, 0.5 MB gzipped) holds one organization per line, line N for
 * number N; the build copies it beside the compiled module (cli/copy-build-data.ts).
 */
export const ENTERPRISE_REGISTRY_FILE = path.join(__dirname, 'iana-enterprise-numbers.txt');

/** The registry as read. */
export interface EnterpriseRegistry {
  /** The registry's "last updated" date, from the file's header. */
  updated: string | undefined;
  organizationOf(number: number): string | undefined;
}

/**
 * Indexes the file's bytes: one buffer (outside the JS heap) and one offset per line, decoded only for
 * the number asked, rather than 62,000 strings.
 */
export function parseEnterpriseRegistry(bytes: Buffer): EnterpriseRegistry {
  const NEWLINE = 0x0a;
  const HASH = 0x23;
  let at = 0;
  while (at < bytes.length && bytes[at] === HASH) {
    at = bytes.indexOf(NEWLINE, at) + 1 || bytes.length;
  }
  const updated = /last updated (\d{4}-\d{2}-\d{2})/.exec(bytes.toString('utf8', 0, at))?.[1];
  const body = at;
  let lines = 0;
  for (; at < bytes.length; lines++) {
    at = bytes.indexOf(NEWLINE, at) + 1 || bytes.length;
  }
  const offsets = new Uint32Array(lines);
  at = body;
  for (let line = 0; line < lines; line++) {
    offsets[line] = at;
    at = bytes.indexOf(NEWLINE, at) + 1 || bytes.length;
  }
  return {
    updated,
    organizationOf(number: number): string | undefined {
      const start = Number.isInteger(number) ? offsets[number] : undefined;
      if (start === undefined) {
        return undefined;
      }
      const end = bytes.indexOf(NEWLINE, start);
      const name = bytes.toString('utf8', start, end < 0 ? bytes.length : end).trim();
      return name === '' ? undefined : name;
    },
  };
}

let loaded: EnterpriseRegistry | undefined;

/** The registry, read from its file on first use and kept. */
export function enterpriseRegistry(): EnterpriseRegistry {
  loaded ??= parseEnterpriseRegistry(readFileSync(ENTERPRISE_REGISTRY_FILE));
  return loaded;
}
