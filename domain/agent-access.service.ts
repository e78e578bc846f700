import { createHash, randomUUID } from 'node:crypto';
import { DEFAULT_AGENT_CLIENT_ID, secretWeakness, type AgentApiClient, type AgentApiStatus, type AgentTokenClaims } from './agent-access';
import type { Clock } from './clock';
import { DomainError } from './errors';

export interface AgentClientStore {
  /** The current configuration and the secondary one, if any. */
  list(): Promise<AgentApiClient[]>;
  save(client: AgentApiClient): Promise<void>;
  remove(id: string): Promise<void>;
  /** Agents whose last sync used this client ID. */
  countAgentsUsing(clientId: string): Promise<number>;
}

/** Hashing, encryption and generation of client secrets (security/ provides them). */
export interface SecretTools {
  hash(secret: string): Promise<string>;
  verify(secret: string, hash: string): Promise<boolean>;
  encrypt(plain: string): string;
  decrypt(ciphertext: string): string;
  generate(): string;
  fingerprint(secretHash: string): string;
}

export interface AgentApiConfiguration {
  url: string | null;
  clientId: string;
  status: AgentApiStatus;
  secretSet: boolean;
  secondary: { url: string; clientId: string; agentsSwitched: number } | null;
}

/** A secret answered once; only its hash is kept. */
export interface IssuedCredentials {
  url: string | null;
  clientId: string;
  clientSecret: string;
}

const CACHE_MS = 5000;

/**
 * The agent API access: one current client (ID `office-agent`), a secondary one
 * during a rollover, Active/Inactive. Clients are cached briefly so that checking
 * an agent's token costs no database read per request; every change here clears it.
 */
export class AgentAccessService {
  private cache: { at: number; clients: AgentApiClient[] } | undefined;
  /** Per client secret hash, the SHA-256 of the secret that passed scrypt: HTTP Basic agents send it on every request. */
  private readonly verifiedSecrets = new Map<string, string>();
  private refreshing: Promise<void> | undefined;
  /** Fingerprints of the cached clients' secret hashes: checking a token would hash one on every sync otherwise. */
  private readonly fingerprints = new Map<string, string>();

  constructor(
    private readonly store: AgentClientStore,
    private readonly secrets: SecretTools,
    private readonly clock: Clock,
  ) {}

  async configuration(): Promise<AgentApiConfiguration> {
    const { current, secondary } = await this.clients();
    return {
      url: current.url,
      clientId: current.clientId,
      status: current.status,
      secretSet: current.secretHash !== null,
      secondary: secondary ? { url: secondary.url ?? '', clientId: secondary.clientId, agentsSwitched: await this.store.countAgentsUsing(secondary.clientId) } : null,
    };
  }

  /** A new strong secret for the current client; the previous one (and its tokens) stop working at once. */
  async generateSecret(): Promise<IssuedCredentials & { replacedPrevious: boolean }> {
    const { current } = await this.clients();
    const clientSecret = this.secrets.generate();
    await this.save({ ...current, secretHash: await this.secrets.hash(clientSecret), updatedAt: this.clock.now() });
    return { url: current.url, clientId: current.clientId, clientSecret, replacedPrevious: current.secretHash !== null };
  }

  async setStatus(status: AgentApiStatus): Promise<void> {
    const { current, secondary } = await this.clients();
    for (const client of [current, secondary]) {
      if (client) {
        await this.save({ ...client, status, updatedAt: this.clock.now() });
      }
    }
  }

  /** The new configuration agents learn at their next sync; both work until it is promoted. */
  async setSecondary(input: { url: string; clientId: string; clientSecret: string }): Promise<AgentApiConfiguration> {
    const weakness = secretWeakness(input.clientSecret);
    if (weakness) {
      throw new DomainError('validation', `clientSecret ${weakness}`, { fields: [{ field: 'clientSecret', message: weakness }] });
    }
    const { current, secondary } = await this.clients();
    if (input.clientId === current.clientId) {
      throw new DomainError('conflict', `client ID ${input.clientId} is already in use by the current configuration`);
    }
    const now = this.clock.now();
    await this.save({
      id: secondary?.id ?? randomUUID(),
      clientId: input.clientId,
      secretHash: await this.secrets.hash(input.clientSecret),
      secretCiphertext: this.secrets.encrypt(input.clientSecret),
      status: current.status,
      role: 'secondary',
      url: input.url,
      createdAt: secondary?.createdAt ?? now,
      updatedAt: now,
    });
    return this.configuration();
  }

  /** The secondary configuration becomes the current one; the old one stops working. */
  async promoteSecondary(): Promise<AgentApiConfiguration> {
    const { current, secondary } = await this.clients();
    if (!secondary) {
      throw new DomainError('conflict', 'there is no secondary configuration to promote (PUT /api/v1/agent-api/secondary first)');
    }
    await this.store.remove(current.id);
    await this.save({ ...secondary, role: 'current', secretCiphertext: null, updatedAt: this.clock.now() });
    return this.configuration();
  }

