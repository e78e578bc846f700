import { randomUUID } from 'node:crypto';
import { DomainError } from '../../domain/errors';
import type { LearntCredential, Page, PageRequest, ScanRunFilter, ScanRunRepository } from '../../domain/ports';
import type { ScanCounts, ScanResultRecord, ScanRun, ScanStatus, StoredScanResult } from '../../domain/scan-run';
import type { EquipmentReferences } from './memory-inventory-store';

type StoredResult = ScanResultRecord & { id: number; runId: string; createdAt: Date };

const ERROR_MAX = 1024;

/**
 * The ScanRunRepository of db/repositories/scan-run.repository.ts in memory: one running
 * run per connection, results appended in order, counts copied (never the caller's object),
 * credential hints unique per connection and address. Connections are not checked (the
 * real tables reference inventory_connections).
 */
export class MemoryScanRuns implements ScanRunRepository, EquipmentReferences {
  private readonly runs = new Map<string, ScanRun & { owner: string }>();
  private readonly stored: StoredResult[] = [];
  private readonly hints = new Map<string, { credentialIndex: number; updatedAt: Date }>();
  private nextResultId = 1;

  async start(run: { connectionId: string; triggeredBy: ScanRun['triggeredBy']; targets: number; owner: string; startedAt: Date; notes: string[] }): Promise<ScanRun> {
    const running = await this.findRunning(run.connectionId);
    if (running) {
      throw new DomainError('conflict', `connection ${run.connectionId} is already being scanned by run ${running.id}`, { extra: { runningRunId: running.id } });
    }
    const stored = {
      id: randomUUID(),
      connectionId: run.connectionId,
      status: 'running' as const,
      triggeredBy: run.triggeredBy,
      startedAt: run.startedAt,
      finishedAt: null,
      heartbeatAt: run.startedAt,
      owner: run.owner,
      counts: { targets: run.targets, processed: 0, alive: 0, snmp: 0, captureAgent: 0, skipped: 0, unreachable: 0, errors: 0 },
      error: null,
      notes: [...run.notes],
    };
    this.runs.set(stored.id, stored);
    return toScanRun(stored);
  }

  async record(runId: string, results: readonly ScanResultRecord[], counts: ScanCounts, at: Date, credentials: readonly LearntCredential[] = []): Promise<void> {
    for (const { connectionId, address, credentialIndex } of credentials) {
      this.hints.set(`${connectionId}\u0000${address}`, { credentialIndex, updatedAt: at });
    }
    for (const result of results) {
      this.stored.push({ ...structuredClone(result), error: result.error?.slice(0, ERROR_MAX) ?? null, id: this.nextResultId++, runId, createdAt: at });
    }
    const run = this.runs.get(runId);
    if (run) {
      Object.assign(run, { counts: { ...counts }, heartbeatAt: at });
    }
  }

  async finish(runId: string, status: Exclude<ScanStatus, 'running'>, counts: ScanCounts, at: Date, error?: string): Promise<void> {
    const run = this.runs.get(runId);
    if (run) {
      Object.assign(run, { status, counts: { ...counts }, finishedAt: at, heartbeatAt: at, error: error?.slice(0, ERROR_MAX) ?? null });
    }
  }

  async findById(id: string): Promise<ScanRun | null> {
    const run = this.runs.get(id);
    return run ? toScanRun(run) : null;
  }

  async findRunning(connectionId: string): Promise<ScanRun | null> {
    const run = [...this.runs.values()].find((candidate) => candidate.connectionId === connectionId && candidate.status === 'running');
    return run ? toScanRun(run) : null;
  }

  async list(filter: ScanRunFilter, page: PageRequest): Promise<Page<ScanRun>> {
    const matching = [...this.runs.values()]
      .filter((run) => (!filter.connectionId || run.connectionId === filter.connectionId) && (!filter.status || run.status === filter.status))
      .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
    return { items: matching.slice(page.offset, page.offset + page.limit).map(toScanRun), total: matching.length, ...page };
  }

  async results(runId: string, page: PageRequest): Promise<Page<StoredScanResult>> {
    const matching = this.stored.filter((result) => result.runId === runId);
    const items = matching.slice(page.offset, page.offset + page.limit).map(({ runId: _runId, ...result }) => ({ ...structuredClone(result), equipmentName: null }));
    return { items, total: matching.length, ...page };
  }

  async markInterrupted(which: { staleBefore: Date } | { ownerPrefix: string }, at: Date): Promise<number> {
    let marked = 0;
    for (const run of this.runs.values()) {
      const stale = 'staleBefore' in which ? run.heartbeatAt !== null && run.heartbeatAt < which.staleBefore : run.owner.startsWith(which.ownerPrefix);
      if (run.status === 'running' && stale) {
        Object.assign(run, { status: 'interrupted', finishedAt: at, error: 'the server stopped while the run was going on' });
        marked++;
      }
    }
    return marked;
  }

  async credentialHints(connectionId: string, addresses: readonly string[]): Promise<Map<string, number>> {
    const hints = new Map<string, number>();
    for (const address of addresses) {
      const hint = this.hints.get(`${connectionId}\u0000${address}`);
      if (hint) {
        hints.set(address, hint.credentialIndex);
      }
    }
    return hints;
  }

  /** Absorbing a duplicate equipment re-points the scan results that found it. */
  reassignEquipment(duplicateId: string, targetId: string): void {
    for (const result of this.stored) {
      if (result.equipmentId === duplicateId) {
        result.equipmentId = targetId;
      }
    }
  }

  /** Every result of a run, in the order recorded (for specs). */
  allResults(runId: string): (ScanResultRecord & { id: number; createdAt: Date })[] {
    return this.stored.filter((result) => result.runId === runId).map(({ runId: _runId, ...result }) => structuredClone(result));
  }
}

function toScanRun({ owner: _owner, ...run }: ScanRun & { owner: string }): ScanRun {
  return { ...run, counts: { ...run.counts }, notes: [...run.notes] };
}
