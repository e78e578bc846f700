import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../domain/clock';
import { MemoryInventoryStore } from './memory-inventory-store';
import { inventoryStoreContract } from './inventory-store.contract';

describe(MemoryInventoryStore.name, () => {
  inventoryStoreContract(() => new MemoryInventoryStore(new ManualClock(new Date('2026-03-02T08:00:00Z'))));

  it('re-points linked references once a transaction absorbing a duplicate commits', async () => {
    const sut = new MemoryInventoryStore();
    const reassigned: [string, string][] = [];
    sut.linkReferences({ reassignEquipment: (duplicateId, targetId) => reassigned.push([duplicateId, targetId]) });
    await sut.inTransaction(async (tx) => {
      for (const id of ['e-target', 'e-duplicate']) {
        await tx.createEquipment(id, { name: id, type: 'Workstation', status: 'Active', ignoredUntil: null, lastInventoryAt: new Date(), changedLists: [], document: { identity: {} } });
      }
    });

    await assert.rejects(
      sut.inTransaction(async (tx) => {
        await tx.absorbEquipment('e-target', 'e-duplicate');
        throw new Error('rolled back');
      }),
    );
    assert.deepEqual(reassigned, [], 'a rolled-back absorption moves nothing');
    await sut.inTransaction((tx) => tx.absorbEquipment('e-target', 'e-duplicate'));

    assert.deepEqual(reassigned, [['e-duplicate', 'e-target']]);
  });
});
