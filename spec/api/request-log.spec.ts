import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { after, before, beforeEach, describe, it } from 'node:test';
import express from 'express';
import { createLogger } from '../../lib/logger';
import { requestLogger } from '../../api/request-log';

type Line = Record<string, unknown> & { req?: { url?: string; headers?: Record<string, string> }; res?: { statusCode?: number }; err?: unknown };

/** Every line the logger writes, parsed. */
class LineCapture extends Writable {
  readonly lines: Line[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line));
    done();
  }
}

/** An app with the request logger at `level` and one route per outcome. */
async function serve(level: string): Promise<{ url: string; capture: LineCapture; close(): Promise<void> }> {
  const capture = new LineCapture();
  const app = express();
  app.use(requestLogger(app, createLogger(level, capture)));
  app.get('/healthz', (_req, res) => void res.status(500).end());
  app.get('/ok', (_req, res) => void res.json({ ok: true }));
  app.get('/own-line', (req, res) => {
    req.log.info({ detail: 'from the handler' }, 'handler says');
    res.status(400).end();
  });
  app.get('/refused', (_req, res) => void res.status(503).end());
  app.get('/failed', (_req, res) => void res.status(500).end());
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, capture, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The lines written for `pathname`, once its answer has been read (the line is written when the answer finishes). */
async function linesOf(sut: { url: string; capture: LineCapture }, pathname: string, headers: Record<string, string> = {}): Promise<{ answer: Response; lines: Line[] }> {
  const answer = await fetch(`${sut.url}${pathname}`, { headers });
  await answer.arrayBuffer();
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { answer, lines: sut.capture.lines.filter((line) => line.req?.url === pathname) };
}

describe(requestLogger.name, () => {
  describe('at level info', () => {
    let sut: Awaited<ReturnType<typeof serve>>;
    before(async () => {
      sut = await serve('info');
    });
    after(() => sut.close());
    beforeEach(() => {
      sut.capture.lines.length = 0;
    });

    it('writes no line for a successful request (it is at debug)', async () => {
      const { answer, lines } = await linesOf(sut, '/ok');
      assert.equal(answer.status, 200);
      assert.deepEqual(lines, []);
    });

    it('writes a refusal at info with the request, the answer and its time, the authorization redacted', async () => {
      const { lines } = await linesOf(sut, '/own-line', { authorization: 'Bearer secret-token' });
      const [own, done] = lines;
      assert.equal(lines.length, 2);
      assert.equal(own?.msg, 'handler says');
      assert.equal(own?.detail, 'from the handler');
      assert.equal(own?.module, 'http');
      assert.equal(done?.msg, 'request completed');
      assert.equal(done?.level, 30);
      assert.equal(done?.res?.statusCode, 400);
      assert.equal(typeof done?.responseTime, 'number');
      assert.equal(done?.req?.headers?.authorization, '[redacted]');
    });

    it('writes a 503 at warn as a refusal, without an error', async () => {
      const { lines } = await linesOf(sut, '/refused');
      assert.equal(lines.length, 1);
      assert.equal(lines[0]?.level, 40);
      assert.equal(lines[0]?.msg, 'request refused: temporarily unavailable');
      assert.equal(lines[0]?.err, undefined);
    });

    it('writes a 500 at error with an error naming the status', async () => {
      const { lines } = await linesOf(sut, '/failed');
      assert.equal(lines.length, 1);
      assert.equal(lines[0]?.level, 50);
      assert.equal(lines[0]?.msg, 'request errored');
      assert.match(JSON.stringify(lines[0]?.err), /failed with status code 500/);
    });

    it('writes no line for the probes, whatever they answer', async () => {
      const { answer, lines } = await linesOf(sut, '/healthz');
      assert.equal(answer.status, 500);
      assert.deepEqual(lines, []);
    });

    it('keeps a caller request id that looks like one and answers a new UUID otherwise', async () => {
      const kept = await linesOf(sut, '/refused', { 'x-request-id': 'trace-42' });
      assert.equal(kept.answer.headers.get('x-request-id'), 'trace-42');
      assert.equal((kept.lines[0]?.req as { id?: string }).id, 'trace-42');
      const replaced = await linesOf(sut, '/ok', { 'x-request-id': 'not an id!' });
      assert.match(replaced.answer.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    });
  });

  describe('at level debug', () => {
    it('writes a successful request as completed', async () => {
      const sut = await serve('debug');
      try {
        const { lines } = await linesOf(sut, '/ok');
        assert.equal(lines.length, 1);
        assert.equal(lines[0]?.level, 20);
        assert.equal(lines[0]?.msg, 'request completed');
        assert.equal(lines[0]?.res?.statusCode, 200);
      } finally {
        await sut.close();
      }
    });
  });
});
