import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import express from 'express';
import { consoleRouter, findConsoleBuild } from '../../api/console';

/** Serves `router` on a loopback port, with a JSON 404 after it as the real app has. */
async function serve(router: express.Router): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(router);
  app.use((_req, res) => {
    res.status(404).json({ title: 'Not found' });
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe(consoleRouter.name, () => {
  let build: string;
  let sut: { url: string; close(): Promise<void> };
  const page = (pathname: string) => fetch(`${sut.url}${pathname}`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });

  before(async () => {
    build = mkdtempSync(path.join(tmpdir(), 'console-build-'));
    mkdirSync(path.join(build, 'assets'));
    writeFileSync(path.join(build, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(path.join(build, 'assets', 'index-abc123.js'), 'console.log(1)');
    sut = await serve(consoleRouter(build));
  });
  after(async () => {
    await sut.close();
    rmSync(build, { recursive: true, force: true });
  });

  it('serves index.html at / and for client routes reloaded in the browser', async () => {
    for (const pathname of ['/', '/equipment/0f3c9a52-6d1e-4b7a-9c21-5e8f7a6b4d30', '/scans?status=running']) {
      const answer = await page(pathname);
      assert.equal(answer.status, 200, pathname);
      assert.match(await answer.text(), /id="root"/);
      assert.equal(answer.headers.get('cache-control'), 'no-cache');
    }
  });

  it('serves hashed assets as immutable, and a missing file as a 404', async () => {
    const asset = await fetch(`${sut.url}/assets/index-abc123.js`);
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
    assert.equal((await page('/assets/missing.js')).status, 404);
  });

  it('leaves the API, the agents and operations alone, even for a browser', async () => {
    for (const pathname of ['/api/v1/nothing', '/agent/v1/nothing', '/metrics', '/readyz']) {
      const answer = await page(pathname);
      assert.equal(answer.status, 404, pathname);
      assert.match(answer.headers.get('content-type') ?? '', /json/, pathname);
    }
    assert.deepEqual(await (await page('/healthz')).json(), { status: 'ok' });
  });

  it('answers JSON clients with the API’s 404, not the page', async () => {
    const answer = await fetch(`${sut.url}/equipment`, { headers: { accept: 'application/json' } });
    assert.equal(answer.status, 404);
  });

  it('says how to build the console when it is not built', async () => {
    const unbuilt = await serve(consoleRouter(null));
    try {
      const answer = await fetch(`${unbuilt.url}/`);
      assert.equal(answer.status, 404);
      assert.match(await answer.text(), /npm run build/);
    } finally {
      await unbuilt.close();
    }
  });

  it('finds the build beside the sources or one folder up from dist/', () => {
    const root = path.dirname(build);
    const project = mkdtempSync(path.join(root, 'project-'));
    try {
      mkdirSync(path.join(project, 'console', 'dist'), { recursive: true });
      mkdirSync(path.join(project, 'dist'));
      writeFileSync(path.join(project, 'console', 'dist', 'index.html'), '');
      assert.equal(findConsoleBuild(project), path.join(project, 'console', 'dist'));
      assert.equal(findConsoleBuild(path.join(project, 'dist')), path.join(project, 'dist', '..', 'console', 'dist'));
      assert.equal(findConsoleBuild(path.join(project, 'console', 'dist')), null, 'no build there');
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
