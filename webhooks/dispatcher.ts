import { redactUrl, redactUrlsIn } from '../lib/redact';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock } from '../domain/clock';
import type { DomainEvent } from '../domain/events';
import type { WebhookPinger } from '../domain/webhook.service';
import {
  DEFAULT_RETRY_POLICY,
  retryDelayMs,
  signWebhookBody,
  webhookBody,
  type QueuedDelivery,
  type RetryPolicy,
  type WebhookDelivery,
  type WebhookDeliveryStore,
  type WebhookStore,
  type WebhookSubscription,
} from '../domain/webhook';

/** Sends one POST; answers the HTTP status, throws on a network error, a timeout or an abort. */
export interface WebhookTransport {
  post(url: string, body: string, headers: Record<string, string>, signal: AbortSignal): Promise<number>;
}

export interface DispatcherOptions {
  /** Per attempt, default 5000. */
  timeoutMs: number;
  retry: RetryPolicy;
  /** POSTs in flight at once, default 4. */
  concurrency: number;
  /** Events waiting for fan-out beyond this are dropped (and logged), default 1000. */
  maxQueuedEvents: number;
}

const DEFAULTS: DispatcherOptions = { timeoutMs: 5000, retry: DEFAULT_RETRY_POLICY, concurrency: 4, maxQueuedEvents: 1000 };
/** Deliveries left pending by the last stop that are sent again at start. */
const RESUME_LIMIT = 10_000;
const MAX_ERROR_LENGTH = 1000;

/**
 * Delivers domain events to webhook subscriptions. `publish` only queues: the
 * fan-out (one stored delivery per subscription) and the POSTs happen later, at
 * most `concurrency` at once, so the request or import that caused the event never
 * waits for a receiver. Failed attempts are retried with exponential back-off;
 * pending deliveries are in the database, so a restart picks them up (`resume`).
 */
