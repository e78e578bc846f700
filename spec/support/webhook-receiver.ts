import { createHmac, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedDelivery {
  headers: IncomingHttpHeaders;
  /** The raw body, as the signature covers it. */
  body: string;
  json: { id: string; type: string; occurredAt: string; data: Record<string, unknown> };
}

/** What the receiver does with the n-th request (1-based): answer a status, or never answer. */
export type ReceiverBehaviour = (n: number) => number | 'hang';

/** A real HTTP server on 127.0.0.1 that records what it is sent, as a webhook consumer would. */
export class WebhookReceiver {
  readonly received: ReceivedDelivery[] = [];
  private readonly hanging: ServerResponse[] = [];
  private readonly listeners: (() => void)[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(behaviour: ReceiverBehaviour = () => 200): Promise<WebhookReceiver> {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const receiver = new WebhookReceiver(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/inventory`);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        receiver.received.push({ headers: req.headers, body, json: JSON.parse(body) as ReceivedDelivery['json'] });
        receiver.listeners.splice(0).forEach((listener) => listener());
        const answer = behaviour(receiver.received.length);
        if (answer === 'hang') {
          receiver.hanging.push(res);
        } else {
          res.writeHead(answer, { 'content-type': 'text/plain' }).end(answer < 300 ? 'ok' : 'failing on purpose');
        }
      });
    });
    return receiver;
  }

  /** Resolves with the deliveries once `count` of them match, at most `timeoutMs`. */
  async waitFor(match: (delivery: ReceivedDelivery) => boolean, count = 1, timeoutMs = 8000): Promise<ReceivedDelivery[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const matching = this.received.filter(match);
      if (matching.length >= count) {
        return matching;
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`${matching.length} of ${count} expected deliveries arrived in ${timeoutMs} ms; received: ${this.received.map((d) => d.json.type).join(', ') || 'nothing'}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.listeners.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    this.hanging.forEach((res) => res.destroy());
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Checks X-Webhook-Signature as a consumer would: HMAC-SHA256 of the raw body, compared in constant time. */
export function hasValidSignature(delivery: ReceivedDelivery, secret: string): boolean {
  const header = delivery.headers['x-webhook-signature'];
  if (typeof header !== 'string') {
    return false;
  }
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(delivery.body).digest('hex')}`);
  const actual = Buffer.from(header);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
