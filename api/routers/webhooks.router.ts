import type { WebhookService } from '../../domain/webhook.service';
import { webhookInputSchema, webhookPatchSchema } from '../../domain/webhook';
import { idParamSchema, pageResponseSchema, problemSchema, sortedPageOf, sortedPageQuerySchema } from '../schemas/common.schemas';
import { deliveryResponseSchema, toDeliveryResponse, toWebhookResponse, webhookCreatedSchema, webhookResponseSchema } from '../schemas/webhook.schemas';
import { defineRoute, type Caller, type RouteSpec } from '../route';
import { z } from 'zod';

/** An admin token sees a webhook's URL whole; a read token without the parts that may carry a secret. */
const isAdmin = (caller: Caller) => caller.kind === 'token' && caller.principal.scope === 'admin';
const notFound = { 404: { description: 'Unknown id', schema: problemSchema } };
const invalid = { 400: { description: 'A bad field: URL not http(s), unknown event, short secret', schema: problemSchema } };

export function webhookRoutes(deps: { webhooks: WebhookService }): RouteSpec[] {
  const { webhooks } = deps;
  return [
    defineRoute({
      method: 'get',
      path: '/webhooks',
      summary: 'List webhook subscriptions with the outcome of their last attempt (never their secret)',
      tag: 'webhooks',
      access: 'read',
      responses: { 200: { description: 'The subscriptions, oldest first', schema: z.object({ items: z.array(webhookResponseSchema) }) } },
      handler: async ({ caller }) => ({ body: { items: (await webhooks.list()).map((item) => toWebhookResponse(item, { fullUrl: isAdmin(caller) })) } }),
    }),
    defineRoute({
      method: 'post',
      path: '/webhooks',
      summary: 'Subscribe a URL to events; the signing secret (given, or generated when omitted) is answered once',
      tag: 'webhooks',
      access: 'admin',
      body: webhookInputSchema,
      responses: { 201: { description: 'Created, with its secret', schema: webhookCreatedSchema }, ...invalid },
      handler: async ({ body, res }) => {
        res.setHeader('Cache-Control', 'no-store');
        const { subscription, secret } = await webhooks.create(body);
        return {
          status: 201,
          headers: { Location: `/api/v1/webhooks/${subscription.id}` },
          body: { ...toWebhookResponse(subscription), secret, message: 'store this secret now to verify X-Webhook-Signature: it is not shown again' },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/webhooks/:id',
      summary: 'Get a webhook subscription (never its secret)',
      tag: 'webhooks',
      access: 'read',
      params: idParamSchema,
      responses: { 200: { description: 'The subscription', schema: webhookResponseSchema }, ...notFound },
      handler: async ({ params, caller }) => ({ body: toWebhookResponse(await webhooks.get(params.id), { fullUrl: isAdmin(caller) }) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/webhooks/:id',
      summary: 'Change the URL, the events or enabled; the secret stays',
      tag: 'webhooks',
      access: 'admin',
      params: idParamSchema,
      body: webhookPatchSchema,
      responses: { 200: { description: 'The changed subscription', schema: webhookResponseSchema }, ...invalid, ...notFound },
      handler: async ({ params, body }) => ({ body: toWebhookResponse(await webhooks.update(params.id, body)) }),
    }),
    defineRoute({
      method: 'delete',
      path: '/webhooks/:id',
      summary: 'Delete a subscription and its deliveries; retries still pending stop',
      tag: 'webhooks',
      access: 'admin',
      params: idParamSchema,
      responses: { 204: { description: 'Deleted' }, ...notFound },
      handler: async ({ params }) => {
        await webhooks.delete(params.id);
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/webhooks/:id/deliveries',
      summary: 'Deliveries of a subscription, newest first unless sorted otherwise: event, status, attempts, last error, next attempt',
      tag: 'webhooks',
      access: 'read',
      params: idParamSchema,
      query: sortedPageQuerySchema('deliveries'),
      responses: { 200: { description: 'A page of deliveries', schema: pageResponseSchema(deliveryResponseSchema) }, 400: { description: 'An unknown sort field or filter value', schema: problemSchema }, ...notFound },
      handler: async ({ params, query }) => {
        const page = await webhooks.deliveries(params.id, sortedPageOf('deliveries', query));
        return { body: { ...page, items: page.items.map(toDeliveryResponse) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/webhooks/:id/ping',
      summary: 'Sends a `ping` event to this subscription now, in the background; follow it in its deliveries',
      tag: 'webhooks',
      access: 'admin',
      params: idParamSchema,
      responses: { 202: { description: 'Queued', schema: deliveryResponseSchema }, 409: { description: 'The subscription is disabled', schema: problemSchema }, ...notFound },
      handler: async ({ params }) => ({ status: 202, body: toDeliveryResponse(await webhooks.ping(params.id)) }),
    }),
  ];
}
