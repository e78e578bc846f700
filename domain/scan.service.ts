import type { Clock } from './clock';
import type { Connection } from './connection';
import type { ConnectionService } from './connection.service';
import { DomainError, notFound } from './errors';
import type { Page, SortedPageRequest, ScanRunFilter, ScanRunRepository } from './ports';
import type { SortField } from './list-sort';
import type { ScanRun, StoredScanResult } from './scan-run';

/** Starts, cancels and reports scans. `runner` is the collector: it does the probing. */
export interface ScanStarter {
  start(connection: Connection, triggeredBy: ScanRun['triggeredBy']): Promise<ScanRun>;
  cancel(runId: string): boolean;
}

export class ScanService {
  constructor(
    private readonly runs: ScanRunRepository,
    private readonly connections: ConnectionService,
    private readonly runner: ScanStarter,
    readonly clock: Clock,
  ) {}

  async startManual(connectionId: string): Promise<ScanRun> {
    return this.runner.start(await this.connections.get(connectionId), 'manual');
  }

  async get(id: string): Promise<ScanRun> {
    const run = await this.runs.findById(id);
    if (!run) {
      throw notFound('scan run', id);
    }
    return run;
  }

  list(filter: ScanRunFilter, page: SortedPageRequest<SortField<'scans'>>): Promise<Page<ScanRun>> {
    return this.runs.list(filter, page);
  }

  async results(id: string, page: SortedPageRequest<SortField<'scanResults'>>): Promise<Page<StoredScanResult>> {
    await this.get(id);
    return this.runs.results(id, page);
  }

  /** Cancels a running run; it stops probing new hosts and records itself as cancelled. */
  async cancel(id: string): Promise<ScanRun> {
    const run = await this.get(id);
    if (run.status !== 'running') {
      throw new DomainError('conflict', `scan run ${id} is ${run.status}, not running`);
    }
    if (!this.runner.cancel(id)) {
      throw new DomainError('conflict', `scan run ${id} runs in another server instance; cancel it there`);
    }
    return run;
  }
}
