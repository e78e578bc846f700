import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import type { ServerEvent, ServerEventType } from '../domain/events';
import { DomainError } from '../domain/errors';

export interface EventStreamOptions {
  /** A comment line this often keeps proxies and the browser from closing an idle stream. @default 20000 */
  heartbeatMs: number;
  /** The `retry:` a browser's EventSource waits before reconnecting. @default 3000 */
  retryMs: number;
  /** Open streams per API token (a console in a few tabs). @default 8 */
  maxPerToken: number;
  /** Open streams in all. @default 256 */
  maxTotal: number;
  /** Bytes a client may leave unread in the server's socket buffer before it is dropped. @default 262144 */
  maxBufferedBytes: number;
  /** Events kept to replay after a reconnection (`Last-Event-ID`). @default 512 */
  replayEvents: number;
}

export const DEFAULT_EVENT_STREAM_OPTIONS: EventStreamOptions = { heartbeatMs: 20_000, retryMs: 3000, maxPerToken: 8, maxTotal: 256, maxBufferedBytes: 256 * 1024, replayEvents: 512 };

/** Where the events come from: the process's one EventHub. */
export interface EventSource {
  subscribe(listener: (event: ServerEvent) => void): () => void;
}

interface Client {
  res: Response;
  key: string;
  types: ReadonlySet<ServerEventType> | null;
}

interface Framed {
  seq: number;
  type: ServerEventType;
  text: string;
}

/**
 * Server-Sent Events to the console: every event of the hub, framed once and written to
 * each open stream. A client that does not read is dropped once `maxBufferedBytes` wait
 * for it, so memory never grows with a slow reader; `close` ends every stream (shutdown).
 * Ids are `<boot>-<seq>`: a `Last-Event-ID` from this process replays what was missed,
 * one from another (a restart) or too old gets a `stream.gap` event (refetch what you show).
 */
export class EventStreams {
  private readonly options: EventStreamOptions;
  private readonly clients = new Set<Client>();
  private readonly recent: Framed[] = [];
  private readonly boot = randomBytes(4).toString('hex');
  private seq = 0;
  private unsubscribe: (() => void) | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly source: EventSource,
    options: Partial<EventStreamOptions> = {},
  ) {
    this.options = { ...DEFAULT_EVENT_STREAM_OPTIONS, ...options };
    for (const [name, value] of Object.entries(this.options)) {
      if (!Number.isInteger(value) || value < 1) {
        throw new TypeError(`EventStreams: ${name} must be a positive integer, got ${String(value)}`);
      }
    }
  }

  get open(): number {
    return this.clients.size;
  }

  /**
   * Takes over an authenticated request's response and streams to it until either side
   * closes. Throws `rate-limited` before writing anything when the token has too many open.
   */
  stream(req: Request, res: Response, input: { key: string; types: readonly ServerEventType[] | undefined; lastEventId: string | undefined }): void {
    if (this.closed) {
      throw new DomainError('unavailable', 'the server is shutting down');
    }
    const mine = [...this.clients].filter((client) => client.key === input.key).length;
    if (mine >= this.options.maxPerToken || this.clients.size >= this.options.maxTotal) {
      const why = mine >= this.options.maxPerToken ? `token "${input.key}" has ${mine} event streams open, the most allowed` : 'the server has as many event streams open as it allows';
      throw new DomainError('rate-limited', `${why}: close one (another tab?) and try again`);
    }
    const client: Client = { res, key: input.key, types: input.types ? new Set(input.types) : null };
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    // nginx buffers proxied answers unless told not to; an event must reach the browser when it happens.
    res.setHeader('X-Accel-Buffering', 'no');
    // Never reused: when the stream ends, the socket closes with it instead of idling, which a server's close would wait for.
    res.setHeader('Connection', 'close');
    res.flushHeaders();
    req.socket.setNoDelay(true);
    this.clients.add(client);
    this.start();
    const drop = () => this.drop(client);
    res.on('close', drop);
    res.on('error', drop);
    this.write(client, `retry: ${this.options.retryMs}\n: connected\n\n`);
    this.replay(client, input.lastEventId);
  }

  /** Ends every stream and takes no more (shutdown: an open stream must not hold the server's close). */
  close(): void {
    this.closed = true;
    this.stop();
    for (const client of [...this.clients]) {
      this.clients.delete(client);
      client.res.end();
    }
  }

  private start(): void {
    if (this.unsubscribe) {
      return;
    }
    this.unsubscribe = this.source.subscribe((event) => this.broadcast(event));
    this.heartbeat = setInterval(() => this.clients.forEach((client) => this.write(client, ': heartbeat\n\n')), this.options.heartbeatMs).unref();
  }

  /** Listened to from the first stream until shutdown: a tab that reconnects finds what it missed. */
  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }

  private broadcast(event: ServerEvent): void {
    this.seq += 1;
    const framed: Framed = { seq: this.seq, type: event.type, text: `id: ${this.boot}-${this.seq}\nevent: ${event.type}\ndata: ${JSON.stringify({ type: event.type, occurredAt: event.occurredAt, data: event.data })}\n\n` };
    this.recent.push(framed);
    if (this.recent.length > this.options.replayEvents) {
      this.recent.shift();
    }
    for (const client of this.clients) {
      this.send(client, framed);
    }
  }

  private replay(client: Client, lastEventId: string | undefined): void {
    if (lastEventId === undefined) {
      return;
    }
    const [boot, seqText] = lastEventId.split('-');
    const seq = Number(seqText);
    const oldest = this.recent[0]?.seq ?? this.seq + 1;
    if (boot !== this.boot || !Number.isInteger(seq) || seq > this.seq || seq + 1 < oldest) {
      this.write(client, `event: stream.gap\ndata: ${JSON.stringify({ reason: boot === this.boot ? 'the events since then are no longer kept' : 'the server restarted' })}\n\n`);
      return;
    }
    this.recent.filter((framed) => framed.seq > seq).forEach((framed) => this.send(client, framed));
  }

  private send(client: Client, framed: Framed): void {
    if (!client.types || client.types.has(framed.type)) {
      this.write(client, framed.text);
    }
  }

  /** Writes, or drops a client whose unread bytes passed the bound. */
  private write(client: Client, text: string): void {
    if (!this.clients.has(client)) {
      return;
    }
    if (client.res.writableLength > this.options.maxBufferedBytes) {
      this.drop(client);
      return;
    }
    client.res.write(text);
  }

  /**
   * Forgets a client and closes its socket: a browser that went away leaves the socket
   * half-open (HTTP servers allow half-open sockets), and a server's close would wait for it.
   */
  private drop(client: Client): void {
    this.clients.delete(client);
    client.res.destroy();
  }
}
