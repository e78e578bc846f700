import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReleaseFiles } from '../domain/agent-release.service';
import { DomainError } from '../domain/errors';

/**
 * Agent packages under `<dataDir>/agent-releases/<version>`: streamed to a temporary
 * file while hashed, flushed to disk, then renamed, so a package is there whole or
 * not at all, even when the server stops mid-upload.
 */
export class ReleaseFileStore implements ReleaseFiles {
  constructor(private readonly directory: string) {}

  pathOf(version: string): string {
    return path.join(this.directory, version);
  }

  async write(version: string, content: AsyncIterable<Uint8Array>, maxBytes: number): Promise<{ sha256: string; size: number }> {
    await mkdir(this.directory, { recursive: true });
    const partial = path.join(this.directory, `.${version}.${randomUUID()}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) {
          done(new DomainError('too-large', `the package exceeds the limit of ${maxBytes} bytes (INVENTORY_RELEASE_MAX_BYTES)`));
          return;
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(content, measure, createWriteStream(partial, { flags: 'wx' }));
      await syncFile(partial);
      await rename(partial, this.pathOf(version));
      await syncFile(this.directory);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { sha256: hash.digest('hex'), size };
  }

  async remove(version: string): Promise<void> {
    await rm(this.pathOf(version), { force: true });
  }
}

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
