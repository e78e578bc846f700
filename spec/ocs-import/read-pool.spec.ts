import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { largeOcsFile, ocsFile } from '../../bench/ocs-files';
import { readAgentRequest } from '../../ocs-import/read-inventory';
import { OcsReadPool } from '../../ocs-import/read-pool';

/** A reading as the domain sees it: a key whose value is undefined states nothing (domain/field-ownership.ts statedSections). */
function stated(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(stated);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).flatMap(([key, child]) => (child === undefined ? [] : [[key, stated(child)]])));
  }
  return value;
}

/** This process's thread count (Linux): a worker thread adds to it while it lives. */
function threads(): number {
  return Number(/^Threads:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}

describe('OcsReadPool', () => {
  it('gives the readings this thread gives (sent back as JSON): OCS and FusionInventory XML, the GLPI agent\'s JSON, a PROLOG', async () => {
    const fixtures = path.join(__dirname, '..', 'fixtures');
    const files = ['ocs/ocsinventory-agent-2.10-debian.ocs', 'ocs/broken/latin1-names.ocs', 'ocs/broken/truncated.ocs', 'glpi-inventory-format/glpi-inventory_format_4_fusion-2.3.21_macos.xml', 'glpi-agent/01-prolog.xml', 'glpi-agent/04-inventory-partial.json'];
    const sut = new OcsReadPool(1);
    try {
      for (const file of files) {
        const bytes = readFileSync(path.join(fixtures, file));
        assert.deepEqual(await sut.readRequest(Buffer.from(bytes), 50 * 1024 * 1024), stated(readAgentRequest(bytes, 50 * 1024 * 1024)), file);
      }
    } finally {
      await sut.close();
    }
  });


  it('moves a file’s bytes to its worker, ends the worker after a large file and reads the next one in a new worker', { timeout: 60_000 }, async () => {
    const pool = new OcsReadPool(1);
    try {
      const before = threads();
      const large = Buffer.from(largeOcsFile(12_000));
      assert.ok(large.byteLength > 4 * 1024 * 1024, 'over the large-file threshold');
      const reading = await pool.read(large, 50 * 1024 * 1024);
      assert.equal(reading.kind === 'inventory' && reading.document.software?.length, 12_000);
      assert.equal(large.byteLength, 0, 'the bytes were moved, not copied');
      assert.ok(await until(() => threads() <= before, 5_000), `the worker that read the large file has ended (${threads()} threads, ${before} before)`);
      // Counted from here, not from `before`: V8's and libuv's helper threads come and go under load (the full suite).
      const ended = threads();

      const small = await pool.read(Buffer.from(ocsFile(7, 0)), 50 * 1024 * 1024);
      assert.equal(small.kind, 'inventory', 'a new worker reads the next file');
      assert.ok(await until(() => threads() > ended, 2_000), `and stays for the files after it (${threads()} threads, ${ended} once the first had ended)`);
    } finally {
      await pool.close();
    }
  });
});