export class WebhookDispatcher implements WebhookPinger {
  private readonly options: DispatcherOptions;
  private readonly logger: Logger;
  private readonly events: DomainEvent[] = [];
  private readonly ready: QueuedDelivery[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private readonly shutdown = new AbortController();
  private fanningOut: Promise<void> | undefined;

  constructor(
    private readonly deps: { subscriptions: WebhookStore; deliveries: WebhookDeliveryStore; transport: WebhookTransport; clock: Clock; logger: Logger },
    options: Partial<DispatcherOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.logger = deps.logger.child({ module: 'webhooks' });
  }

  publish(event: DomainEvent): void {
    if (this.shutdown.signal.aborted) {
      return;
    }
    if (this.events.length >= this.options.maxQueuedEvents) {
      this.logger.warn({ type: event.type, queued: this.events.length }, 'webhook queue full: event dropped');
      return;
    }
    this.events.push(event);
    this.fanOutSoon();
  }

  async ping(subscription: WebhookSubscription): Promise<WebhookDelivery> {
    const eventId = randomUUID();
    const body = webhookBody(eventId, { type: 'ping', occurredAt: this.deps.clock.now(), data: { subscriptionId: subscription.id } });
    const delivery = this.newDelivery(subscription.id, eventId, 'ping', body);
    await this.deps.deliveries.add([delivery]);
    this.enqueue(delivery);
    const { body: _body, ...shown } = delivery;
    return shown;
  }

  /** Schedules the deliveries a previous run left pending, each at its due time. */
  async resume(): Promise<number> {
    const pending = await this.deps.deliveries.listPending(RESUME_LIMIT);
    const now = this.deps.clock.now().getTime();
    for (const delivery of pending) {
      this.retryLater(delivery, Math.max(0, (delivery.nextAttemptAt?.getTime() ?? now) - now));
    }
    return pending.length;
  }

  /**
   * Waits until every event published so far is stored as deliveries and their first
   * attempts are over; retries stay pending in the database. For a short-lived process
   * (`npm run import`) before it stops.
   */
  async settle(): Promise<void> {
    while (this.fanningOut || this.inFlight.size > 0) {
      await this.fanningOut;
      await Promise.allSettled([...this.inFlight]);
    }
  }

  /**
   * Stops retrying and aborts attempts in flight; what is still pending stays in the
   * database for the next start. Events not yet fanned out are lost.
   */
  async stop(): Promise<void> {
    this.shutdown.abort();
    this.retryTimers.forEach((timer) => clearTimeout(timer));
    this.retryTimers.clear();
    if (this.events.length > 0) {
      this.logger.warn({ dropped: this.events.length }, 'webhook events not yet queued were dropped by the shutdown');
      this.events.length = 0;
    }
    await this.fanningOut;
    await Promise.allSettled([...this.inFlight]);
  }

  private fanOutSoon(): void {
    if (this.fanningOut) {
      return;
    }
    this.fanningOut = this.fanOut()
      .catch((error: unknown) => this.logger.error({ err: error }, 'webhook fan-out failed'))
      .finally(() => {
        this.fanningOut = undefined;
        if (this.events.length > 0 && !this.shutdown.signal.aborted) {
          this.fanOutSoon();
        }
      });
  }

  private async fanOut(): Promise<void> {
    for (let event = this.events.shift(); event; event = this.events.shift()) {
      try {
        const targets = await this.deps.subscriptions.targetsFor(event.type);
        if (targets.length === 0) {
          continue;
        }
        const eventId = randomUUID();
        const body = webhookBody(eventId, event);
        const deliveries = targets.map((target) => this.newDelivery(target.id, eventId, event.type, body));
        await this.deps.deliveries.add(deliveries);
        deliveries.forEach((delivery) => this.enqueue(delivery));
      } catch (error) {
        this.logger.error({ err: error, type: event.type }, 'a webhook event could not be queued');
      }
    }
  }

  private newDelivery(subscriptionId: string, eventId: string, eventType: QueuedDelivery['eventType'], body: string): QueuedDelivery {
    const now = this.deps.clock.now();
    return { id: randomUUID(), subscriptionId, eventId, eventType, body, status: 'pending', attempts: 0, lastStatus: null, lastError: null, nextAttemptAt: now, createdAt: now, finishedAt: null };
  }

  private enqueue(delivery: QueuedDelivery): void {
    this.ready.push(delivery);
    this.drain();
  }

  private drain(): void {
    while (!this.shutdown.signal.aborted && this.inFlight.size < this.options.concurrency && this.ready.length > 0) {
      const delivery = this.ready.shift() as QueuedDelivery;
      const attempt: Promise<void> = this.attempt(delivery)
        .catch((error: unknown) => this.logger.error({ err: error, subscriptionId: delivery.subscriptionId, deliveryId: delivery.id }, 'webhook attempt could not be recorded'))
        .finally(() => {
          this.inFlight.delete(attempt);
          this.drain();
        });
      this.inFlight.add(attempt);
    }
  }

  private async attempt(delivery: QueuedDelivery): Promise<void> {
    const target = await this.deps.subscriptions.findTarget(delivery.subscriptionId);
    if (!target) {
      return; // deleted: its deliveries went with it
    }
    const attemptedAt = this.deps.clock.now();
    const outcome: { status: number | null; error: string | null } = { status: null, error: null };
    if (!target.enabled) {
      outcome.error = 'the subscription was disabled';
    } else {
      try {
        outcome.status = await this.deps.transport.post(target.url, delivery.body, this.headers(delivery, target.secret, attemptedAt), AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs), this.shutdown.signal]));
        outcome.error = outcome.status >= 200 && outcome.status < 300 ? null : `HTTP ${outcome.status}`;
      } catch (error) {
        if (this.shutdown.signal.aborted) {
          return; // cut by the shutdown: still pending, sent again at the next start
        }
        outcome.error = describeFailure(error, this.options.timeoutMs);
      }
    }
    const attempts = delivery.attempts + 1;
    const delayMs = outcome.error === null || !target.enabled ? null : retryDelayMs(attempts, this.options.retry);
    const status = outcome.error === null ? 'delivered' : delayMs === null ? 'failed' : 'pending';
    const updated: QueuedDelivery = {
      ...delivery,
      status,
      attempts,
      lastStatus: outcome.status,
      lastError: outcome.error,
      nextAttemptAt: delayMs === null ? null : new Date(attemptedAt.getTime() + delayMs),
      finishedAt: status === 'pending' ? null : attemptedAt,
    };
    await this.deps.deliveries.recordAttempt(updated, attemptedAt);
    if (delayMs !== null) {
      this.logger.debug({ subscriptionId: target.id, deliveryId: delivery.id, attempts, error: outcome.error, retryInMs: delayMs }, 'webhook attempt failed, will retry');
      this.retryLater(updated, delayMs);
    } else if (status === 'failed') {
      // Once per delivery; the URL without credentials or query, which may carry tokens.
      this.logger.warn({ subscriptionId: target.id, url: redactUrl(target.url), deliveryId: delivery.id, type: delivery.eventType, attempts, lastStatus: outcome.status, error: outcome.error }, 'webhook delivery failed');
    }
  }

  private headers(delivery: QueuedDelivery, secret: string, at: Date): Record<string, string> {
    return {
      'content-type': 'application/json',
      'user-agent': 'inventory-collector-webhooks',
      'x-webhook-event': delivery.eventType,
      'x-webhook-delivery': delivery.id,
      'x-webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'x-webhook-signature': signWebhookBody(secret, delivery.body),
    };
  }

  private retryLater(delivery: QueuedDelivery, delayMs: number): void {
    if (this.shutdown.signal.aborted) {
      return;
    }
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      this.enqueue(delivery);
    }, delayMs);
    timer.unref();
    this.retryTimers.add(timer);
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `no answer within ${timeoutMs} ms`;
  }
  // fetch() says "fetch failed" and puts the reason (ECONNREFUSED...) in `cause`.
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  // A fetch error may quote the URL, whose query can carry a token: URLs are redacted wherever they appear.
  return redactUrlsIn(`${error instanceof Error ? error.message : String(error)}${cause}`).slice(0, MAX_ERROR_LENGTH);
}

