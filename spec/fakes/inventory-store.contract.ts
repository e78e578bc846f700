import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { it } from 'node:test';
import type { InventoryDocument } from '../../contracts/inventory-document';
import { DomainError } from '../../domain/errors';
import type { Identity } from '../../domain/identity';
import type { EquipmentWrite, InventoryStore } from '../../domain/ports';

const at = (iso: string) => new Date(iso);
const uuid = (value: string): Identity => ({ kind: 'uuid', value });
const mac = (value: string): Identity => ({ kind: 'mac', value });

function write(document: InventoryDocument, overrides: Partial<EquipmentWrite> = {}): EquipmentWrite & { document: InventoryDocument } {
  return { name: document.identity.hostname ?? 'unnamed', type: 'Workstation', status: 'Active', ignoredUntil: null, lastInventoryAt: at('2026-03-02T08:00:00Z'), changedLists: ['networkInterfaces'], document, ...overrides };
}

const isRetryable = (error: unknown) => error instanceof DomainError && error.code === 'retryable';

/**
 * What every InventoryStore does, seen through the port alone: run by
 * spec/fakes/memory-inventory-store.spec.ts on the fake and by
 * spec/integration/inventory-store-contract.spec.ts on the real repository, so that the
 * fake the unit tier stands on behaves like the database. Call it inside a describe;
 * `store()` answers an empty store for each test.
 */
