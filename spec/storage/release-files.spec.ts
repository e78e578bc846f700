import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { DomainError } from '../../domain/errors';
import { ReleaseFileStore } from '../../storage/release-files';

async function* chunks(count: number, size: number): AsyncGenerator<Uint8Array> {
  for (let index = 0; index < count; index++) {
    yield Buffer.alloc(size, index);
  }
}

describe('release file store', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'releases-spec-'));
  after(() => rmSync(directory, { recursive: true, force: true }));
  const store = new ReleaseFileStore(directory);

  it('writes a package whole, hashing it as it streams', async () => {
    const { sha256, size } = await store.write('1.0.0', chunks(4, 1000), 10_000);
    const written = readFileSync(store.pathOf('1.0.0'));
    assert.equal(size, 4000);
    assert.equal(written.length, 4000);
    assert.equal(sha256, createHash('sha256').update(written).digest('hex'));
  });

  it('stops a stream over the limit, leaving no file behind, whatever the Content-Length said', async () => {
    await assert.rejects(store.write('2.0.0', chunks(20, 1000), 10_000), (error) => error instanceof DomainError && error.code === 'too-large');
    assert.deepEqual(readdirSync(directory), ['1.0.0'], 'neither the package nor its partial file');
  });
});
