import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { InventoryDocument } from '../../contracts/inventory-document';
import type { CorpusPeers } from './corpus-peers';
import type { Json, TestServer } from './server';

/** An OCS file: its bytes and when OCS received it (the file's modification time). */
export interface OcsInput {
  xml: string | Buffer;
  /** ISO time, set with utimes: it orders one machine's inventories. */
  at: string;
  /** Default `<DEVICEID>.ocs`, read from the XML. */
  fileName?: string;
}

/** How many files a folder or the CLI imported, recognised as already imported, or rejected. */
export interface FileCounts { imported: number; duplicate: number; rejected: number }

export type Step =
  /** Files moved into an ocs connection's watched folder (written aside, dated, then renamed in), all at once. */
  | { id: string; ocsFile: OcsInput | readonly OcsInput[]; folder?: 'a' | 'b' }
  /** `node --import tsx cli/import.ts <file>` against the spec's database, as `npm run import` runs. */
  | { id: string; ocsCli: OcsInput }
  /**
   * A push agent's token and sync (`syncs` of them at once). An agent not associated yet lands in
   * the pending queue; then the operator creates its equipment (`creates` clicks at once) or
   * associates it with the equipment step `associate` landed on. An associated agent's sync is reconciled.
   */
  | { id: string; push: InventoryDocument; agent: string; syncs?: number; creates?: number; associate?: string }
  /** A run of a network connection (`a` or `b`) over these corpus peers. */
  | { id: string; scan: readonly string[]; connection?: 'a' | 'b' }
  /** Steps sent at the same time. */
  | { id: string; together: readonly Step[] };

/** A history entry as the API answers it, with the equipment holding it now. */
export interface SeenEntry { id: number; equipmentId: string; source: string; connectionId: string | null; decision: string; explanation: Json }

const DEVICE_ID = /<DEVICEID>([^<]+)<\/DEVICEID>/;
const CLI_TIMEOUT_MS = 60_000;
const REPOSITORY = path.resolve(__dirname, '..', '..');

/** The ways in of one scenario run on one server: each creates the connections, secrets and files it needs. */
export class ScenarioWays {
  private readonly ocsFolders = new Map<string, { id: string; folder: string }>();
  private readonly networks = new Map<string, string>();
  private secret: Promise<string> | undefined;
  private readonly associated = new Set<string>();
  private staged = 0;
  /** What each step's files came to. */
  readonly fileCounts = new Map<string, FileCounts>();
  /** What a push step's syncs, then its creates or association, were answered. */
  readonly statuses = new Map<string, number[]>();

  constructor(
    private readonly server: TestServer,
    private readonly peers: CorpusPeers | undefined,
    /** The equipment a step landed on, for `associate`. */
    private readonly equipmentOf: (stepId: string) => Promise<string>,
  ) {}

  /** Which (source, connection) the history entries of a step carry: how entries of steps sent together are told apart. */
  sourceOf(step: Step): string {
    if ('ocsFile' in step) {
      return `ocs/${this.ocsFolders.get(step.folder ?? 'a')?.id ?? '?'}`;
    }
    if ('ocsCli' in step) {
      return 'ocs/';
    }
    if ('push' in step) {
      return 'push-agent/';
    }
    if ('scan' in step) {
      return `snmp/${this.networks.get(step.connection ?? 'a') ?? '?'}`;
    }
    return 'together';
  }

  async run(step: Step): Promise<void> {
    if ('ocsFile' in step) {
      return this.dropFiles(step.id, Array.isArray(step.ocsFile) ? step.ocsFile : [step.ocsFile as OcsInput], step.folder ?? 'a');
    }
    if ('ocsCli' in step) {
      return this.runCli(step.id, step.ocsCli);
    }
    if ('push' in step) {
      return this.pushAgent(step);
    }
    if ('scan' in step) {
      return this.scan(step.scan, step.connection ?? 'a');
    }
    // Connections are made first, so that every part starts at once.
    await Promise.all(step.together.map((part) => this.prepare(part)));
    await Promise.all(step.together.map((part) => this.run(part)));
  }

  private async prepare(step: Step): Promise<void> {
    if ('ocsFile' in step) {
      await this.ocsFolder(step.folder ?? 'a');
    } else if ('scan' in step) {
      await this.network(step.connection ?? 'a', step.scan);
    } else if ('push' in step) {
      await this.agentSecret();
    }
  }

