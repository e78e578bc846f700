import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Software } from '../../contracts/inventory-document';

const run = promisify(execFile);
const OPTIONS = { maxBuffer: 64 * 1024 * 1024, timeout: 60_000, windowsHide: true } as const;
const MAX_PACKAGES = 50_000;

/**
 * Installed software from the platform's package database: dpkg, else rpm, on Linux;
 * the registry's Uninstall keys on Windows. These are the agent's own fixed commands;
 * nothing a caller sends is ever run.
 */
export async function listInstalledSoftware(platform: NodeJS.Platform = process.platform): Promise<Software[]> {
  if (platform === 'win32') {
    return dedupe(await windowsRegistrySoftware());
  }
  if (platform !== 'linux') {
    return [];
  }
  return dedupe((await dpkgSoftware()) ?? (await rpmSoftware()) ?? []);
}

/** undefined when dpkg is not installed. */
async function dpkgSoftware(): Promise<Software[] | undefined> {
  const output = await runIfPresent('dpkg-query', ['-W', '-f', '${db:Status-Abbrev}\t${Package}\t${Version}\t${Maintainer}\n']);
  if (output === undefined) {
    return undefined;
  }
  return output
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([status, name]) => status?.startsWith('ii') && name) // "ii": wanted and installed
    .map(([, name, version, maintainer]) => entry(name, version, maintainer?.replace(/\s*<[^>]*>\s*$/, '')));
}

async function rpmSoftware(): Promise<Software[] | undefined> {
  const output = await runIfPresent('rpm', ['-qa', '--queryformat', '%{NAME}\t%{VERSION}-%{RELEASE}\t%{VENDOR}\t%{INSTALLTIME}\n']);
  if (output === undefined) {
    return undefined;
  }
  return output
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([name]) => name)
    .map(([name, version, vendor, installTime]) => ({
      ...entry(name, version, vendor === '(none)' ? undefined : vendor),
      ...(installTime && /^\d+$/.test(installTime) ? { installedAt: new Date(Number(installTime) * 1000).toISOString() } : {}),
    }));
}

async function windowsRegistrySoftware(): Promise<Software[]> {
  const script = [
    "$keys = 'HKLM:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*','HKLM:\\Software\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*'",
    'Get-ItemProperty $keys -ErrorAction SilentlyContinue | Where-Object { $_.DisplayName -and -not $_.SystemComponent } |',
    'Select-Object DisplayName,DisplayVersion,Publisher,InstallDate | ConvertTo-Json -Compress',
  ].join(' ');
  const output = await runIfPresent('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script]);
  if (!output?.trim()) {
    return [];
  }
  const parsed = JSON.parse(output) as unknown;
  const rows = (Array.isArray(parsed) ? parsed : [parsed]) as Array<Record<string, string | null | undefined>>;
  return rows.map((row) => ({
    ...entry(row.DisplayName ?? undefined, row.DisplayVersion ?? undefined, row.Publisher ?? undefined),
    // InstallDate is yyyyMMdd in the registry.
    ...(row.InstallDate && /^\d{8}$/.test(row.InstallDate) ? { installedAt: `${row.InstallDate.slice(0, 4)}-${row.InstallDate.slice(4, 6)}-${row.InstallDate.slice(6, 8)}` } : {}),
  }));
}

async function runIfPresent(command: string, args: string[]): Promise<string | undefined> {
  try {
    return (await run(command, args, OPTIONS)).stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw new Error(`${command} failed: ${(error as Error).message}`, { cause: error });
  }
}

function entry(name: string | undefined, version: string | undefined, publisher: string | undefined): Software {
  return {
    name: (name ?? '').trim().slice(0, 512),
    ...(version?.trim() ? { version: version.trim().slice(0, 255) } : {}),
    ...(publisher?.trim() ? { publisher: publisher.trim().slice(0, 255) } : {}),
  };
}

function dedupe(software: Software[]): Software[] {
  const seen = new Set<string>();
  const unique: Software[] = [];
  for (const item of software) {
    const key = `${item.name}\u0000${item.version ?? ''}`;
    if (item.name && !seen.has(key)) {
      seen.add(key);
      unique.push(item);
    }
  }
  return unique.sort((a, b) => a.name.localeCompare(b.name)).slice(0, MAX_PACKAGES);
}
