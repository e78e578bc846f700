import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import express from 'express';
import { EventStreams } from '../../api/event-stream';
import { EventHub } from '../../domain/events';
import { SseClient } from '../support/sse-client';

describe(EventStreams.name, () => {
  const hub = new EventHub({ publish: () => undefined });
  let sut: EventStreams;
  let server: Server;
  let url: string;

  before(async () => {
    sut = new EventStreams(hub, { heartbeatMs: 50, maxBufferedBytes: 64 * 1024, maxPerToken: 100 });
    const app = express();
    app.get('/events', (req, res) => sut.stream(req, res, { key: 'spec', types: undefined, lastEventId: req.get('last-event-id') }));
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
  });
  after(async () => {
    sut.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const progress = (index: number) => hub.publish({ type: 'scan.progress', occurredAt: new Date(), data: { runId: `run-${index}`, connectionId: 'c', counts: { processed: index, padding: 'x'.repeat(200).length } } });

  it('sends a heartbeat comment while nothing happens', async () => {
    const client = await SseClient.open(url, {});
    await client.until((c) => c.messages.some((message) => message.comments.includes('heartbeat')), 2000);
    client.close();
  });

  it('drops a client that does not read once its unread bytes pass the bound, and keeps serving the others', async () => {
    const reader = await SseClient.open(url, {});
    const stalled = connect((server.address() as AddressInfo).port, '127.0.0.1');
    await once(stalled, 'connect');
    stalled.write(`GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n`);
    stalled.pause(); // reads nothing from now on: the kernel's buffers fill, then the server's
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(sut.open, 2);
    const heapBefore = process.memoryUsage().heapUsed;
    // In small bursts, as real work publishes: the reader (in this very process) reads between them.
    for (let index = 0; index < 60_000; index++) {
      progress(index);
      if (index % 100 === 99) {
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    assert.equal(sut.open, 1, 'the stalled client was dropped, the reader kept');
    assert.ok(process.memoryUsage().heapUsed - heapBefore < 64 * 1024 * 1024, 'its unread events were not kept');
    await reader.until((c) => c.events('scan.progress').length === 60_000, 15_000);
    reader.close();
    stalled.destroy();
  });

  it('checks its options at construction', () => {
    assert.throws(() => new EventStreams(hub, { maxPerToken: 0 }), /maxPerToken must be a positive integer/);
  });
});