export function inventoryStoreContract(store: () => InventoryStore): void {
  it('keeps nothing of a transaction whose work rejects', async () => {
    const sut = store();
    const id = randomUUID();

    await assert.rejects(
      sut.inTransaction(async (tx) => {
        await tx.createEquipment(id, write({ identity: { hostname: 'pc-rollback' } }));
        await tx.addIdentities(id, [uuid('11111111-2222-4333-8444-555555555555')]);
        throw new Error('the work failed');
      }),
      /the work failed/,
    );

    assert.deepEqual(await sut.findCandidates([uuid('11111111-2222-4333-8444-555555555555')]), []);
    assert.equal(await sut.inTransaction((tx) => tx.loadForUpdate(id)), null);
  });

  it('forgets only the named identities of the named equipment', async () => {
    const sut = store();
    const [router, other] = [randomUUID(), randomUUID()];
    const address = (octet: number): Identity => ({ kind: 'scan-address', value: `c-lan|10.0.0.${octet}` });
    await sut.inTransaction(async (tx) => {
      await tx.createEquipment(router, write({ identity: { hostname: 'router' } }));
      await tx.createEquipment(other, write({ identity: { hostname: 'other' } }));
      await tx.addIdentities(router, [mac('54:BF:64:00:00:20'), ...Array.from({ length: 250 }, (_, index) => address(index + 1))]);
      await tx.addIdentities(other, [address(251)]);
    });

    // 240 of them: more than one statement's worth; and one the router does not hold.
    await sut.inTransaction((tx) => tx.forgetIdentities(router, [...Array.from({ length: 240 }, (_, index) => address(index + 1)), address(251)]));

    const held = await sut.inTransaction((tx) => tx.identitiesOf(router));
    assert.deepEqual(held.map((identity) => identity.value).sort(), ['54:BF:64:00:00:20', ...Array.from({ length: 10 }, (_, index) => `c-lan|10.0.0.${241 + index}`)].sort());
    assert.deepEqual((await sut.inTransaction((tx) => tx.identitiesOf(other))).map((identity) => identity.value), ['c-lan|10.0.0.251']);
  });

  it('keeps a duplicate and its identities when the transaction absorbing it rejects', async () => {
    const sut = store();
    const [target, duplicate] = [randomUUID(), randomUUID()];
    await sut.inTransaction(async (tx) => {
      await tx.createEquipment(target, write({ identity: { hostname: 'target' } }));
      await tx.createEquipment(duplicate, write({ identity: { hostname: 'duplicate' } }));
      await tx.addIdentities(duplicate, [mac('54:BF:64:00:00:10')]);
      await tx.recordSource(duplicate, { source: 'snmp', connectionId: 'c-lan' }, 'hash-d', at('2026-03-01T08:00:00Z'));
    });

    await assert.rejects(
      sut.inTransaction(async (tx) => {
        await tx.absorbEquipment(target, duplicate);
        throw new Error('the work failed');
      }),
      /the work failed/,
    );

    assert.deepEqual((await sut.findCandidates([mac('54:BF:64:00:00:10')])).map((candidate) => candidate.equipmentId), [duplicate]);
    assert.deepEqual([...((await sut.inTransaction((tx) => tx.loadForUpdate(duplicate)))?.sources.keys() ?? [])], ['snmp/c-lan']);
  });

  it('stores an equipment with its identities, and reads it back with its sources keyed by source and connection', async () => {
    const sut = store();
    const id = randomUUID();
    const document: InventoryDocument = { identity: { hostname: 'pc-stored', primaryIp: '198.18.9.1' }, software: [{ name: '7-Zip', version: '24.08' }] };

    await sut.inTransaction(async (tx) => {
      await tx.createEquipment(id, write(document, { name: 'pc-stored', type: 'Laptop', status: 'Ignored', ignoredUntil: at('2026-03-03T08:00:00Z') }));
      await tx.addIdentities(id, [uuid('aaaaaaaa-2222-4333-8444-555555555555'), { kind: 'hostname', value: 'pc-stored|' }]);
      await tx.recordSource(id, { source: 'push-agent' }, 'hash-1', at('2026-03-02T08:00:00Z'));
      await tx.recordSource(id, { source: 'snmp', connectionId: 'c-lan' }, 'hash-2', at('2026-03-02T08:00:00Z'));
    });
    const stored = await sut.inTransaction((tx) => tx.loadForUpdate(id));

    assert.equal(stored?.name, 'pc-stored');
    assert.equal(stored?.type, 'Laptop');
    assert.equal(stored?.status, 'Ignored');
    assert.equal(stored?.ignoredUntil?.toISOString(), '2026-03-03T08:00:00.000Z');
    assert.equal(stored?.nameLocked, false);
    assert.deepEqual(stored?.document, document);
    assert.deepEqual(
      [...(stored?.sources ?? [])].map(([key, sighting]) => [key, sighting.contentHash, sighting.lastSeenAt.toISOString()]).sort(),
      [
        ['push-agent/', 'hash-1', '2026-03-02T08:00:00.000Z'],
        ['snmp/c-lan', 'hash-2', '2026-03-02T08:00:00.000Z'],
      ],
    );
  });

  it('updates a source seen again, and keeps the document when a write brings none', async () => {
    const sut = store();
    const id = randomUUID();
    const document: InventoryDocument = { identity: { hostname: 'pc-seen-twice' } };
    await sut.inTransaction(async (tx) => {
      await tx.createEquipment(id, write(document));
      await tx.recordSource(id, { source: 'ocs', connectionId: 'c-ocs' }, 'hash-1', at('2026-03-02T08:00:00Z'));
    });

    await sut.inTransaction(async (tx) => {
      await tx.updateEquipment(id, { name: 'pc-seen-twice', type: 'Server', status: 'Active', ignoredUntil: null, lastInventoryAt: at('2026-03-02T09:00:00Z'), changedLists: [] });
      await tx.recordSource(id, { source: 'ocs', connectionId: 'c-ocs' }, 'hash-2', at('2026-03-02T09:00:00Z'));
    });
    const stored = await sut.inTransaction((tx) => tx.loadForUpdate(id));

    assert.equal(stored?.type, 'Server');
    assert.equal(stored?.lastInventoryAt?.toISOString(), '2026-03-02T09:00:00.000Z');
    assert.deepEqual(stored?.document, document);
    assert.deepEqual([...(stored?.sources ?? [])].map(([key, sighting]) => [key, sighting.contentHash, sighting.lastSeenAt.toISOString()]), [['ocs/c-ocs', 'hash-2', '2026-03-02T09:00:00.000Z']]);
  });

  it('finds as candidates every equipment holding one of the identities, with all its identities, and the one asked for', async () => {
    const sut = store();
    const [laptop, printer, chosen] = [randomUUID(), randomUUID(), randomUUID()];
    await sut.inTransaction(async (tx) => {
      await tx.createEquipment(laptop, write({ identity: { hostname: 'laptop' } }));
      await tx.addIdentities(laptop, [uuid('bbbbbbbb-2222-4333-8444-555555555555'), mac('54:BF:64:00:00:01')]);
      await tx.createEquipment(printer, write({ identity: { hostname: 'printer' } }));
      await tx.addIdentities(printer, [mac('00:17:C8:00:00:02')]);
      await tx.createEquipment(chosen, write({ identity: { hostname: 'chosen' } }));
      await tx.addIdentities(chosen, [{ kind: 'hostname', value: 'chosen|' }]);
    });

    const found = await sut.inTransaction((tx) => tx.findCandidates([mac('54:BF:64:00:00:01'), mac('00:17:C8:00:00:02')], chosen));
    const outside = await sut.findCandidates([uuid('bbbbbbbb-2222-4333-8444-555555555555')]);

    const sorted = (candidates: typeof found) => candidates.map((candidate) => [candidate.equipmentId, candidate.identities.map((identity) => identity.value).sort()]).sort();
    assert.deepEqual(
      sorted(found),
      sorted([
        { equipmentId: laptop, identities: [uuid('bbbbbbbb-2222-4333-8444-555555555555'), mac('54:BF:64:00:00:01')] },
        { equipmentId: printer, identities: [mac('00:17:C8:00:00:02')] },
        { equipmentId: chosen, identities: [{ kind: 'hostname', value: 'chosen|' }] },
      ]),
    );
    assert.deepEqual(sorted(outside), sorted([{ equipmentId: laptop, identities: [uuid('bbbbbbbb-2222-4333-8444-555555555555'), mac('54:BF:64:00:00:01')] }]));
    assert.deepEqual(await sut.findCandidates([]), []);
  });

  it('rejects as retryable an identity another equipment already holds', async () => {
    const sut = store();
    const [first, second] = [randomUUID(), randomUUID()];
    await sut.inTransaction(async (tx) => {
      await tx.createEquipment(first, write({ identity: { hostname: 'first' } }));
      await tx.addIdentities(first, [mac('1C:87:2C:00:00:01')]);
    });

    await assert.rejects(
      sut.inTransaction(async (tx) => {
        await tx.createEquipment(second, write({ identity: { hostname: 'second' } }));
        await tx.addIdentities(second, [mac('1C:87:2C:00:00:01')]);
      }),
      isRetryable,
    );
    assert.equal(await sut.inTransaction((tx) => tx.loadForUpdate(second)), null, 'the losing transaction left nothing');
  });

  it('rejects as retryable an identity or source of an equipment that does not exist (a writer deleted it)', async () => {
    const sut = store();
    const missing = randomUUID();

    await assert.rejects(sut.inTransaction((tx) => tx.addIdentities(missing, [mac('1C:87:2C:00:00:07')])), isRetryable);
    await assert.rejects(sut.inTransaction((tx) => tx.recordSource(missing, { source: 'snmp' }, 'hash', at('2026-03-02T08:00:00Z'))), isRetryable);
  });

  it('claims an input once per connection and content hash, whatever its path', async () => {
    const sut = store();
    const equipmentId = randomUUID();
    const receipt = { connectionId: 'c-ocs', path: '/srv/ocs/in/a.ocs', contentHash: 'f'.repeat(64) };

    const claims = await sut.inTransaction(async (tx) => [
      await tx.claimReceipt(receipt, equipmentId, at('2026-03-02T08:00:00Z')),
      await tx.claimReceipt({ ...receipt, path: '/srv/ocs/in/copy-of-a.ocs' }, equipmentId, at('2026-03-02T08:00:00Z')),
      await tx.claimReceipt({ ...receipt, connectionId: 'c-other' }, equipmentId, at('2026-03-02T08:00:00Z')),
    ]);
    const later = await sut.inTransaction((tx) => tx.claimReceipt(receipt, equipmentId, at('2026-03-02T09:00:00Z')));

    assert.deepEqual(claims, [true, false, true]);
    assert.equal(later, false, 'committed with the transaction');
  });

  it('moves a duplicate’s identities and sources to the target when absorbing it, then deletes it', async () => {
    const sut = store();
    const [target, duplicate] = [randomUUID(), randomUUID()];
    await sut.inTransaction(async (tx) => {
      await tx.createEquipment(target, write({ identity: { hostname: 'target' } }));
      await tx.addIdentities(target, [uuid('cccccccc-2222-4333-8444-555555555555')]);
      await tx.recordSource(target, { source: 'push-agent' }, 'hash-t', at('2026-03-02T08:00:00Z'));
      await tx.createEquipment(duplicate, write({ identity: { hostname: 'duplicate' } }));
      await tx.addIdentities(duplicate, [mac('54:BF:64:00:00:09')]);
      await tx.recordSource(duplicate, { source: 'snmp', connectionId: 'c-lan' }, 'hash-d', at('2026-03-01T08:00:00Z'));
      await tx.appendHistory({ equipmentId: duplicate, source: 'snmp', connectionId: 'c-lan', receivedAt: at('2026-03-01T08:00:00Z'), contentHash: 'hash-d', decision: 'created', matchedBy: null, changes: [] });
    });

    await sut.inTransaction((tx) => tx.absorbEquipment(target, duplicate));

    assert.equal(await sut.inTransaction((tx) => tx.loadForUpdate(duplicate)), null);
    assert.deepEqual((await sut.findCandidates([mac('54:BF:64:00:00:09')])).map((candidate) => candidate.equipmentId), [target]);
    const stored = await sut.inTransaction((tx) => tx.loadForUpdate(target));
    assert.deepEqual([...(stored?.sources.keys() ?? [])].sort(), ['push-agent/', 'snmp/c-lan']);
  });

  it('runs concurrent transactions so that exactly one of two creating the same identity wins', async () => {
    const sut = store();
    const attempt = () =>
      sut.inTransaction(async (tx) => {
        const [holder] = await tx.findCandidates([mac('1C:87:2C:00:00:42')]);
        if (holder) {
          return 'found';
        }
        const id = randomUUID();
        await tx.createEquipment(id, write({ identity: { hostname: 'raced' } }));
        await tx.addIdentities(id, [mac('1C:87:2C:00:00:42')]);
        return 'created';
      });

    const outcomes = await Promise.allSettled([attempt(), attempt()]);

    const created = outcomes.filter((outcome) => outcome.status === 'fulfilled' && outcome.value === 'created');
    assert.equal(created.length, 1);
    assert.ok(outcomes.every((outcome) => outcome.status === 'fulfilled' || isRetryable(outcome.reason)), 'a loser may only be told to retry');
    assert.equal((await sut.findCandidates([mac('1C:87:2C:00:00:42')])).length, 1);
  });
}
