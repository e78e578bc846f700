import type { Logger } from 'pino';
import type { InventoryDocument } from '../../contracts/inventory-document';
import { hashDocument } from '../../contracts/inventory-hash';
import { loadConfig, saveConfig, type AgentConfig, type PortalConnection } from './config';
import type { AgentPaths } from './paths';
import type { PortalClient, SyncAnswer, SyncRequestBody } from './portal-client';
import { PortalError } from './portal-http';
import { decideSync, type SyncDecision } from './sync-decision';
import { loadState, saveState, type AgentState } from './state';
import type { UpdateOutcome } from './update';
import { AGENT_VERSION } from './version';

/** The agent's source of "now" (a test moves it). */
export interface Clock {
  now(): Date;
}

export interface SyncDependencies {
  paths: AgentPaths;
  clock: Clock;
  logger: Logger;
  collect: () => Promise<InventoryDocument>;
  /** A client for the configuration's proxy and CA settings. */
  portalFor: (config: AgentConfig) => PortalClient;
  /** Applies an `agentUpdate` offer; absent where updates are not applied. */
  applyUpdate?: (offer: NonNullable<SyncAnswer['agentUpdate']>, download: { portal: PortalClient; token: string }) => Promise<UpdateOutcome>;
}

export interface SyncOutcome {
  ok: boolean;
  /** heartbeat / full when it worked; the failure's kind otherwise. */
  kind: string;
  message: string;
  serverUrl?: string;
  nextCheckSeconds?: number;
  update?: UpdateOutcome;
}

type Attempt = { ok: true; answer: SyncAnswer; sent: SyncDecision['send']; token: string } | { ok: false; error: PortalError };

/**
 * One collection and sync: collect, decide heartbeat or full, send it through the
 * secondary configuration first when one is announced (adopting it once it works),
 * else the current one; then record what the portal accepted and act on its answer.
 */
export async function syncOnce(deps: SyncDependencies): Promise<SyncOutcome> {
  const { paths, logger } = deps;
  const config = await loadConfig(paths.configFile);
  const state = await loadState(paths.stateFile);
  if (!config.current) {
    return finish(deps, state, { ok: false, kind: 'not-configured', message: 'no portal configuration: give PORTALURL1, CLIENTID and CLIENTSECRET' });
  }
  const now = deps.clock.now();
  let document: InventoryDocument;
  const collectionStartedAt = performance.now();
  try {
    document = await deps.collect();
  } catch (error) {
    logger.error({ err: error }, 'inventory collection failed');
    return finish(deps, state, { ok: false, kind: 'collection', message: `inventory collection failed: ${(error as Error).message}` });
  }
  const inventoryHash = hashDocument(document);
  logger.info({ durationMs: Math.round(performance.now() - collectionStartedAt), machine: document.identity.hostname, software: document.software?.length ?? 0, inventoryHash }, 'inventory collected');

  const decision = decideSync({ inventoryHash: state.lastInventoryHash, fullSyncAt: state.lastFullSyncAt }, inventoryHash, now);
  logger.info({ send: decision.send, reason: decision.reason }, `sync decision: ${decision.send}`);
  const body: SyncRequestBody = {
    uuid: state.agentUuid,
    agentVersion: AGENT_VERSION,
    status: state.lastResult && !state.lastResult.ok ? `recovering: ${state.lastResult.kind}`.slice(0, 64) : 'OK',
    date: now.toISOString(),
    inventoryHash,
  };
  const portal = deps.portalFor(config);

  let used: PortalConnection = config.current;
  let attempt: Attempt | undefined;
  if (config.secondary) {
    const secondary = config.secondary;
    attempt = await attemptSync(portal, secondary, body, document, decision, logger);
    if (attempt.ok) {
      logger.info({ url: secondary.url, clientId: secondary.clientId, previousUrl: config.current.url }, 'the secondary configuration works: it replaces the current one');
      config.current = { url: secondary.url, clientId: secondary.clientId, clientSecret: secondary.clientSecret };
      config.secondary = undefined;
      used = config.current;
    } else {
      logger.warn({ url: secondary.url, kind: attempt.error.kind, cause: attempt.error.message }, 'the secondary configuration does not work yet: keeping the current one, it will be tried again at the next sync');
      config.secondary = { ...secondary, lastTriedAt: now.toISOString(), lastError: `${attempt.error.kind}: ${attempt.error.message}`.slice(0, 2048) };
      attempt = undefined;
    }
    await saveConfig(paths.configFile, config);
  }
  attempt ??= await attemptSync(portal, used, body, document, decision, logger);
  if (!attempt.ok) {
    logger.error({ url: used.url, kind: attempt.error.kind, status: attempt.error.status, cause: attempt.error.message }, `sync failed: ${attempt.error.kind}`);
    return finish(deps, state, { ok: false, kind: attempt.error.kind, message: attempt.error.message, serverUrl: used.url });
  }

  const { answer, sent } = attempt;
  state.lastSyncAt = now.toISOString();
  if (sent === 'full') {
    state.lastFullSyncAt = now.toISOString();
    state.lastInventoryHash = inventoryHash;
  }
  await rememberAnnouncedConfiguration(deps, config, used, answer, now);
  const outcome: SyncOutcome = { ok: true, kind: sent, message: `${sent === 'full' ? 'full inventory' : 'heartbeat'} accepted by ${used.url}`, serverUrl: used.url, nextCheckSeconds: answer.nextCheckSeconds };
  logger.info({ url: used.url, sent, nextCheckSeconds: answer.nextCheckSeconds }, outcome.message);
  await finish(deps, state, outcome);
  if (answer.agentUpdate) {
    outcome.update = await offerUpdate(deps, state, answer.agentUpdate, { portal, token: attempt.token });
  }
  return outcome;
}