  /** A file written aside with its time set, ready to be moved in whole. */
  private stage(input: OcsInput): { file: string; name: string } {
    const dir = path.join(this.server.database.dataDir, 'staging', String(this.staged++));
    mkdirSync(dir, { recursive: true });
    const name = input.fileName ?? `${DEVICE_ID.exec(input.xml.toString())?.[1] ?? 'unnamed'}.ocs`;
    const file = path.join(dir, name);
    writeFileSync(file, input.xml);
    const at = new Date(input.at);
    utimesSync(file, at, at);
    return { file, name };
  }

  private async ocsFolder(name: string): Promise<{ id: string; folder: string }> {
    const known = this.ocsFolders.get(name);
    if (known) {
      return known;
    }
    const folder = path.join(this.server.database.dataDir, `ocs-${name}`);
    mkdirSync(folder, { recursive: true });
    const created = await this.server.call('/api/v1/connections', { method: 'POST', json: { name: `ocs ${name}`, type: 'ocs', ocs: { path: folder, afterImport: 'archive' } } });
    assert.equal(created.status, 201, await created.clone().text());
    const entry = { id: (await created.json()).id as string, folder };
    this.ocsFolders.set(name, entry);
    await this.watcherSees(entry);
    return entry;
  }

  /**
   * Waits until the folder's watcher notices files: one moved in during the first milliseconds after the connection
   * is saved is only noticed when the folder next changes (seen 2 to 3 times in 10 with a 1 ms delay), which is not what
   * this corpus is about. A probe is written, and another if the first goes unnoticed (which brings both in); they are
   * no inventories (QUERY PROLOG), so they are only counted as rejected, all of them before the first step.
   */
  private async watcherSees({ id, folder }: { id: string; folder: string }): Promise<void> {
    const deadline = Date.now() + 10_000;
    let written = 0;
    let writtenAt = 0;
    for (;;) {
      const counts = await this.importCounts(id);
      if (written > 0 && counts.rejected === written && counts.pending === 0) {
        return;
      }
      assert.ok(Date.now() < deadline, `the watcher of ${folder} noticed ${counts.rejected} of ${written} probe files`);
      if (counts.rejected === 0 && Date.now() - writtenAt > 1000) {
        writeFileSync(path.join(folder, `watcher-probe-${written++}.xml`), '<?xml version="1.0" encoding="UTF-8"?>\n<REQUEST><DEVICEID>probe</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>\n');
        writtenAt = Date.now();
      }
      await sleep(20);
    }
  }

  private async importCounts(connectionId: string): Promise<FileCounts & { pending: number }> {
    return (await this.server.call(`/api/v1/connections/${connectionId}/imports`)).json();
  }

  private async dropFiles(stepId: string, inputs: readonly OcsInput[], folderName: string): Promise<void> {
    const { id, folder } = await this.ocsFolder(folderName);
    const before = await this.importCounts(id);
    const staged = inputs.map((input) => this.stage(input));
    for (const { file, name } of staged) {
      renameSync(file, path.join(folder, name));
    }
    const done = (counts: FileCounts) => counts.imported + counts.duplicate + counts.rejected;
    // Finished: moved to archive/ or rejected/ (after its transaction) and counted.
    const waiting = () => staged.filter(({ name }) => existsSync(path.join(folder, name))).length;
    const deadline = Date.now() + 20_000;
    let now = before;
    while (waiting() > 0 || done(now) < done(before) + inputs.length || now.pending > 0) {
      assert.ok(Date.now() < deadline, `the folder watcher did not finish ${inputs.length} file(s) in time: ${JSON.stringify(now)}`);
      await sleep(20);
      now = await this.importCounts(id);
    }
    this.fileCounts.set(stepId, { imported: now.imported - before.imported, duplicate: now.duplicate - before.duplicate, rejected: now.rejected - before.rejected });
  }

