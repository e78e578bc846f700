import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { DomainError } from '../domain/errors';
import type { IgnoreRule } from '../domain/ignore-rule';
import type { InventoryService } from '../domain/inventory.service';
import { describeTruncation } from '../contracts/inventory-limits';
import { readInThisThread, type OcsReader } from './read-inventory';

export interface OcsImportSettings {
  /** '' for imports outside a connection (the CLI). */
  connectionId: string;
  afterImport: 'archive' | 'delete' | 'keep';
  ignoreRule: IgnoreRule | null;
  /** Largest file accepted (compressed or inflated). */
  maxBytes: number;
  /**
   * A file that does not parse yet is left where it is (`pending`) while it was
   * modified less than this long ago: OCS writes files in place, without a rename,
   * so a half-written file is retried rather than rejected. 0 rejects at once (the CLI).
   */
  graceMs?: number;
}

export type FileOutcome =
  | { kind: 'imported'; equipmentId: string; decision: string }
  | { kind: 'duplicate' }
  | { kind: 'pending'; reason: string }
  | { kind: 'rejected'; reason: string };

export interface RejectionRecorder {
  recordRejected(rejection: { connectionId: string; path: string; contentHash: string; reason: string; at: Date }): Promise<void>;
}

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Imports one OCS file: decode, parse, map, reconcile (source `ocs`, the DEVICEID as
 * the source key) with the file's content hash recorded in the same transaction.
 * Only then is the file archived, deleted or kept: a crash in between leaves a file
 * whose hash is already recorded, which the next pass recognises and only moves.
 * A bad file goes to `rejected/` with `<name>.error.txt` saying why.
 */
export class OcsImporter {
  constructor(
    private readonly inventory: InventoryService,
    private readonly rejections: RejectionRecorder,
    private readonly logger: Logger,
    /** How file bytes become a document; swappable (a worker pool was measured and did not pay on 2 cores). */
    private readonly read: OcsReader = readInThisThread,
  ) {}

  async importFile(file: string, settings: OcsImportSettings): Promise<FileOutcome> {
    const size = (await stat(file)).size;
    if (size > settings.maxBytes) {
      return this.reject(file, settings, `the file is ${size} bytes, over the limit of ${settings.maxBytes}`, await hashFile(file));
    }
    const bytes = await readFile(file);
    const contentHash = createHash('sha256').update(bytes).digest('hex');
    const modifiedMs = (await stat(file)).mtimeMs;
    const failure = async (reason: string): Promise<FileOutcome> =>
      Date.now() - modifiedMs < (settings.graceMs ?? 0) ? { kind: 'pending', reason } : this.reject(file, settings, reason, contentHash);

    const reading = await this.read(bytes, settings.maxBytes);
    if (reading.kind === 'invalid') {
      return failure(reading.reason);
    }
    try {
      const outcome = await this.inventory.submit({
        document: reading.document,
        handle: { source: 'ocs', connectionId: settings.connectionId || undefined, sourceKey: reading.deviceId },
        ignoreRule: settings.ignoreRule,
        // OCS writes the file when it receives the inventory: its time orders a machine's inventories.
        receivedAt: new Date(modifiedMs),
        receipt: { connectionId: settings.connectionId, path: file, contentHash },
      });
      await this.afterImport(file, settings.afterImport);
      if (outcome.decision === 'duplicate') {
        this.logger.debug({ file }, 'already imported: same content');
        return { kind: 'duplicate' };
      }
      this.logger.info({ file, equipmentId: outcome.equipmentId, decision: outcome.decision, encoding: reading.encoding, truncated: describeTruncation(reading.document.truncated) }, 'OCS file imported');
      return { kind: 'imported', equipmentId: outcome.equipmentId, decision: outcome.decision };
    } catch (error) {
      if (error instanceof DomainError && error.code === 'unprocessable') {
        return failure(error.message);
      }
      throw error;
    }
  }

  private async reject(file: string, settings: OcsImportSettings, reason: string, contentHash: string): Promise<FileOutcome> {
    await this.rejections.recordRejected({ connectionId: settings.connectionId, path: file, contentHash, reason, at: new Date() });
    const folder = path.join(path.dirname(file), 'rejected');
    await mkdir(folder, { recursive: true });
    const target = await freeName(folder, path.basename(file));
    await rename(file, target);
    await writeFile(`${target}.error.txt`, `${path.basename(file)}: ${reason}\n`);
    this.logger.warn({ file, reason }, 'OCS file rejected');
    return { kind: 'rejected', reason };
  }

  private async afterImport(file: string, action: OcsImportSettings['afterImport']): Promise<void> {
    if (action === 'delete') {
      await rm(file, { force: true });
    } else if (action === 'archive') {
      const folder = path.join(path.dirname(file), 'archive');
      await mkdir(folder, { recursive: true });
      await rename(file, await freeName(folder, path.basename(file)));
    }
  }
}

/** SHA-256 of a file read as a stream: an oversized file is never held in memory. */
async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** `name`, or `name.<n>` when taken: OCS reuses file names once files are moved away. */
async function freeName(folder: string, name: string): Promise<string> {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const candidate = path.join(folder, attempt === 0 ? name : `${name}.${attempt}`);
    const taken = await stat(candidate).then(() => true, () => false);
    if (!taken) {
      return candidate;
    }
  }
  throw new Error(`no free name for ${name} in ${folder}`);
}