async function attemptSync(portal: PortalClient, connection: PortalConnection, body: SyncRequestBody, document: InventoryDocument, decision: SyncDecision, logger: Logger): Promise<Attempt> {
  try {
    const token = await portal.requestToken(connection);
    let sent = decision.send;
    let answer = await portal.sync(connection, token, sent === 'full' ? { ...body, inventory: document } : body);
    if (answer.inventoryRequired && sent === 'heartbeat') {
      logger.info({ url: connection.url }, 'sync decision: full (the portal holds no inventory of this agent and asked for it)');
      sent = 'full';
      answer = await portal.sync(connection, token, { ...body, inventory: document });
    }
    return { ok: true, answer, sent, token };
  } catch (error) {
    if (error instanceof PortalError) {
      return { ok: false, error };
    }
    throw error;
  }
}

/** A `configUpdate` is kept beside the current configuration, to be tried at the next sync. */
async function rememberAnnouncedConfiguration(deps: SyncDependencies, config: AgentConfig, used: PortalConnection, answer: SyncAnswer, now: Date): Promise<void> {
  const announced = answer.configUpdate;
  if (!announced) {
    return;
  }
  const url = (announced.url ?? used.url).replace(/\/+$/, '');
  const known = config.secondary;
  if (known && known.url === url && known.clientId === announced.clientId && known.clientSecret === announced.clientSecret) {
    return;
  }
  config.secondary = { url, clientId: announced.clientId, clientSecret: announced.clientSecret, receivedAt: now.toISOString() };
  await saveConfig(deps.paths.configFile, config);
  deps.logger.info({ url, clientId: announced.clientId }, 'the portal announced a new configuration: kept beside the current one, tried at the next sync');
}

async function offerUpdate(deps: SyncDependencies, state: AgentState, offer: NonNullable<SyncAnswer['agentUpdate']>, download: { portal: PortalClient; token: string }): Promise<UpdateOutcome> {
  if (!deps.applyUpdate) {
    deps.logger.info({ version: offer.version }, `agent ${offer.version} is available; this agent does not update itself here`);
    return { applied: false, reason: 'not-installed', message: 'updates are applied by installed agents only' };
  }
  const outcome = await deps.applyUpdate(offer, download);
  state.lastUpdate = { version: offer.version, at: deps.clock.now().toISOString(), ok: outcome.applied, message: outcome.message.slice(0, 4096) };
  await saveState(deps.paths.stateFile, state);
  return outcome;
}

async function finish(deps: SyncDependencies, state: AgentState, outcome: SyncOutcome): Promise<SyncOutcome> {
  state.lastResult = { at: deps.clock.now().toISOString(), ok: outcome.ok, kind: outcome.kind, message: outcome.message.slice(0, 4096), ...(outcome.serverUrl ? { serverUrl: outcome.serverUrl } : {}) };
  await saveState(deps.paths.stateFile, state);
  return outcome;
}
