import { redactUrl, redactUrlsIn } from '../../lib/redact';
import { z } from 'zod';
import { DOMAIN_EVENT_TYPES } from '../../domain/events';
import type { WebhookDelivery, WebhookSubscription } from '../../domain/webhook';

export const webhookResponseSchema = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.enum(DOMAIN_EVENT_TYPES)),
  enabled: z.boolean(),
  lastStatus: z.number().int().nullable().describe('HTTP status of the last attempt; null when it got no answer'),
  lastError: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  attempts: z.number().int().describe('Every POST made to this URL, retries included'),
  createdAt: z.string(),
});

export const webhookCreatedSchema = webhookResponseSchema.extend({
  secret: z.string().describe('The signing secret, answered this once'),
  message: z.string(),
});

export const deliveryResponseSchema = z.object({
  id: z.string().describe('The X-Webhook-Delivery header'),
  eventId: z.string().describe('The body’s id, the same for every subscription'),
  eventType: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

/** `fullUrl`: an admin sees the URL as stored; a read-scope token sees it without userinfo or query, which may carry tokens. */
export function toWebhookResponse(subscription: WebhookSubscription, options: { fullUrl: boolean } = { fullUrl: true }): z.infer<typeof webhookResponseSchema> {
  return {
    ...subscription,
    url: options.fullUrl ? subscription.url : redactUrl(subscription.url),
    lastError: subscription.lastError === null ? null : redactUrlsIn(subscription.lastError),
    lastAttemptAt: subscription.lastAttemptAt?.toISOString() ?? null,
    createdAt: subscription.createdAt.toISOString(),
  };
}

export function toDeliveryResponse(delivery: WebhookDelivery): z.infer<typeof deliveryResponseSchema> {
  const { subscriptionId: _subscription, ...rest } = delivery;
  return {
    ...rest,
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
    finishedAt: delivery.finishedAt?.toISOString() ?? null,
  };
}
