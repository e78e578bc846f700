import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/schema';
import { SecretKeyMismatchError } from '../security/secret-cipher';

/** A start-up failure the operator can fix: which setting, and the real cause. */
export class StartupError extends Error {
  constructor(
    readonly setting: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${setting}: ${message}`, options);
    this.name = 'StartupError';
  }
}

/** Filesystems that are the kernel's, not storage: a recursive mkdir under /proc even loops forever on Node 20. */
const VIRTUAL_ROOTS = ['/proc', '/sys', '/dev'];

const DATA_DIR = 'INVENTORY_DATA_DIR (dataDir)';

/**
 * Makes sure the data folder can hold the database, the secret key and the agent
 * packages, before anything writes there: it exists or can be created, and is writable.
 */
export function prepareDataDir(dataDir: string): string {
  const folder = path.resolve(dataDir);
  const root = VIRTUAL_ROOTS.find((candidate) => folder === candidate || folder.startsWith(`${candidate}/`));
  if (root) {
    throw new StartupError(DATA_DIR, `${folder} is inside ${root}, a virtual filesystem of the kernel: choose a folder on disk`);
  }
  const existing = nearestExisting(folder);
  if (!statSync(existing).isDirectory()) {
    throw new StartupError(DATA_DIR, `${folder} cannot be created: ${existing} is a file, not a folder`);
  }
  try {
    accessSync(existing, constants.W_OK);
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK | constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EROFS' ? 'is on a read-only filesystem' : code === 'EACCES' || code === 'EPERM' ? 'is not writable by this user' : `cannot be used (${(error as Error).message})`;
    throw new StartupError(DATA_DIR, `${existing === folder ? folder : `${folder} (in ${existing})`} ${why}`, { cause: error });
  }
  return folder;
}

function nearestExisting(folder: string): string {
  let current = folder;
  for (;;) {
    try {
      statSync(current);
      return current;
    } catch {
      const parent = path.dirname(current);
      if (parent === current) {
        return current;
      }
      current = parent;
    }
  }
}

/** One line for an operator: the setting and the cause, for the errors the configuration explains. */
export function describeStartupFailure(error: unknown, config: Readonly<Config>): string {
  if (error instanceof StartupError) {
    return error.message;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if ((code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') && (error as { syscall?: string }).syscall === 'listen') {
    const why = code === 'EADDRINUSE' ? 'is in use by another process' : code === 'EACCES' ? 'needs privileges this user lacks' : 'is not an address of this machine';
    return `PORT (port) / HOST (host): ${config.host}:${config.port} ${why} (${code})`;
  }
  if (error instanceof SecretKeyMismatchError) {
    return `INVENTORY_SECRET_KEY (secretKey): ${error.message}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith('cannot open the database')) {
    return `DATABASE_URL (databaseUrl): ${message}`;
  }
  return `the server could not start: ${message}`;
}
