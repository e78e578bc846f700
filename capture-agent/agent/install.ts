import { cp, lstat, mkdir, readdir, readFile, readlink, rename, rm, symlink, unlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './files';
import { AGENT_SCRIPT, currentVersionDir, layoutAt, packageOf } from './layout';
import { UNIT_NAME, unitFile, type ServiceManager } from './systemd';
import { switchCurrent } from './update';

export interface InstallTargets {
  /** The program's folder: versions/<version>/ and the `current` link. Default /opt/inventory-capture-agent. */
  prefix: string;
  dataDir: string;
  /** Default /etc/systemd/system. */
  unitDir: string;
  /** Where the `capture-agent` command is linked. Default /usr/local/bin. */
  binDir: string;
}

export const DEFAULT_TARGETS = { prefix: '/opt/inventory-capture-agent', unitDir: '/etc/systemd/system', binDir: '/usr/local/bin' } as const;

/**
 * Installs the agent package `packageDir` is (idempotent): copies it under the prefix
 * beside any other version, points `current` at it, writes the unit and the command
 * link, and (re)starts the service when systemd runs. Returns what it did, one line each.
 */
export async function install(options: InstallTargets & { packageDir: string; nodePath: string; services: ServiceManager }): Promise<string[]> {
  const done: string[] = [];
  const agentPackage = packageOf(options.packageDir);
  if (!agentPackage) {
    throw new Error(`${options.packageDir} is not an agent package: install from the package that \`npm run build:agent\` makes (its install.sh), not from the source tree`);
  }
  const layout = layoutAt(options.prefix);
  const versionDir = path.join(layout.versionsDir, agentPackage.version);
  if (path.resolve(agentPackage.folder) === path.resolve(versionDir)) {
    done.push(`program ${agentPackage.version} already in ${versionDir}`);
  } else if (packageOf(versionDir)?.version === agentPackage.version && (await sameFiles(agentPackage.folder, versionDir))) {
    done.push(`program ${agentPackage.version} already in ${versionDir}`);
  } else {
    await mkdir(layout.versionsDir, { recursive: true, mode: 0o755 });
    const staging = `${versionDir}.installing`;
    await rm(staging, { recursive: true, force: true });
    await cp(agentPackage.folder, staging, { recursive: true });
    await rm(versionDir, { recursive: true, force: true });
    await rename(staging, versionDir);
    done.push(`copied program ${agentPackage.version} to ${versionDir}`);
  }
  if ((await currentVersionDir(layout)) === versionDir) {
    done.push(`${layout.currentLink} already points to ${agentPackage.version}`);
  } else {
    await switchCurrent(layout, versionDir);
    done.push(`pointed ${layout.currentLink} to ${agentPackage.version}`);
  }

  const unitPath = path.join(options.unitDir, UNIT_NAME);
  const unit = unitFile({ nodePath: options.nodePath, scriptPath: path.join(layout.currentLink, AGENT_SCRIPT), dataDir: options.dataDir });
  if ((await readFile(unitPath, 'utf8').catch(() => undefined)) === unit) {
    done.push(`unit ${unitPath} unchanged`);
  } else {
    await mkdir(options.unitDir, { recursive: true });
    await writeFileAtomic(unitPath, unit, 0o644);
    done.push(`wrote unit ${unitPath}`);
  }

  const command = path.join(options.binDir, 'capture-agent');
  const commandTarget = path.join(layout.currentLink, 'bin', 'capture-agent');
  if ((await readlink(command).catch(() => undefined)) === commandTarget) {
    done.push(`command ${command} already linked`);
  } else {
    await mkdir(options.binDir, { recursive: true });
    await rm(command, { force: true });
    await symlink(commandTarget, command);
    done.push(`linked command ${command} → ${commandTarget}`);
  }

  if (options.services.available()) {
    await options.services.systemctl(['daemon-reload']);
    await options.services.systemctl(['enable', UNIT_NAME]);
    // restart, not start: a reinstall or a new config takes effect now.
    await options.services.systemctl(['restart', UNIT_NAME]);
    done.push(`enabled and (re)started ${UNIT_NAME} (journalctl -u ${UNIT_NAME} for its log)`);
  } else {
    done.push(`systemd is not running on this machine: ${UNIT_NAME} is written but not started (run \`capture-agent run --data-dir ${options.dataDir}\` in the foreground instead)`);
  }
  return done;
}

/** Stops and removes the service, the command link, the program and (unless kept) the data folder. Idempotent. */
export async function uninstall(options: InstallTargets & { services: ServiceManager; keepData: boolean }): Promise<string[]> {
  const done: string[] = [];
  const unitPath = path.join(options.unitDir, UNIT_NAME);
  const unitExists = existsSync(unitPath);
  if (options.services.available() && unitExists) {
    await options.services.systemctl(['disable', '--now', UNIT_NAME]);
    done.push(`stopped and disabled ${UNIT_NAME}`);
  }
  if (unitExists) {
    await rm(unitPath, { force: true });
    done.push(`removed unit ${unitPath}`);
    if (options.services.available()) {
      await options.services.systemctl(['daemon-reload']);
    }
  } else {
    done.push(`unit ${unitPath} already absent`);
  }

  const command = path.join(options.binDir, 'capture-agent');
  const commandTarget = await readlink(command).catch(() => undefined);
  if (commandTarget?.startsWith(options.prefix)) {
    await unlink(command);
    done.push(`removed command ${command}`);
  } else {
    done.push(commandTarget === undefined ? `command ${command} already absent` : `left ${command} alone: it points to ${commandTarget}, not into ${options.prefix}`);
  }

  done.push(await removeFolder(options.prefix, 'program', (entries) => entries.includes('versions') || entries.includes('current')));
  if (options.keepData) {
    done.push(`kept data folder ${options.dataDir}`);
  } else {
    done.push(await removeFolder(options.dataDir, 'data', (entries) => entries.some((entry) => ['config.json', 'state.json', 'logs', 'downloads'].includes(entry))));
  }
  return done;
}

/** Removes a folder only when it looks like the agent's (so a mistyped --prefix cannot erase something else). */
async function removeFolder(folder: string, what: string, looksLikeOurs: (entries: string[]) => boolean): Promise<string> {
  const stats = await lstat(folder).catch(() => undefined);
  if (!stats) {
    return `${what} folder ${folder} already absent`;
  }
  const entries = stats.isDirectory() ? await readdir(folder) : [];
  if (!stats.isDirectory() || (entries.length > 0 && !looksLikeOurs(entries))) {
    throw new Error(`${folder} does not look like the agent's ${what} folder (${entries.slice(0, 5).join(', ') || 'not a folder'}): not removed`);
  }
  await rm(folder, { recursive: true, force: true });
  return `removed ${what} folder ${folder}`;
}

async function sameFiles(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([readFile(path.join(a, AGENT_SCRIPT)), readFile(path.join(b, AGENT_SCRIPT)).catch(() => undefined)]);
  return right !== undefined && left.equals(right);
}