  private async runCli(stepId: string, input: OcsInput): Promise<void> {
    const { file } = this.stage(input);
    const { database } = this.server;
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', path.join(REPOSITORY, 'cli', 'import.ts'), file, '--after', 'archive'],
        { cwd: REPOSITORY, env: { PATH: process.env.PATH, DATABASE_URL: database.url, INVENTORY_DATA_DIR: database.dataDir, LOG_LEVEL: 'error' }, timeout: CLI_TIMEOUT_MS },
        (error, out, err) => (error && error.code !== 1 ? reject(new Error(`npm run import failed: ${error.message}\n${err}`)) : resolve(out)),
      );
    });
    const counts = /(\d+) imported, (\d+) already imported, (\d+) rejected/.exec(stdout);
    assert.ok(counts, `npm run import printed no summary: ${stdout}`);
    this.fileCounts.set(stepId, { imported: Number(counts[1]), duplicate: Number(counts[2]), rejected: Number(counts[3]) });
  }

  /** Generated once per server: a second one would void the first one's tokens. */
  private agentSecret(): Promise<string> {
    this.secret ??= (async () => {
      const issued = await this.server.call('/api/v1/agent-api/secret', { method: 'POST' });
      assert.equal(issued.status, 201);
      return (await issued.json()).clientSecret as string;
    })();
    return this.secret;
  }

  private async pushAgent(step: Extract<Step, { push: unknown }>): Promise<void> {
    const secret = await this.agentSecret();
    const basic = Buffer.from(`office-agent:${secret}`).toString('base64');
    const tokenAnswer = await fetch(`${this.server.url}/agent/v1/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    assert.equal(tokenAnswer.status, 200, await tokenAnswer.clone().text());
    const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
    const body = JSON.stringify({ uuid: step.agent, agentVersion: '1.4.0', status: 'OK', date: new Date().toISOString(), inventoryHash: 'corpus', inventory: step.push });
    const sync = () => fetch(`${this.server.url}/agent/v1/sync`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
    const syncs = await Promise.all(Array.from({ length: step.syncs ?? 1 }, sync));
    const statuses = syncs.map((answer) => answer.status);
    assert.deepEqual([...new Set(statuses)], [200], `every sync accepted: ${statuses.join(' ')}`);
    if (this.associated.has(step.agent)) {
      this.statuses.set(step.id, statuses);
      return;
    }
    const pending = ((await (await this.server.call('/api/v1/pending')).json()).items as Json[]).filter((item) => item.agentUuid === step.agent);
    assert.equal(pending.length, 1, `one pending entry for agent ${step.agent}`);
    const resolve = async () => {
      if (step.associate) {
        const equipmentId = await this.equipmentOf(step.associate);
        return this.server.call(`/api/v1/pending/${pending[0].id}/associate`, { method: 'POST', json: { equipmentId } });
      }
      return this.server.call(`/api/v1/pending/${pending[0].id}/create`, { method: 'POST' });
    };
    const answers = await Promise.all(Array.from({ length: step.creates ?? 1 }, resolve));
    const resolved = answers.map((answer) => answer.status);
    assert.ok(resolved.some((status) => status === 200 || status === 201), `the operator's ${step.associate ? 'association' : 'create'} was accepted: ${resolved.join(' ')} ${await answers[0]?.text()}`);
    this.associated.add(step.agent);
    this.statuses.set(step.id, [...statuses, ...resolved]);
  }

  private async network(name: string, targets: readonly string[]): Promise<string> {
    assert.ok(this.peers, 'a scan step needs the corpus peers');
    const addresses = targets.map((target) => this.peers!.address(target));
    const known = this.networks.get(name);
    if (known) {
      const patched = await this.server.call(`/api/v1/connections/${known}`, { method: 'PATCH', json: { targets: addresses } });
      assert.equal(patched.status, 200, await patched.clone().text());
      return known;
    }
    const json = {
      name: `lab ${name}`,
      type: 'network',
      targets: addresses,
      ping: { timeoutMs: 500, count: 1 },
      snmp: { timeoutMs: 500, retries: 1, credentials: [{ version: '2c', community: 'public' }] },
      captureAgent: { enabled: false },
      concurrency: 8,
    };
    const created = await this.server.call('/api/v1/connections', { method: 'POST', json });
    assert.equal(created.status, 201, await created.clone().text());
    const id = (await created.json()).id as string;
    this.networks.set(name, id);
    return id;
  }

  private async scan(targets: readonly string[], name: string): Promise<void> {
    const connectionId = await this.network(name, targets);
    const started = await this.server.call(`/api/v1/connections/${connectionId}/scans`, { method: 'POST' });
    assert.equal(started.status, 202, await started.clone().text());
    const runId = (await started.json()).id as string;
    const deadline = Date.now() + 20_000;
    let run: Json;
    do {
      assert.ok(Date.now() < deadline, `scan ${runId} did not end in time`);
      await sleep(25);
      run = await (await this.server.call(`/api/v1/scans/${runId}`)).json();
    } while (run.status === 'running' || run.status === 'queued');
    assert.equal(run.status, 'completed');
    assert.equal(run.counts.snmp, targets.length, `every peer answered SNMP: ${JSON.stringify(run.counts)}`);
  }
}
