import { after, before, beforeEach, describe } from 'node:test';
import type { DataSource } from 'typeorm';
import { TypeormAgentRepository } from '../../db/repositories/agent.repository';
import { Transactor } from '../../db/transactor';
import { ManualClock } from '../../domain/clock';
import { agentStoreContract } from '../fakes/agent-store.contract';
import { openMigratedDataSource, testDatabaseKinds } from '../support/databases';

/** The contract the unit tier's MemoryAgentStore is held to, on the real repository. */
for (const kind of testDatabaseKinds()) {
  describe(`${TypeormAgentRepository.name} on ${kind}`, () => {
    let dataSource: DataSource;
    let close: () => Promise<void>;
    let sut: TypeormAgentRepository;

    before(async () => {
      ({ dataSource, close } = await openMigratedDataSource(kind));
      sut = new TypeormAgentRepository(dataSource, new Transactor(dataSource), new ManualClock(new Date('2026-04-01T09:00:00Z')));
    });
    beforeEach(async () => {
      await dataSource.query('DELETE FROM agents');
    });
    after(async () => close());

    agentStoreContract(() => sut);
  });
}
