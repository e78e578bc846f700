import { constants } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Files an OCS server writes: `<DEVICEID>.ocs` (whatever the format), sometimes `.xml`. */
export const OCS_FILE = /\.(ocs|xml)$/i;

/**
 * The inventory files of a folder, grouped by machine and each group in the order
 * written: `X.ocs` (oldest), `X-1.ocs`, `X-2.ocs`... by modification time, so an older
 * inventory never overwrites a newer one. Groups may be imported concurrently.
 */
export async function inventoryFilesByMachine(folder: string): Promise<string[][]> {
  const files = (await listInventoryFiles(folder)).map(({ file, modifiedMs }) => ({ file, modifiedMs, machine: machineOf(path.basename(file)), suffix: suffixOf(path.basename(file)) }));
  const groups = new Map<string, typeof files>();
  for (const file of files) {
    const group = groups.get(file.machine) ?? [];
    group.push(file);
    groups.set(file.machine, group);
  }
  return [...groups.values()].map((group) => group.sort(writtenFirst).map((entry) => entry.file));
}

/** The inventory files directly in a folder, with their modification times (one readdir, one stat each, a few at a time). */
export async function listInventoryFiles(folder: string): Promise<{ file: string; modifiedMs: number }[]> {
  const names = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isFile() && OCS_FILE.test(entry.name)).map((entry) => entry.name);
  const files: { file: string; modifiedMs: number }[] = [];
  for (let start = 0; start < names.length; start += 64) {
    const batch = names.slice(start, start + 64).map(async (name) => {
      const file = path.join(folder, name);
      // A file gone between readdir and stat (moved by someone else) is simply not listed.
      const stats = await stat(file).catch(() => undefined);
      return stats ? { file, modifiedMs: stats.mtimeMs } : undefined;
    });
    files.push(...(await Promise.all(batch)).filter((entry): entry is { file: string; modifiedMs: number } => entry !== undefined));
  }
  return files;
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

/**
 * What stops a folder being imported from, in words an operator acts on, or null when
 * nothing does: it must exist, be a folder, be readable and, unless the files are kept
 * where they are, writable (imported files are moved or deleted).
 */
export async function folderProblem(folder: string, needsWrite: boolean): Promise<string | null> {
  try {
    if (!(await stat(folder)).isDirectory()) {
      return `${folder} is a file, not a folder`;
    }
  } catch (error) {
    return describeFolderError(folder, error);
  }
  const readable = await access(folder, constants.R_OK | constants.X_OK).then(() => true, () => false);
  if (!readable) {
    return `the folder ${folder} cannot be read by the server's user`;
  }
  if (needsWrite && !(await access(folder, constants.W_OK).then(() => true, () => false))) {
    return `the folder ${folder} is not writable by the server's user: imported files cannot be archived or deleted`;
  }
  return null;
}

/** A filesystem error on `folder` in plain words (the code kept in brackets for a search). */
export function describeFolderError(folder: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    return `the folder ${folder} does not exist`;
  }
  if (code === 'ENOTDIR') {
    return `${folder} is not a folder (a part of the path is a file)`;
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return `the folder ${folder} cannot be read by the server's user (${code})`;
  }
  return `the folder ${folder} cannot be read: ${(error as Error | undefined)?.message ?? String(error)}`;
}
