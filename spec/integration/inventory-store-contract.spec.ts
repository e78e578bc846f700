import { after, before, beforeEach, describe } from 'node:test';
import type { DataSource } from 'typeorm';
import { InventoryRepository } from '../../db/repositories/inventory.repository';
import { Transactor } from '../../db/transactor';
import { inventoryStoreContract } from '../fakes/inventory-store.contract';
import { openMigratedDataSource, testDatabaseKinds } from '../support/databases';

/** The contract the unit tier's MemoryInventoryStore is held to, on the real repository. */
for (const kind of testDatabaseKinds()) {
  describe(`${InventoryRepository.name} on ${kind}`, () => {
    let dataSource: DataSource;
    let close: () => Promise<void>;
    let sut: InventoryRepository;

    before(async () => {
      ({ dataSource, close } = await openMigratedDataSource(kind));
      sut = new InventoryRepository(new Transactor(dataSource));
    });
    beforeEach(async () => {
      await dataSource.query('DELETE FROM equipment');
      await dataSource.query('DELETE FROM imported_files');
    });
    after(async () => close());

    inventoryStoreContract(() => sut);
  });
}
