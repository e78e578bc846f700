import path from 'node:path';
import type { Logger } from 'pino';
import { validateConnectionInput } from '../api/schemas/connection.schemas';
import { createSyncBodyPool } from '../api/sync-body';
import { ConnectionTester } from '../collector/connection-tester';
import { createPinger, SystemPinger } from '../collector/probes/ping.probe';
import { ScanRunner } from '../collector/scan-runner';
import { ScanScheduler } from '../collector/scheduler';
import type { Config } from '../config/schema';
import { AgentAccessService } from '../domain/agent-access.service';
import { AgentOfflineWatch } from '../domain/agent-presence';
import { AgentReleaseService } from '../domain/agent-release.service';
import { AgentSyncService } from '../domain/agent-sync.service';
import { NativeAgentService } from '../domain/native-agent.service';
import { AuthService } from '../domain/auth.service';
import type { Clock } from '../domain/clock';
import { ConnectionService } from '../domain/connection.service';
import { DashboardService } from '../domain/dashboard.service';
import { AgentContactCoalescer, EventHub } from '../domain/events';
import { EquipmentService } from '../domain/equipment.service';
import { InventoryService } from '../domain/inventory.service';
import { PendingService } from '../domain/pending.service';
import { RejectionList } from '../domain/rejected-identity';
import { EquipmentIdentityService } from '../domain/equipment-identity.service';
import { EquipmentSplitService } from '../domain/equipment-split.service';
import { ScanService } from '../domain/scan.service';
import { WebhookService } from '../domain/webhook.service';
import { Metrics } from '../observability/metrics';
import { OcsImporter } from '../ocs-import/import.service';
import { OCS_READERS, OcsReadPool } from '../ocs-import/read-pool';
import { OcsFolderWatcher } from '../ocs-import/watcher';
import { AgentTokenSigner, secretFingerprint } from '../security/agent-tokens';
import { apiTokenTools, generateToken, hashSecret, verifySecret } from '../security/hashing';
import type { SecretCipher } from '../security/secret-cipher';
import { ReleaseFileStore } from '../storage/release-files';
import { WebhookDispatcher } from '../webhooks/dispatcher';
import { fetchTransport } from '../webhooks/fetch-transport';
import type { Repositories } from './repositories';

/** What every service is built from: the validated configuration and the process's few singletons. */
export interface CoreContext {
  config: Readonly<Config>;
  clock: Clock;
  logger: Logger;
  secretKey: Buffer;
  cipher: SecretCipher;
  /** OCS reader threads (default: every core but one); 0 reads in the event loop's thread. */
  ocsReaders?: number;
}

/** OCS machines imported at once (by the watcher and by `npm run import`); a machine's own files go one after another. */
export const OCS_MACHINES_AT_ONCE = 6;

/**
 * Builds the domain services and the adapters they drive, wired to the repositories.
 * Nothing starts here: background work is in jobs.ts, the HTTP side in http.ts.
 */
