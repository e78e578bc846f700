import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ManualClock } from '../../domain/clock';
import type { DomainEvent, DomainEventType } from '../../domain/events';
import type { Page, PageRequest } from '../../domain/ports';
import type { QueuedDelivery, WebhookDelivery, WebhookDeliveryStore, WebhookPatch, WebhookStore, WebhookSubscription, WebhookTarget } from '../../domain/webhook';
import { createLogger } from '../../lib/logger';
import { WebhookDispatcher, type WebhookTransport } from '../../webhooks/dispatcher';

const SECRET = 'a-long-enough-signing-secret';

/** Subscriptions and deliveries in memory: the ports the dispatcher uses. */
class MemoryWebhookStore implements WebhookStore, WebhookDeliveryStore {
  readonly targets: WebhookTarget[] = [{ id: 's-1', url: 'https://user:pw@hooks.example/in?token=t0k3n', events: ['equipment.created'], enabled: true, secret: SECRET }];
  readonly deliveries = new Map<string, QueuedDelivery>();
  attemptsRecorded = 0;

  async create(): Promise<void> {}
  async list(): Promise<WebhookSubscription[]> {
    return [];
  }
  async findById(): Promise<WebhookSubscription | null> {
    return null;
  }
  async update(_id: string, _patch: WebhookPatch): Promise<WebhookSubscription | null> {
    return null;
  }
  async delete(): Promise<boolean> {
    return false;
  }
  async targetsFor(type: DomainEventType): Promise<WebhookTarget[]> {
    return this.targets.filter((target) => target.enabled && target.events.includes(type));
  }
  async findTarget(id: string): Promise<WebhookTarget | null> {
    return this.targets.find((target) => target.id === id) ?? null;
  }
  async add(deliveries: readonly QueuedDelivery[]): Promise<void> {
    deliveries.forEach((delivery) => this.deliveries.set(delivery.id, { ...delivery }));
  }
  async recordAttempt(delivery: WebhookDelivery): Promise<void> {
    this.attemptsRecorded++;
    const stored = this.deliveries.get(delivery.id);
    if (stored) {
      this.deliveries.set(delivery.id, { ...stored, ...delivery });
    }
  }
  async listBySubscription(_id: string, page: PageRequest): Promise<Page<WebhookDelivery>> {
    return { items: [], total: 0, ...page };
  }
  async listPending(): Promise<QueuedDelivery[]> {
    return [...this.deliveries.values()].filter((delivery) => delivery.status === 'pending');
  }
  async deleteFinishedBefore(): Promise<number> {
    return 0;
  }
}

/** Answers with the statuses given, in order (the last one repeats); 'hang' waits for the abort. */
function scriptedTransport(answers: (number | 'hang')[]): WebhookTransport & { calls: { url: string; headers: Record<string, string> }[] } {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  return {
    calls,
    post: async (url, _body, headers, signal) => {
      calls.push({ url, headers });
      const answer = answers[Math.min(calls.length, answers.length) - 1] ?? 200;
      if (answer === 'hang') {
        return new Promise<number>((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error)));
      }
      return answer;
    },
  };
}

function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

const created: DomainEvent = { type: 'equipment.created', occurredAt: new Date('2026-04-01T09:00:00Z'), data: { equipmentId: 'q-1', source: 'ocs', connectionId: null } };
const fastRetries = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40 };

async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; !check(); waited += 5) {
    assert.ok(waited < 3000, 'the condition did not hold in time');
    await sleep(5);
  }
}

