import { randomUUID } from 'node:crypto';
import type { Clock } from './clock';
import { DomainError, notFound } from './errors';
import type { Page, SortedPageRequest } from './ports';
import type { SortField } from './list-sort';
import type { WebhookDelivery, WebhookDeliveryStore, WebhookInput, WebhookPatch, WebhookStore, WebhookSubscription } from './webhook';

/** Sends a test delivery to one subscription (the dispatcher does). */
export interface WebhookPinger {
  ping(subscription: WebhookSubscription): Promise<WebhookDelivery>;
}

/** Webhook subscriptions: the operator's side. Secrets are answered once, at creation, and never again. */
export class WebhookService {
  constructor(
    private readonly store: WebhookStore,
    private readonly deliveryStore: WebhookDeliveryStore,
    private readonly pinger: WebhookPinger,
    private readonly generateSecret: () => string,
    private readonly clock: Clock,
  ) {}

  async create(input: WebhookInput): Promise<{ subscription: WebhookSubscription; secret: string }> {
    const secret = input.secret ?? this.generateSecret();
    const subscription: WebhookSubscription = {
      id: randomUUID(),
      url: input.url,
      events: input.events,
      enabled: input.enabled,
      lastStatus: null,
      lastError: null,
      lastAttemptAt: null,
      attempts: 0,
      createdAt: this.clock.now(),
    };
    await this.store.create(subscription, secret);
    return { subscription, secret };
  }

  list(): Promise<WebhookSubscription[]> {
    return this.store.list();
  }

  async get(id: string): Promise<WebhookSubscription> {
    const found = await this.store.findById(id);
    if (!found) {
      throw notFound('webhook', id);
    }
    return found;
  }

  async update(id: string, patch: WebhookPatch): Promise<WebhookSubscription> {
    const updated = await this.store.update(id, patch);
    if (!updated) {
      throw notFound('webhook', id);
    }
    return updated;
  }

  async delete(id: string): Promise<void> {
    if (!(await this.store.delete(id))) {
      throw notFound('webhook', id);
    }
  }

  async deliveries(id: string, page: SortedPageRequest<SortField<'deliveries'>>): Promise<Page<WebhookDelivery>> {
    await this.get(id);
    return this.deliveryStore.listBySubscription(id, page);
  }

  async ping(id: string): Promise<WebhookDelivery> {
    const subscription = await this.get(id);
    if (!subscription.enabled) {
      throw new DomainError('conflict', `webhook ${id} is disabled: enable it to send a ping`);
    }
    return this.pinger.ping(subscription);
  }
}