  /** Client credentials to a client, or why not (`invalid_client` / Inactive). */
  async authenticate(clientId: string, clientSecret: string): Promise<{ client: AgentApiClient; secretFingerprint: string }> {
    const client = (await this.cachedClients()).find((candidate) => candidate.clientId === clientId);
    if (!client?.secretHash || !(await this.secrets.verify(clientSecret, client.secretHash))) {
      throw new DomainError('unauthenticated', client && !client.secretHash ? 'no client secret has been generated yet' : 'unknown client ID or wrong client secret');
    }
    this.assertActive(client);
    return { client, secretFingerprint: this.secrets.fingerprint(client.secretHash) };
  }

  /**
   * Client credentials sent with every request (HTTP Basic: the OCS, FusionInventory and GLPI
   * agents have no token step). scrypt runs once per secret; after that a SHA-256 comparison
   * stands for it until the secret changes. Wrong secrets always pay scrypt.
   */
  async authenticateEachRequest(clientId: string, clientSecret: string): Promise<AgentApiClient> {
    const client = (await this.cachedClients()).find((candidate) => candidate.clientId === clientId);
    const digest = createHash('sha256').update(clientSecret).digest('base64');
    if (client?.secretHash && this.verifiedSecrets.get(client.secretHash) === digest) {
      this.assertActive(client);
      return client;
    }
    const { client: verified } = await this.authenticate(clientId, clientSecret);
    if (verified.secretHash) {
      this.verifiedSecrets.set(verified.secretHash, digest);
    }
    return verified;
  }

  /** The client anonymous agents count as, when an operator lets them in (agents.anonymousIntake): the current one, refused while Inactive. */
  async anonymousClient(): Promise<AgentApiClient> {
    const { current } = await this.clients();
    this.assertActive(current);
    return current;
  }

  /** The client a verified token speaks for, if its secret is still the one the token was issued for. */
  async clientForToken(claims: AgentTokenClaims): Promise<AgentApiClient> {
    const client = (await this.cachedClients()).find((candidate) => candidate.clientId === claims.clientId);
    if (!client?.secretHash || this.fingerprintOf(client.secretHash) !== claims.secretFingerprint) {
      throw new DomainError('unauthenticated', 'the client secret this token was issued for has been replaced: request a new token');
    }
    this.assertActive(client);
    return client;
  }

  /** What an agent that signed in as `clientId` should switch to, if a rollover is under way. */
  async configUpdateFor(clientId: string): Promise<IssuedCredentials | undefined> {
    const secondary = (await this.cachedClients()).find((client) => client.role === 'secondary');
    if (!secondary || secondary.clientId === clientId || !secondary.secretCiphertext) {
      return undefined;
    }
    return { url: secondary.url, clientId: secondary.clientId, clientSecret: this.secrets.decrypt(secondary.secretCiphertext) };
  }

  private assertActive(client: AgentApiClient): void {
    if (client.status !== 'Active') {
      throw new DomainError('forbidden', 'the agent API access is Inactive: inventories are not accepted until an administrator sets it Active');
    }
  }

  private async save(client: AgentApiClient): Promise<void> {
    this.cache = undefined;
    this.verifiedSecrets.clear();
    await this.store.save(client);
    this.cache = undefined;
  }

  private fingerprintOf(secretHash: string): string {
    let fingerprint = this.fingerprints.get(secretHash);
    if (fingerprint === undefined) {
      fingerprint = this.secrets.fingerprint(secretHash);
      this.fingerprints.set(secretHash, fingerprint);
    }
    return fingerprint;
  }

  private async cachedClients(): Promise<AgentApiClient[]> {
    const now = Date.now();
    if (!this.cache || now - this.cache.at > CACHE_MS) {
      // One read for all the syncs that find the cache expired at once (thousands a second).
      this.refreshing ??= this.clients()
        .then(() => undefined)
        .finally(() => {
          this.refreshing = undefined;
        });
      await this.refreshing;
    }
    return this.cache?.clients ?? [];
  }

  /** The current client (created on first use, Active, without a secret) and the secondary. */
  private async clients(): Promise<{ current: AgentApiClient; secondary: AgentApiClient | undefined }> {
    let clients = await this.store.list();
    if (!clients.some((client) => client.role === 'current')) {
      const now = this.clock.now();
      // Two first requests at once: the unique client ID lets one insert win; both then read it.
      await this.store
        .save({ id: randomUUID(), clientId: DEFAULT_AGENT_CLIENT_ID, secretHash: null, secretCiphertext: null, status: 'Active', role: 'current', url: null, createdAt: now, updatedAt: now })
        .catch(() => undefined);
      clients = await this.store.list();
    }
    this.cache = { at: Date.now(), clients };
    this.fingerprints.clear();
    return { current: clients.find((client) => client.role === 'current') as AgentApiClient, secondary: clients.find((client) => client.role === 'secondary') };
  }
}