export function createServices(repositories: Repositories, context: CoreContext) {
  const { config, clock, logger, cipher, secretKey } = context;
  const metrics = new Metrics();
  const dispatcher = new WebhookDispatcher({ subscriptions: repositories.webhooks, deliveries: repositories.webhooks, transport: fetchTransport, clock, logger });
  const events = new EventHub(dispatcher, (error) => logger.error({ module: 'events', err: error }, 'a live event listener failed'));
  const rejections = new RejectionList(repositories.inventory, clock);
  const inventory = new InventoryService({ store: repositories.inventory, clock, events, rejections });
  const connections = new ConnectionService(repositories.connections, validateConnectionInput);
  const runner = new ScanRunner({
    scanRuns: repositories.scanRuns,
    equipment: repositories.equipment,
    inventory,
    pinger: createPinger(),
    clock,
    logger,
    onRunFinished: (run) => {
      metrics.scanRuns.inc({ status: run.status });
      events.publish({ type: 'scan.completed', occurredAt: clock.now(), data: { runId: run.id, connectionId: run.connectionId, status: run.status, counts: { ...run.counts } } });
    },
    onProgress: (run) => events.publish({ type: 'scan.progress', occurredAt: clock.now(), data: { runId: run.id, connectionId: run.connectionId, counts: { ...run.counts } } }),
    onHostProbed: (result) => result.steps.forEach((step) => metrics.probes.inc({ probe: step.name, status: step.status })),
    hostsInFlight: metrics.scanHostsInFlight,
  });
  const ocsReaders = context.ocsReaders ?? OCS_READERS;
  const ocsReadPool = new OcsReadPool(Math.max(1, ocsReaders));
  const ocsImporter = new OcsImporter(inventory, repositories.importedFiles, logger, ocsReaders > 0 ? ocsReadPool.read : undefined);
  const watcher = new OcsFolderWatcher(ocsImporter, logger, { ...config.ocs, concurrency: OCS_MACHINES_AT_ONCE, events });
  const agentAccess = new AgentAccessService(
    repositories.agentClients,
    {
      hash: hashSecret,
      verify: verifySecret,
      encrypt: (plain) => cipher.encrypt(plain),
      decrypt: (ciphertext) => cipher.decrypt(ciphertext),
      generate: () => generateToken('', 32),
      fingerprint: secretFingerprint,
    },
    clock,
  );
  // Agent contacts reach the stream coalesced, one event a second at most (heartbeats come by thousands a second).
  const agentSync = new AgentSyncService(repositories.agents, inventory, agentAccess, clock, Math.random, new AgentContactCoalescer(events, clock));
  return {
    clock,
    logger,
    metrics,
    /** Delivers domain events to webhook subscriptions (through `events`). */
    dispatcher,
    /** Where every service that raises events publishes: on to the webhooks, and to the live stream's clients. */
    events,
    inventory,
    connections,
    equipment: new EquipmentService(repositories.equipment, events, clock),
    identities: new EquipmentIdentityService({ store: repositories.inventory, clock, events, rejections }),
    splits: new EquipmentSplitService({ store: repositories.inventory, clock, events }),
    auth: new AuthService(repositories.apiTokens, apiTokenTools, clock, config.adminToken),
    runner,
    scheduler: new ScanScheduler(runner, (id) => repositories.connections.findById(id), logger),
    scans: new ScanService(repositories.scanRuns, connections, runner, clock),
    tester: new ConnectionTester(connections, new SystemPinger(), logger),
    webhooks: new WebhookService(repositories.webhooks, repositories.webhooks, dispatcher, () => generateToken('whsec_', 32), clock),
    ocsReadPool,
    ocsImporter,
    watcher,
    agentAccess,
    agentSync,
    nativeAgents: new NativeAgentService(repositories.agents, agentSync, clock, { inventoryEveryHours: config.agents.inventoryEveryHours, newMachines: config.agents.newMachines }),
    agentTokens: new AgentTokenSigner(secretKey),
    syncBodies: createSyncBodyPool(),
    offlineWatch: new AgentOfflineWatch(repositories.agents, events, clock),
    pending: new PendingService(repositories.agents, repositories.equipment, inventory),
    releases: new AgentReleaseService(repositories.agentReleases, new ReleaseFileStore(path.join(config.dataDir, 'agent-releases')), clock, config.agents.releaseMaxBytes),
    dashboard: new DashboardService({ equipment: repositories.equipment, scanRuns: repositories.scanRuns, connections, imports: watcher, watchers: watcher, webhooks: repositories.webhooks, agents: repositories.agents, fleet: repositories.fleet }),
  };
}

export type Services = ReturnType<typeof createServices>;

/** Releases what the services hold (worker threads, webhook attempts in flight); the reverse of creating them. */
export async function closeServices(services: Services): Promise<void> {
  // Pending deliveries stay in the database and are sent after the next start.
  await services.dispatcher.stop();
  await services.syncBodies.close();
  await services.ocsReadPool.close();
}
