import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Files an OCS server writes: `<DEVICEID>.ocs` (whatever the format), sometimes `.xml`. */
export const OCS_FILE = /\.(ocs|xml)$/i;

/**
 * The inventory files of a folder, grouped by machine and each group in the order
 * written: `X.ocs` (oldest), `X-1.ocs`, `X-2.ocs`... by modification time, so an older
 * inventory never overwrites a newer one. Groups may be imported concurrently.
 */
export async function inventoryFilesByMachine(folder: string): Promise<string[][]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = await Promise.all(
    entries
      .filter((entry) => entry.isFile() && OCS_FILE.test(entry.name))
      .map(async (entry) => {
        const file = path.join(folder, entry.name);
        return { file, machine: machineOf(entry.name), modifiedMs: (await stat(file)).mtimeMs, suffix: suffixOf(entry.name) };
      }),
  );
  const groups = new Map<string, typeof files>();
  for (const file of files) {
    const group = groups.get(file.machine) ?? [];
    group.push(file);
    groups.set(file.machine, group);
  }
  return [...groups.values()].map((group) => group.sort(writtenFirst).map((entry) => entry.file));
}

/** Order of writing within one machine: modification time, then OCS's copy number (X.ocs, X-1.ocs, X-2.ocs...). */
export function writtenFirst(a: { modifiedMs: number; suffix: number }, b: { modifiedMs: number; suffix: number }): number {
  return a.modifiedMs - b.modifiedMs || a.suffix - b.suffix;
}

/** `PC-1-2026-03-01-09-12-44-2.ocs` → `PC-1-2026-03-01-09-12-44`: the DEVICEID without OCS's copy number. */
export function machineOf(name: string): string {
  const base = name.replace(OCS_FILE, '');
  // A DEVICEID ends with a date and time (-YYYY-MM-DD-HH-MM-SS); a copy number follows it.
  const match = /^(.*-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2})(-\d+)?$/.exec(base);
  return match?.[1] ?? base;
}

/** OCS's copy number: 2 for `X-2.ocs`, 0 for `X.ocs`. */
export function suffixOf(name: string): number {
  const base = name.replace(OCS_FILE, '');
  const match = /-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-(\d+)$/.exec(base);
  return match?.[1] ? Number(match[1]) : 0;
}
