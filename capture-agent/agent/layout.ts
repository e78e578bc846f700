import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { readlink } from 'node:fs/promises';
import path from 'node:path';
import { AGENT_PACKAGE_NAME } from './version';

/**
 * An installed agent's folder: every version beside the others under `versions/`, and
 * `current`, a symbolic link to the one that runs. Switching versions is replacing
 * that link in one rename, so the service always starts a whole version.
 */
export interface InstallLayout {
  root: string;
  versionsDir: string;
  currentLink: string;
}

export const AGENT_SCRIPT = 'capture-agent.js';

export function layoutAt(root: string): InstallLayout {
  return { root, versionsDir: path.join(root, 'versions'), currentLink: path.join(root, 'current') };
}

/** The version folder `current` points to, or undefined when there is no `current` yet. */
export async function currentVersionDir(layout: InstallLayout): Promise<string | undefined> {
  const target = await readlink(layout.currentLink).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') {
      return undefined;
    }
    throw error;
  });
  return target === undefined ? undefined : path.resolve(layout.root, target);
}

/** The installation this script runs from (…/versions/<version>/capture-agent.js), or undefined when run from source. */
export function installedLayoutOf(scriptFile: string): InstallLayout | undefined {
  const versionDir = path.dirname(realpathSync(scriptFile));
  const versionsDir = path.dirname(versionDir);
  if (path.basename(versionsDir) !== 'versions') {
    return undefined;
  }
  const layout = layoutAt(path.dirname(versionsDir));
  return existsSync(layout.currentLink) ? layout : undefined;
}

/** The agent package folder a script belongs to, with its version, when it is one (package.json says so). */
export function packageOf(folder: string): { folder: string; version: string } | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
    if (manifest.name === AGENT_PACKAGE_NAME && typeof manifest.version === 'string' && existsSync(path.join(folder, AGENT_SCRIPT))) {
      return { folder, version: manifest.version };
    }
  } catch {
    // not a package folder
  }
  return undefined;
}
