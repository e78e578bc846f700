import { In, LessThan, type DataSource, type Repository } from 'typeorm';
import type { DomainEventType } from '../../domain/events';
import type { SortField } from '../../domain/list-sort';
import type { Page, SortedPageRequest } from '../../domain/ports';
import type {
  DeliveryStatus,
  QueuedDelivery,
  WebhookDelivery,
  WebhookDeliveryStore,
  WebhookEventType,
  WebhookPatch,
  WebhookStore,
  WebhookSubscription,
  WebhookTarget,
} from '../../domain/webhook';
import type { SecretCipher } from '../../security/secret-cipher';
import { WebhookDeliveryEntity } from '../entities/webhook-delivery.entity';
import { WebhookSubscriptionEntity } from '../entities/webhook-subscription.entity';
import type { Transactor } from '../transactor';
import { orderedBy, type SortColumns } from './sorting';

const DELIVERY_SORTS: SortColumns<'deliveries'> = { createdAt: { column: 'created_at' }, status: { column: 'status' }, eventType: { column: 'event_type' } };

/** Webhook subscriptions, secrets encrypted at rest (the server needs them back to sign), and their deliveries. */
/** How long the enabled subscriptions are reused for fan-out when nothing here changed them (another server may have). */
const TARGETS_CACHE_MS = 2_000;

export class TypeormWebhookRepository implements WebhookStore, WebhookDeliveryStore {
  private readonly subscriptions: Repository<WebhookSubscriptionEntity>;
  private readonly deliveries: Repository<WebhookDeliveryEntity>;

  private enabled: { rows: WebhookSubscriptionEntity[]; at: number } | undefined;

  constructor(
    dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly cipher: SecretCipher,
  ) {
    this.subscriptions = dataSource.getRepository(WebhookSubscriptionEntity);
    this.deliveries = dataSource.getRepository(WebhookDeliveryEntity);
  }

  async create(subscription: WebhookSubscription, secret: string): Promise<void> {
    const row: WebhookSubscriptionEntity = { ...subscription, secretEncrypted: this.cipher.encrypt(secret) };
    await this.transactor.run((manager) => manager.insert(WebhookSubscriptionEntity, row));
    this.enabled = undefined;
  }

  async list(): Promise<WebhookSubscription[]> {
    return (await this.subscriptions.find({ order: { createdAt: 'ASC' } })).map(toSubscription);
  }

  async findById(id: string): Promise<WebhookSubscription | null> {
    const row = await this.subscriptions.findOneBy({ id });
    return row && toSubscription(row);
  }

  async update(id: string, patch: WebhookPatch): Promise<WebhookSubscription | null> {
    const row = await this.transactor.run(async (manager) => {
      const existing = await manager.findOneBy(WebhookSubscriptionEntity, { id });
      if (!existing) {
        return null;
      }
      const changed = { ...existing, ...patch };
      await manager.save(WebhookSubscriptionEntity, changed);
      return changed;
    });
    this.enabled = undefined;
    return row && toSubscription(row);
  }

  async delete(id: string): Promise<boolean> {
    // Deliveries go with it (foreign key ON DELETE CASCADE).
    const result = await this.transactor.run((manager) => manager.delete(WebhookSubscriptionEntity, { id }));
    this.enabled = undefined;
    return (result.affected ?? 0) > 0;
  }

  async targetsFor(type: DomainEventType): Promise<WebhookTarget[]> {
    // Asked once per event (hundreds a second when agents flood in): the enabled subscriptions are kept
    // a moment, and forgotten at once when this process changes one. Events are a JSON list in a text
    // column, filtered here: there are few subscriptions.
    const now = Date.now();
    if (!this.enabled || now - this.enabled.at > TARGETS_CACHE_MS) {
      this.enabled = { rows: await this.subscriptions.findBy({ enabled: true }), at: now };
    }
    return this.enabled.rows.filter((row) => row.events.includes(type)).map((row) => this.toTarget(row));
  }

  async findTarget(id: string): Promise<WebhookTarget | null> {
    const row = await this.subscriptions.findOneBy({ id });
    return row && this.toTarget(row);
  }

  async add(deliveries: readonly QueuedDelivery[]): Promise<void> {
    await this.transactor.run((manager) => manager.insert(WebhookDeliveryEntity, deliveries.map((delivery) => ({ ...delivery }))));
  }

  async recordAttempt(delivery: WebhookDelivery, attemptedAt: Date): Promise<void> {
    const { id, subscriptionId, status, attempts, lastStatus, lastError, nextAttemptAt, finishedAt } = delivery;
    await this.transactor.run(async (manager) => {
      await manager.update(WebhookDeliveryEntity, { id }, { status, attempts, lastStatus, lastError, nextAttemptAt, finishedAt });
      await manager
        .createQueryBuilder()
        .update(WebhookSubscriptionEntity)
        .set({ attempts: () => 'attempts + 1', lastStatus, lastError, lastAttemptAt: attemptedAt })
        .where('id = :id', { id: subscriptionId })
        .execute();
    });
  }

  async listBySubscription(subscriptionId: string, page: SortedPageRequest<SortField<'deliveries'>>): Promise<Page<WebhookDelivery>> {
    const columns = this.deliveries.metadata.columns.map((column) => column.propertyName).filter((property) => property !== 'body');
    const query = this.deliveries
      .createQueryBuilder('d')
      .select(columns.map((property) => `d.${property}`))
      .where('d.subscription_id = :subscriptionId', { subscriptionId });
    const [rows, total] = await orderedBy(query, 'deliveries', DELIVERY_SORTS, page.sort).take(page.limit).skip(page.offset).getManyAndCount();
    return { items: rows.map(toDelivery), total, limit: page.limit, offset: page.offset };
  }

  async listPending(limit: number): Promise<QueuedDelivery[]> {
    const rows = await this.deliveries.find({ where: { status: 'pending' }, order: { nextAttemptAt: 'ASC' }, take: limit });
    return rows.map((row) => ({ ...toDelivery(row), body: row.body }));
  }

  async deleteFinishedBefore(before: Date): Promise<number> {
    const result = await this.transactor.run((manager) => manager.delete(WebhookDeliveryEntity, { status: In(['delivered', 'failed']), finishedAt: LessThan(before) }));
    return result.affected ?? 0;
  }

  private toTarget(row: WebhookSubscriptionEntity): WebhookTarget {
    return { id: row.id, url: row.url, events: row.events as DomainEventType[], enabled: row.enabled, secret: this.cipher.decrypt(row.secretEncrypted) };
  }
}

function toSubscription(row: WebhookSubscriptionEntity): WebhookSubscription {
  const { secretEncrypted: _secret, ...subscription } = row;
  return { ...subscription, events: row.events as DomainEventType[] };
}

function toDelivery(row: WebhookDeliveryEntity): WebhookDelivery {
  const { body: _body, ...delivery } = row;
  return { ...delivery, eventType: row.eventType as WebhookEventType, status: row.status as DeliveryStatus };
}
