import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DataSource } from 'typeorm';
import { InventoryRepository } from '../../db/repositories/inventory.repository';
import { Transactor } from '../../db/transactor';
import { ManualClock } from '../../domain/clock';
import type { InventoryDocument } from '../../domain/inventory-document';
import { InventoryService } from '../../domain/inventory.service';
import { openMigratedDataSource, testDatabaseKinds } from '../support/databases';

const laptop: InventoryDocument = {
  identity: { systemUuid: '4C4C4544-0042-3510-8052-B7C04F4E5931', hostname: 'PC-ACCT-042', domain: 'corp.example', serial: 'B5RN1Y1', manufacturer: 'Dell Inc.', model: 'Latitude 5420', chassisType: 'Notebook' },
  os: { name: 'Windows 11 Pro', version: '23H2', architecture: 'x64' },
  networkInterfaces: [{ name: 'Ethernet', mac: '54:BF:64:12:34:56', ipv4: ['10.1.2.42'] }],
  software: [{ name: 'Firefox', version: '128.0' }],
};

for (const kind of testDatabaseKinds()) {
  describe(`${InventoryService.name} on ${kind}`, () => {
    let dataSource: DataSource;
    let close: () => Promise<void>;
    let sut: InventoryService;

    before(async () => {
      ({ dataSource, close } = await openMigratedDataSource(kind));
      sut = new InventoryService(new InventoryRepository(new Transactor(dataSource)), new ManualClock(new Date('2026-01-10T08:00:00Z')));
    });
    after(async () => close());

    it('creates one equipment for 20 concurrent submissions of the same machine', async () => {
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => sut.submit({ document: laptop, handle: { source: 'push-agent' } })));
      const ids = new Set(outcomes.map((outcome) => outcome.equipmentId));
      assert.equal(ids.size, 1);
      const [{ count }] = await dataSource.query('SELECT COUNT(*) AS count FROM equipment');
      assert.equal(Number(count), 1);
      assert.equal(outcomes.filter((outcome) => outcome.decision === 'created').length, 1);
    });
  });
}
