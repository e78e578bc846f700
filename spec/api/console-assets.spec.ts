import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import { precompressBuild } from '../../api/console-assets';
import { consoleRouter } from '../../api/console';

/** A GET by node:http, which (unlike fetch) hands back the bytes as sent, still encoded. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe(precompressBuild.name, () => {
  let build: string;
  let server: Server;
  let url: string;
  /** Like a bundle: repetitive text (it compresses) with some noise. */
  const script = Array.from({ length: 4000 }, (_, index) => `export function f${index}(a){return a+${index}/* ${randomBytes(2).toString('hex')} */}`).join('\n');
  const page = `<!doctype html><html><head>${'<meta name="x" content="console">'.repeat(60)}</head><body><div id="root"></div></body></html>`;

  before(async () => {
    build = mkdtempSync(path.join(tmpdir(), 'console-precompress-'));
    mkdirSync(path.join(build, 'assets'));
    writeFileSync(path.join(build, 'index.html'), page);
    writeFileSync(path.join(build, 'assets', 'index-abc123.js'), script);
    writeFileSync(path.join(build, 'assets', 'tiny-1.css'), 'a{}');
    writeFileSync(path.join(build, 'assets', 'logo-2.png'), randomBytes(4096));
    await precompressBuild(build);
    const app = express();
    app.use(consoleRouter(build));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(build, { recursive: true, force: true });
  });

  it('writes brotli and gzip copies of text files, none of images or tiny files', () => {
    assert.ok(existsSync(path.join(build, 'assets', 'index-abc123.js.br')));
    assert.ok(existsSync(path.join(build, 'assets', 'index-abc123.js.gz')));
    assert.ok(!existsSync(path.join(build, 'assets', 'tiny-1.css.br')), 'under 1 kB');
    assert.ok(!existsSync(path.join(build, 'assets', 'logo-2.png.br')), 'not text');
  });

  it('serves a hashed asset as brotli when accepted, which decompresses to the same bytes', async () => {
    const answer = await rawGet(`${url}/assets/index-abc123.js`, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-encoding'], 'br');
    assert.match(answer.headers['content-type'] ?? '', /javascript/);
    assert.match(answer.headers.vary ?? '', /Accept-Encoding/i);
    assert.equal(answer.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.ok(answer.body.length < script.length / 2, `${answer.body.length} bytes for ${script.length}`);
    assert.equal(brotliDecompressSync(answer.body).toString(), script);
  });

  it('serves gzip to a client without brotli, and the plain file to one that accepts neither', async () => {
    const gzipped = await rawGet(`${url}/assets/index-abc123.js`, { 'accept-encoding': 'gzip' });
    assert.equal(gzipped.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gzipped.body).toString(), script);
    const plain = await rawGet(`${url}/assets/index-abc123.js`, {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.match(plain.headers.vary ?? '', /Accept-Encoding/i);
    assert.equal(plain.body.toString(), script);
  });

  it('serves index.html compressed for a client route, never cached without revalidation', async () => {
    const answer = await rawGet(`${url}/equipment/42`, { accept: 'text/html', 'accept-encoding': 'br' });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-encoding'], 'br');
    assert.equal(answer.headers['cache-control'], 'no-cache');
    assert.match(answer.headers['content-type'] ?? '', /text\/html/);
    assert.equal(brotliDecompressSync(answer.body).toString(), page);
  });
});