describe(WebhookDispatcher.name, () => {
  it('gives up after the last attempt, records it failed, and logs it once without the secret, the credentials or the query', async () => {
    const store = new MemoryWebhookStore();
    const transport = scriptedTransport([503]);
    const { lines, logger } = capturedLogger();
    const sut = new WebhookDispatcher({ subscriptions: store, deliveries: store, transport, clock: new ManualClock(new Date()), logger }, { retry: fastRetries });

    sut.publish(created);
    await until(() => [...store.deliveries.values()].some((delivery) => delivery.status === 'failed'));
    const [delivery] = [...store.deliveries.values()];
    assert.equal(delivery?.attempts, 3);
    assert.equal(delivery?.lastStatus, 503);
    assert.equal(delivery?.lastError, 'HTTP 503');
    assert.equal(transport.calls.length, 3);
    const failures = lines.filter((line) => line.msg === 'webhook delivery failed');
    assert.equal(failures.length, 1);
    assert.equal(failures[0]?.subscriptionId, 's-1');
    assert.equal(failures[0]?.url, 'https://hooks.example/in?[redacted]');
    const logged = JSON.stringify(lines);
    assert.ok(!logged.includes(SECRET) && !logged.includes('t0k3n') && !logged.includes(':pw@'));
    await sut.stop();
  });

  it('publish returns before anything is sent, and ignores events no subscription listens to', async () => {
    const store = new MemoryWebhookStore();
    const transport = scriptedTransport([200]);
    const sut = new WebhookDispatcher({ subscriptions: store, deliveries: store, transport, clock: new ManualClock(new Date()), logger: capturedLogger().logger });
    sut.publish(created);
    sut.publish({ type: 'agent.offline', occurredAt: new Date(), data: { agentId: 'a', uuid: 'u', hostname: null, equipmentId: null, lastContactAt: '2026-04-01T09:00:00.000Z' } });
    assert.equal(transport.calls.length, 0, 'nothing sent synchronously');
    await until(() => store.attemptsRecorded === 1);
    await sleep(20);
    assert.equal(transport.calls.length, 1);
    assert.equal(transport.calls[0]?.headers['x-webhook-event'], 'equipment.created');
    await sut.stop();
  });

  it('stops without waiting for a hanging receiver, keeps the delivery pending, and the next start sends it', async () => {
    const store = new MemoryWebhookStore();
    const clock = new ManualClock(new Date());
    const hanging = scriptedTransport(['hang']);
    const first = new WebhookDispatcher({ subscriptions: store, deliveries: store, transport: hanging, clock, logger: capturedLogger().logger }, { timeoutMs: 60_000 });
    first.publish(created);
    await until(() => hanging.calls.length === 1);
    const started = Date.now();
    await first.stop();
    assert.ok(Date.now() - started < 1000, 'the attempt was aborted');
    first.publish(created);
    const [pending] = await store.listPending();
    assert.equal(pending?.status, 'pending');
    assert.equal(pending?.attempts, 0);
    assert.equal(store.deliveries.size, 1, 'events after stop are ignored');

    const answering = scriptedTransport([200]);
    const second = new WebhookDispatcher({ subscriptions: store, deliveries: store, transport: answering, clock, logger: capturedLogger().logger });
    assert.equal(await second.resume(), 1);
    await until(() => store.deliveries.get(pending?.id ?? '')?.status === 'delivered');
    assert.equal(answering.calls[0]?.headers['x-webhook-delivery'], pending?.id, 'the same delivery, so the receiver can tell it is a repeat');
    await second.stop();
  });

  it('drops events beyond its queue bound instead of growing without limit', async () => {
    const store = new MemoryWebhookStore();
    const transport = scriptedTransport([200]);
    const { lines, logger } = capturedLogger();
    const sut = new WebhookDispatcher({ subscriptions: store, deliveries: store, transport, clock: new ManualClock(new Date()), logger }, { maxQueuedEvents: 2 });
    for (let n = 0; n < 5; n++) {
      sut.publish(created);
    }
    await until(() => store.attemptsRecorded >= 2);
    await sleep(20);
    // The first event is taken off the queue at once; two more fit; the rest are dropped and logged.
    assert.equal(store.deliveries.size, 3);
    assert.equal(lines.filter((line) => line.msg === 'webhook queue full: event dropped').length, 2);
    await sut.stop();
  });
});
