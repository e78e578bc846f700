import assert from 'node:assert/strict';

export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
  retry?: number;
  /** Comment lines (`: heartbeat`) of the block, without the colon. */
  comments: string[];
}

/**
 * A Server-Sent Events reader over fetch (as the console reads the stream: an EventSource
 * cannot send Authorization): parses blocks as they arrive, per the HTML spec's rules.
 */
export class SseClient {
  readonly messages: SseMessage[] = [];
  ended = false;
  private buffer = '';
  private waiters: (() => void)[] = [];
  private readonly reading: Promise<void>;

  private constructor(
    readonly response: Response,
    private readonly controller: AbortController,
  ) {
    this.reading = this.read();
  }

  static async open(url: string, headers: Record<string, string>): Promise<SseClient> {
    const controller = new AbortController();
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
    return new SseClient(response, controller);
  }

  /** The events of a type received so far, their data parsed. */
  events(type?: string): { id?: string; event: string; body: { type: string; data: Record<string, unknown> } }[] {
    return this.messages.filter((message) => message.event !== undefined && message.data !== undefined && (type === undefined || message.event === type)).map((message) => ({ id: message.id, event: message.event as string, body: JSON.parse(message.data as string) }));
  }

  /** Waits until `check` holds over the messages so far, at most `timeoutMs`. */
  async until(check: (client: SseClient) => boolean, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check(this)) {
      assert.ok(!this.ended || check(this), 'the stream ended first');
      const left = deadline - Date.now();
      assert.ok(left > 0, `not received in ${timeoutMs} ms; got ${JSON.stringify(this.messages.map((message) => message.event ?? message.comments))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Resolves when the server ended the stream. */
  async endedByServer(timeoutMs = 5000): Promise<void> {
    await this.until((client) => client.ended, timeoutMs);
  }

  close(): void {
    this.controller.abort();
  }

  private async read(): Promise<void> {
    const body = this.response.body;
    if (!body) {
      this.ended = true;
      return;
    }
    const decoder = new TextDecoder();
    try {
      for await (const chunk of body) {
        this.buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        this.parse();
      }
    } catch {
      // aborted by close(), or cut by the server
    }
    this.ended = true;
    this.wake();
  }

  private parse(): void {
    for (let end = this.buffer.indexOf('\n\n'); end >= 0; end = this.buffer.indexOf('\n\n')) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const message: SseMessage = { comments: [] };
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) {
          message.comments.push(line.slice(1).trim());
          continue;
        }
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'data') {
          message.data = message.data === undefined ? value : `${message.data}\n${value}`;
        } else if (field === 'id' || field === 'event') {
          message[field] = value;
        } else if (field === 'retry') {
          message.retry = Number(value);
        }
      }
      this.messages.push(message);
    }
    this.wake();
  }

  private wake(): void {
    this.waiters.splice(0).forEach((wake) => wake());
  }
}
