import { constants } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { Connection } from '../domain/connection';
import type { ConnectionService } from '../domain/connection.service';
import { displayNameOf, type EquipmentType } from '../domain/equipment';
import { inferEquipmentType } from '../domain/equipment-type';
import { DomainError } from '../domain/errors';
import type { InventoryDocument } from '../contracts/inventory-document';
import { probeHost } from './pipeline';
import type { ProbeStep } from './probe';
import type { Pinger } from './probes/ping.probe';
import { OCS_FILE, describeFolderError } from '../ocs-import/folder';

export interface EquipmentPreview {
  name: string;
  type: EquipmentType;
  manufacturer?: string;
  model?: string;
  serial?: string;
  macAddresses: string[];
  sysDescr?: string;
}

export interface NetworkTestReport {
  target: string;
  address: string | null;
  reachable: boolean;
  method: 'snmp' | 'capture-agent' | null;
  steps: ProbeStep[];
  equipmentPreview: EquipmentPreview | null;
}

export interface FolderTestReport {
  path: string;
  exists: boolean;
  readable: boolean;
  writable: boolean;
  /** Inventory files in the folder; null when it could not be listed (missing, not a folder, unreadable). */
  waitingFiles: number | null;
  /** One sentence: what stops the import, or how many files wait. */
  detail: string;
}

/** How long a Test Connection may take at most, whatever the timeouts say. */
const TEST_DEADLINE_MS = 60_000;

/**
 * The "Test Connection" button: the same steps a scan takes, against one host,
 * answered synchronously. It writes nothing to the equipment tables.
 */
export class ConnectionTester {
  constructor(
    private readonly connections: ConnectionService,
    private readonly pinger: Pinger,
    private readonly logger: Logger,
  ) {}

  /** A network connection probes `target`; an OCS connection inspects its folder. */
  async test(connectionId: string, target: string | undefined): Promise<NetworkTestReport | FolderTestReport> {
    return this.testConnection(await this.connections.get(connectionId), target);
  }

  /**
   * Tests settings not saved yet (a form): new ones, or a stored connection's with the form's
   * changes applied. Invalid settings are a validation error naming their fields.
   */
  async testSettings(settings: Record<string, unknown>, target: string | undefined, connectionId?: string): Promise<NetworkTestReport | FolderTestReport> {
    return this.testConnection(await this.connections.draft(settings, connectionId), target);
  }

  private async testConnection(connection: Connection, target: string | undefined): Promise<NetworkTestReport | FolderTestReport> {
    if (connection.type === 'ocs' && connection.ocs) {
      return inspectFolder(connection.ocs.path);
    }
    if (!target) {
      throw new DomainError('validation', 'give the host to test as {"target": "<address or host name>"}', { fields: [{ field: 'target', message: 'is required for a network connection' }] });
    }
    return this.probe(connection, target);
  }

  private async probe(connection: Connection, target: string): Promise<NetworkTestReport> {
    const signal = AbortSignal.timeout(TEST_DEADLINE_MS);
    const logger = this.logger.child({ module: 'collector.test', connectionId: connection.id });
    const result = await probeHost(target, { connection, pinger: this.pinger, context: { signal, logger } });
    return {
      target,
      address: result.address,
      reachable: result.alive,
      method: result.method,
      steps: result.steps,
      equipmentPreview: result.document ? previewOf(result.document) : null,
    };
  }
}

function previewOf(document: InventoryDocument): EquipmentPreview {
  return {
    name: displayNameOf(document),
    type: inferEquipmentType(document),
    manufacturer: document.identity.manufacturer,
    model: document.identity.model,
    serial: document.identity.serial,
    macAddresses: (document.networkInterfaces ?? []).map((networkInterface) => networkInterface.mac).filter((mac): mac is string => Boolean(mac)),
    sysDescr: document.snmp?.sysDescr,
  };
}

/** Whether the OCS folder can be imported from (read) and archived into (write), and how many files wait. */
export async function inspectFolder(folder: string): Promise<FolderTestReport> {
  const report: FolderTestReport = { path: folder, exists: false, readable: false, writable: false, waitingFiles: null, detail: '' };
  try {
    if (!(await stat(folder)).isDirectory()) {
      return { ...report, detail: `${folder} is a file, not a folder` };
    }
  } catch (error) {
    return { ...report, detail: describeFolderError(folder, error) };
  }
  report.exists = true;
  report.readable = await access(folder, constants.R_OK | constants.X_OK).then(() => true, () => false);
  report.writable = await access(folder, constants.W_OK).then(() => true, () => false);
  if (report.readable) {
    report.waitingFiles = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isFile() && OCS_FILE.test(entry.name)).length;
  }
  const problems = [!report.readable && 'not readable', !report.writable && 'not writable (imported files cannot be archived)'].filter(Boolean);
  report.detail = problems.length > 0 ? `the folder ${folder} is ${problems.join(' and ')} by the server's user` : `${report.waitingFiles} file(s) waiting in ${folder}`;
  return report;
}
