import type { DataSource } from 'typeorm';
import { TypeormAgentReleaseRepository } from '../db/repositories/agent-release.repository';
import { TypeormAgentClientRepository, TypeormAgentRepository } from '../db/repositories/agent.repository';
import { TypeormApiTokenRepository } from '../db/repositories/api-token.repository';
import { TypeormConnectionRepository } from '../db/repositories/connection.repository';
import { TypeormEquipmentRepository } from '../db/repositories/equipment.repository';
import { TypeormFleetStatistics } from '../db/repositories/fleet-statistics.repository';
import { TypeormImportedFileRepository } from '../db/repositories/imported-file.repository';
import { InventoryRepository } from '../db/repositories/inventory.repository';
import { TypeormScanRunRepository } from '../db/repositories/scan-run.repository';
import { TypeormWebhookRepository } from '../db/repositories/webhook.repository';
import { Transactor } from '../db/transactor';
import type { Clock } from '../domain/clock';
import type { SecretCipher } from '../security/secret-cipher';

/**
 * Every repository on one DataSource, sharing its one `Transactor` (which serialises
 * SQLite's transactions): a second Transactor on the same database would let two
 * writers interleave.
 */
export function createRepositories(dataSource: DataSource, deps: { cipher: SecretCipher; clock: Clock }) {
  const transactor = new Transactor(dataSource);
  return {
    equipment: new TypeormEquipmentRepository(dataSource, transactor, deps.clock),
    inventory: new InventoryRepository(transactor),
    scanRuns: new TypeormScanRunRepository(dataSource, transactor),
    connections: new TypeormConnectionRepository(dataSource, transactor, deps.cipher),
    importedFiles: new TypeormImportedFileRepository(dataSource),
    webhooks: new TypeormWebhookRepository(dataSource, transactor, deps.cipher),
    apiTokens: new TypeormApiTokenRepository(dataSource),
    agentClients: new TypeormAgentClientRepository(dataSource),
    agents: new TypeormAgentRepository(dataSource, transactor, deps.clock),
    agentReleases: new TypeormAgentReleaseRepository(dataSource, transactor),
    fleet: new TypeormFleetStatistics(dataSource),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
