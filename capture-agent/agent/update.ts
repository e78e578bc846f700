import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from 'pino';
import * as tar from 'tar';
import { syncFolder } from './files';
import { AGENT_SCRIPT, currentVersionDir, packageOf, type InstallLayout } from './layout';
import type { AgentUpdateOffer, PortalClient } from './portal-client';
import { PortalError } from './portal-http';

const run = promisify(execFile);

export type UpdateOutcome =
  | { applied: true; version: string; message: string }
  | { applied: false; reason: 'not-installed' | 'already-current' | 'download-failed' | 'size-mismatch' | 'hash-mismatch' | 'bad-package' | 'switch-failed'; message: string };

/**
 * Applies an `agentUpdate`: downloads the package to the data folder, checks its size
 * and SHA-256 against the offer, unpacks it beside the running version, checks that it
 * starts and reports the offered version, then points `current` at it in one rename.
 * Any failure leaves `current` (the running version) as it was.
 */
export async function applyUpdate(options: {
  layout: InstallLayout;
  downloadDir: string;
  offer: AgentUpdateOffer;
  portal: PortalClient;
  token: string;
  logger: Logger;
}): Promise<UpdateOutcome> {
  const { layout, offer, logger } = options;
  const log = logger.child({ update: offer.version });
  if (!isPlainVersion(offer.version)) {
    log.error(`update refused: the offered version "${offer.version}" is not a plain version string`);
    return { applied: false, reason: 'bad-package', message: `the offered version "${offer.version}" is not a plain version string` };
  }
  const target = path.join(layout.versionsDir, offer.version);
  if ((await currentVersionDir(layout)) === target) {
    return { applied: false, reason: 'already-current', message: `version ${offer.version} is already the current one` };
  }
  log.info({ url: offer.url, size: offer.size, sha256: offer.sha256 }, `downloading agent ${offer.version}`);
  await mkdir(options.downloadDir, { recursive: true, mode: 0o700 });
  const archive = path.join(options.downloadDir, `capture-agent-${offer.version}.tar.gz`);
  const refuse = async (reason: Extract<UpdateOutcome, { applied: false }>['reason'], message: string): Promise<UpdateOutcome> => {
    await rm(archive, { force: true });
    log.error({ reason }, `update to ${offer.version} refused, the running version is untouched: ${message}`);
    return { applied: false, reason, message };
  };

  let downloaded;
  try {
    downloaded = await options.portal.download(offer.url, options.token, archive, offer.size);
  } catch (error) {
    return refuse('download-failed', `download failed: ${error instanceof PortalError ? `${error.kind}: ` : ''}${(error as Error).message}`);
  }
  if (downloaded.size !== offer.size) {
    return refuse('size-mismatch', `the package has ${downloaded.size} bytes, the portal announced ${offer.size}`);
  }
  if (downloaded.sha256 !== offer.sha256.toLowerCase()) {
    return refuse('hash-mismatch', `SHA-256 mismatch: got ${downloaded.sha256}, the portal announced ${offer.sha256}`);
  }
  log.info({ sha256: downloaded.sha256 }, 'package downloaded and verified');

  const unpacking = path.join(layout.versionsDir, `.unpack-${randomBytes(4).toString('hex')}`);
  try {
    await mkdir(unpacking, { recursive: true });
    await tar.x({ file: archive, cwd: unpacking, strip: 1 });
    const unpacked = packageOf(unpacking);
    if (!unpacked || unpacked.version !== offer.version) {
      throw new Error(unpacked ? `it holds version ${unpacked.version}, not ${offer.version}` : `it is not an agent package (no package.json naming inventory-capture-agent beside ${AGENT_SCRIPT})`);
    }
    const { stdout } = await run(process.execPath, [path.join(unpacking, AGENT_SCRIPT), 'version'], { timeout: 30_000 });
    if (stdout.trim() !== offer.version) {
      throw new Error(`it starts but reports version "${stdout.trim()}"`);
    }
    await rm(target, { recursive: true, force: true });
    await rename(unpacking, target);
  } catch (error) {
    await rm(unpacking, { recursive: true, force: true });
    return refuse('bad-package', `the package cannot be installed: ${(error as Error).message}`);
  }

  try {
    await switchCurrent(layout, target);
  } catch (error) {
    return refuse('switch-failed', `could not switch to ${target}: ${(error as Error).message}`);
  }
  await rm(archive, { force: true });
  log.info({ folder: target }, `agent ${offer.version} installed beside the previous version and made current`);
  return { applied: true, version: offer.version, message: `updated to ${offer.version}` };
}

/** Points `current` at `target` atomically: a new link beside it, renamed over it. */
export async function switchCurrent(layout: InstallLayout, target: string): Promise<void> {
  const staged = `${layout.currentLink}.${randomBytes(4).toString('hex')}`;
  await symlink(path.relative(layout.root, target), staged, process.platform === 'win32' ? 'junction' : 'dir');
  try {
    await rename(staged, layout.currentLink);
  } catch (error) {
    await rm(staged, { force: true });
    throw error;
  }
  await syncFolder(layout.root);
}

/** A version usable as a folder name: nothing that could climb out of versions/. */
function isPlainVersion(version: string): boolean {
  return /^[0-9A-Za-z.+-]{1,64}$/.test(version) && !version.startsWith('.');
}
