import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { DOMAIN_EVENT_TYPES, type DomainEvent, type DomainEventType } from './events';
import type { Page, SortedPageRequest } from './ports';
import type { SortField } from './list-sort';

/** Shorter secrets are guessable offline from one signed body; longer ones gain nothing. */
export const WEBHOOK_SECRET_MIN_LENGTH = 16;
export const WEBHOOK_SECRET_MAX_LENGTH = 256;

/** What a delivery announces: a domain event, or `ping`, sent only on request. */
export type WebhookEventType = DomainEventType | 'ping';

const webhookUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
  .max(2048)
  // fetch refuses URLs with credentials, and a URL is shown and logged: a secret belongs in the signing secret.
  .refine((url) => !/^[a-z]+:\/\/[^/?#]*@/i.test(url), 'must not carry credentials (user:password@): the receiver checks the signature made with the webhook’s secret');
const webhookEvents = z
  .array(z.enum(DOMAIN_EVENT_TYPES))
  .min(1, 'must name at least one event')
  .refine((events) => new Set(events).size === events.length, 'must not name an event twice');

/** A new subscription; without `secret`, the server generates one. */
export const webhookInputSchema = z.strictObject({
  url: webhookUrl,
  events: webhookEvents,
  secret: z.string().min(WEBHOOK_SECRET_MIN_LENGTH).max(WEBHOOK_SECRET_MAX_LENGTH).optional(),
  enabled: z.boolean().default(true),
});
export type WebhookInput = z.output<typeof webhookInputSchema>;

/** A change; the secret stays what it was (delete and create again to change it). */
export const webhookPatchSchema = z.strictObject({ url: webhookUrl, events: webhookEvents, enabled: z.boolean() }).partial();
export type WebhookPatch = z.output<typeof webhookPatchSchema>;

export interface WebhookSubscription {
  id: string;
  url: string;
  events: DomainEventType[];
  enabled: boolean;
  /** HTTP status of the last attempt; null when it got no answer. */
  lastStatus: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  /** Every POST made to this URL, retries included. */
  attempts: number;
  createdAt: Date;
}

/** A subscription as the dispatcher needs it: with its secret, to sign. */
export interface WebhookTarget {
  id: string;
  url: string;
  events: DomainEventType[];
  enabled: boolean;
  secret: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One event for one subscription, with its attempts. */
export interface WebhookDelivery {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: WebhookEventType;
  status: DeliveryStatus;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  /** When the next attempt is due; null once delivered or given up. */
  nextAttemptAt: Date | null;
  createdAt: Date;
  finishedAt: Date | null;
}

/** A delivery with the exact bytes it sends, so a retry (even after a restart) signs the same body. */
export interface QueuedDelivery extends WebhookDelivery {
  body: string;
}

export interface WebhookStore {
  create(subscription: WebhookSubscription, secret: string): Promise<void>;
  list(): Promise<WebhookSubscription[]>;
  findById(id: string): Promise<WebhookSubscription | null>;
  update(id: string, patch: WebhookPatch): Promise<WebhookSubscription | null>;
  delete(id: string): Promise<boolean>;
  /** Enabled subscriptions listening to `type`, with their secrets. */
  targetsFor(type: DomainEventType): Promise<WebhookTarget[]>;
  findTarget(id: string): Promise<WebhookTarget | null>;
}

export interface WebhookDeliveryStore {
  add(deliveries: readonly QueuedDelivery[]): Promise<void>;
  /** Saves an attempt's outcome on the delivery and on its subscription (last status, error, time, attempts + 1). */
  recordAttempt(delivery: WebhookDelivery, attemptedAt: Date): Promise<void>;
  listBySubscription(subscriptionId: string, page: SortedPageRequest<SortField<'deliveries'>>): Promise<Page<WebhookDelivery>>;
  /** Deliveries still to send (after a restart), soonest first. */
  listPending(limit: number): Promise<QueuedDelivery[]>;
  /** Deletes delivered and failed deliveries finished before `before`; answers how many. */
  deleteFinishedBefore(before: Date): Promise<number>;
}

/** The JSON body of a delivery. `id` is the event's: every subscription receives the same one. */
export function webhookBody(eventId: string, event: { type: WebhookEventType; occurredAt: Date; data: DomainEvent['data'] | Record<string, unknown> }): string {
  return JSON.stringify({ id: eventId, type: event.type, occurredAt: event.occurredAt.toISOString(), data: event.data });
}

/** The `X-Webhook-Signature` value: HMAC-SHA256 of the exact body bytes, hex, GitHub's `sha256=` form. */
export function signWebhookBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** 5 attempts over about 15 s: 1, 2, 4, 8 s apart. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000 };

/** How long to wait after the `attemptsMade`-th failed attempt (doubling, capped), or null to give up. */
export function retryDelayMs(attemptsMade: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number | null {
  if (attemptsMade >= policy.maxAttempts) {
    return null;
  }
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attemptsMade - 1));
}
