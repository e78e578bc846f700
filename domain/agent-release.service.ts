import semver from 'semver';
import type { Clock } from './clock';
import { DomainError, notFound } from './errors';

/** An agent package operators uploaded, offered to agents of an older version when it is the current one. */
export interface AgentRelease {
  version: string;
  fileName: string;
  sha256: string;
  size: number;
  current: boolean;
  uploadedAt: Date;
}

export interface AgentReleaseStore {
  list(): Promise<AgentRelease[]>;
  findByVersion(version: string): Promise<AgentRelease | null>;
  current(): Promise<AgentRelease | null>;
  /** Inserts the release; with `current`, it alone is marked current, in the same transaction. */
  insert(release: AgentRelease): Promise<void>;
  /** Marks this version alone as current; false when there is no such version. */
  setCurrent(version: string): Promise<boolean>;
}

/** Where the package bytes live: written whole (or not at all), hashed as they stream in. */
export interface ReleaseFiles {
  write(version: string, content: AsyncIterable<Uint8Array>, maxBytes: number): Promise<{ sha256: string; size: number }>;
  remove(version: string): Promise<void>;
  pathOf(version: string): string;
}

export interface ReleaseUpload {
  version: string;
  fileName?: string;
  /** Default true: the upload becomes the version agents are offered. */
  current?: boolean;
}

/** Offered agents compare their version with it at each sync, so it is cached briefly. */
const CURRENT_CACHE_MS = 5_000;
const FILE_NAME = /^[\w][\w.+-]{0,199}$/;

export class AgentReleaseService {
  private cached: { release: AgentRelease | null; at: number } | undefined;
  private reading: Promise<AgentRelease | null> | undefined;

  constructor(
    private readonly store: AgentReleaseStore,
    private readonly files: ReleaseFiles,
    private readonly clock: Clock,
    private readonly maxBytes: number,
  ) {}

  async upload(upload: ReleaseUpload, content: AsyncIterable<Uint8Array>): Promise<AgentRelease> {
    const version = semver.valid(semver.clean(upload.version) ?? '');
    if (!version) {
      throw new DomainError('validation', `version ${JSON.stringify(upload.version)} is not a semantic version such as 1.4.2`, { fields: [{ field: 'version', message: 'must be a semantic version (1.4.2)' }] });
    }
    const fileName = upload.fileName ?? `capture-agent-${version}.tgz`;
    if (!FILE_NAME.test(fileName)) {
      throw new DomainError('validation', 'fileName may hold letters, digits, dot, dash, plus and underscore only', { fields: [{ field: 'fileName', message: 'letters, digits, . - + _ only' }] });
    }
    if (await this.store.findByVersion(version)) {
      throw new DomainError('conflict', `version ${version} was uploaded already: give the new package a new version`);
    }
    const { sha256, size } = await this.files.write(version, content, this.maxBytes);
    if (size === 0) {
      await this.files.remove(version);
      throw new DomainError('validation', 'the package is empty: send its bytes as the request body (application/octet-stream)');
    }
    const release: AgentRelease = { version, fileName, sha256, size, current: upload.current ?? true, uploadedAt: this.clock.now() };
    try {
      await this.store.insert(release);
    } catch (error) {
      // Two uploads of one version raced: the loser's file must not replace the winner's.
      await this.files.remove(version).catch(() => undefined);
      throw error instanceof DomainError && error.code === 'retryable' ? new DomainError('conflict', `version ${version} was uploaded already`) : error;
    }
    this.cached = undefined;
    return release;
  }

  list(): Promise<AgentRelease[]> {
    return this.store.list();
  }

  async setCurrent(version: string): Promise<AgentRelease> {
    if (!(await this.store.setCurrent(version))) {
      throw notFound('agent release', version);
    }
    this.cached = undefined;
    return (await this.store.findByVersion(version)) as AgentRelease;
  }

  /** The current release when it is newer than `agentVersion`; nothing for a version that is not semver. */
  async offerFor(agentVersion: string): Promise<AgentRelease | null> {
    const current = await this.current();
    if (!current) {
      return null;
    }
    const running = semver.valid(semver.coerce(agentVersion, { includePrerelease: true }));
    return running && semver.lt(running, current.version) ? current : null;
  }

  /** The package to download: a version, or the current one. */
  async file(version?: string): Promise<{ release: AgentRelease; path: string }> {
    const release = version === undefined ? await this.store.current() : await this.store.findByVersion(version);
    if (!release) {
      throw version === undefined ? new DomainError('not-found', 'no agent release is current: upload one with POST /api/v1/agent-releases') : notFound('agent release', version);
    }
    return { release, path: this.files.pathOf(release.version) };
  }

  private async current(): Promise<AgentRelease | null> {
    const now = this.clock.now().getTime();
    if (!this.cached || now - this.cached.at > CURRENT_CACHE_MS) {
      // One read for all the syncs that find the cache expired at once.
      this.reading ??= this.store.current().finally(() => {
        this.reading = undefined;
      });
      this.cached = { release: await this.reading, at: now };
    }
    return this.cached.release;
  }
}
