import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openCore } from '../../composition/core';
import { configSchema } from '../../config/schema';
import { createLogger } from '../../lib/logger';

const ROOT = path.resolve(__dirname, '..', '..');
const START_LIMIT_MS = 10_000;

/** Starts the server as an operator would, and answers how it ended. */
function startServer(env: Record<string, string>): Promise<{ code: number | null; stderr: string; elapsedMs: number }> {
  const startedAt = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'main.ts'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), START_LIMIT_MS * 2);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, elapsedMs: Date.now() - startedAt });
    });
  });
}

describe('start-up failures', () => {
  let folder: string;
  let taken: Server;
  let takenPort: number;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'startup-'));
    writeFileSync(path.join(folder, 'a-file'), 'not a folder');
    taken = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => taken.once('listening', resolve));
    takenPort = (taken.address() as AddressInfo).port;
    // A database holding a scheduled connection's community, encrypted with the key file of its data folder.
    const core = await openCore(configSchema.parse({ dataDir: path.join(folder, 'keyed') }), { logger: createLogger('error') });
    await core.services.connections.create({ name: 'nightly', type: 'network', targets: ['127.0.0.1/32'], schedule: '0 3 * * *', snmp: { credentials: [{ version: '2c', community: 'kept-secret' }] } });
    await core.close();
  });
  after(() => {
    taken.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const cases: { name: string; env: () => Record<string, string>; line: RegExp; lines?: number }[] = [
    { name: 'a data folder under /proc (where a recursive mkdir never returns)', env: () => ({ INVENTORY_DATA_DIR: '/proc/inventory-data' }), line: /^INVENTORY_DATA_DIR \(dataDir\): \/proc\/inventory-data is inside \/proc, a virtual filesystem/ },
    { name: 'a data folder below a file', env: () => ({ INVENTORY_DATA_DIR: path.join(folder, 'a-file', 'data') }), line: /^INVENTORY_DATA_DIR \(dataDir\): .* cannot be created: .*a-file is a file, not a folder$/ },
    { name: 'a database that refuses connections', env: () => ({ INVENTORY_DATA_DIR: path.join(folder, 'db'), DATABASE_URL: 'mysql://root@127.0.0.1:1/inventory' }), line: /^DATABASE_URL \(databaseUrl\): cannot open the database mysql:\/\/root@127\.0\.0\.1:1\/inventory: connect ECONNREFUSED/ },
    { name: 'a port another process holds', env: () => ({ INVENTORY_DATA_DIR: path.join(folder, 'port'), PORT: String(takenPort) }), line: /^PORT \(port\) \/ HOST \(host\): 127\.0\.0\.1:\d+ is in use by another process \(EADDRINUSE\)$/ },
    // The key file lost or replaced: OpenSSL alone says only "unable to authenticate data".
    { name: 'stored secrets written with another key', env: () => ({ INVENTORY_DATA_DIR: path.join(folder, 'keyed'), INVENTORY_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') }), line: /^INVENTORY_SECRET_KEY \(secretKey\): a secret stored in the database does not decrypt with the configured key: the database was written with another key/ },
    // The configuration's own report: a heading, then one line per bad setting.
    { name: 'a misspelt setting value', env: () => ({ INVENTORY_DATA_DIR: path.join(folder, 'typo'), PORT: 'eighty' }), line: /^ +- PORT: /, lines: 2 },
  ];
  for (const testCase of cases) {
    it(`says so naming the setting and exits non-zero within 10 s: ${testCase.name}`, async () => {
      const { code, stderr, elapsedMs } = await startServer(testCase.env());
      assert.notEqual(code, 0);
      assert.ok(elapsedMs < START_LIMIT_MS, `took ${elapsedMs} ms`);
      const lines = stderr.trimEnd().split('\n');
      assert.equal(lines.length, testCase.lines ?? 1, stderr);
      assert.match(lines.at(-1) ?? '', testCase.line);
    });
  }
});
