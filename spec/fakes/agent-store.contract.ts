import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { it } from 'node:test';
import type { AgentContact, AgentStore, PendingRecord } from '../../domain/agent-sync.service';
import { DomainError } from '../../domain/errors';

const at = (iso: string) => new Date(iso);

function contact(uuid: string, overrides: Partial<AgentContact> = {}): AgentContact {
  return { id: randomUUID(), uuid, kind: 'capture-agent', version: '1.4.0', status: 'OK', ipAddress: '198.18.1.42', clientId: 'office-agent', lastContactAt: at('2026-04-01T09:00:00Z'), createdAt: at('2026-04-01T09:00:00Z'), ...overrides };
}

function pendingOf(agentId: string, overrides: Partial<PendingRecord> = {}): PendingRecord {
  return {
    id: randomUUID(),
    agentId,
    name: 'pc-compta-12',
    ipAddress: '198.18.1.42',
    os: 'Windows 11 Pro',
    systemUuid: null,
    lastInventoryAt: at('2026-04-01T09:00:00Z'),
    suggestedEquipmentId: null,
    document: { identity: { hostname: 'pc-compta-12' } },
    createdAt: at('2026-04-01T09:00:00Z'),
    ...overrides,
  };
}

/** The fields of an agent the contract compares (the real rows carry more). */
const contactFields = (agent: { id: string; version: string | null; status: string | null; ipAddress: string | null; clientId: string | null; hostname: string | null; inventoryHash: string | null; lastContactAt: Date | null; lastInventoryAt: Date | null; createdAt: Date } | null) =>
  agent && {
    id: agent.id,
    version: agent.version,
    status: agent.status,
    ipAddress: agent.ipAddress,
    clientId: agent.clientId,
    hostname: agent.hostname,
    inventoryHash: agent.inventoryHash,
    lastContactAt: agent.lastContactAt?.toISOString() ?? null,
    lastInventoryAt: agent.lastInventoryAt?.toISOString() ?? null,
    createdAt: agent.createdAt.toISOString(),
  };

/**
 * What every AgentStore does, seen through the port: run on MemoryAgentStore by
 * spec/fakes/memory-agent-store.spec.ts and on the real repository by
 * spec/integration/agent-store-contract.spec.ts. `store()` answers an empty store.
 */
export function agentStoreContract(store: () => AgentStore): void {
  it('inserts an agent at its first contact, then updates its contact fields by UUID', async () => {
    const sut = store();
    const uuid = randomUUID();
    const first = contact(uuid);
    await sut.recordContact(first);

    // A second first sync (a race): another id, the same UUID.
    await sut.recordContact(contact(uuid, { version: '1.5.0', ipAddress: '198.18.1.43', lastContactAt: at('2026-04-01T10:00:00Z'), createdAt: at('2026-04-01T10:00:00Z') }));

    assert.deepEqual(contactFields(await sut.findForSync(uuid)), {
      id: first.id,
      version: '1.5.0',
      status: 'OK',
      ipAddress: '198.18.1.43',
      clientId: 'office-agent',
      hostname: null,
      inventoryHash: null,
      lastContactAt: '2026-04-01T10:00:00.000Z',
      lastInventoryAt: null,
      createdAt: '2026-04-01T09:00:00.000Z',
    });
    assert.equal((await sut.findForSync(uuid))?.pendingId, null);
    assert.equal((await sut.findById(first.id))?.uuid, uuid);
    assert.equal(await sut.findForSync(randomUUID()), null);
  });

  it('keeps the kind an agent first came as', async () => {
    const sut = store();
    const uuid = `vm-2026-12-02-01-24-${randomUUID().slice(0, 8)}`;
    const first = contact(uuid, { kind: 'fusioninventory' });
    await sut.recordContact(first);
    await sut.recordContact(contact(uuid, { kind: 'capture-agent' }));
    assert.equal((await sut.findForSync(uuid))?.kind, 'fusioninventory');
    assert.equal((await sut.findById(first.id))?.kind, 'fusioninventory');
  });

  it('updates the inventory fields only with a contact that carries an inventory', async () => {
    const sut = store();
    const uuid = randomUUID();
    await sut.recordContact(contact(uuid, { inventory: { hostname: 'pc-compta-12', inventoryHash: 'hash-1', lastInventoryAt: at('2026-04-01T09:00:00Z') } }));

    await sut.recordContact(contact(uuid, { lastContactAt: at('2026-04-01T10:00:00Z') }));

    const agent = contactFields(await sut.findForSync(uuid));
    assert.deepEqual([agent?.hostname, agent?.inventoryHash, agent?.lastInventoryAt, agent?.lastContactAt], ['pc-compta-12', 'hash-1', '2026-04-01T09:00:00.000Z', '2026-04-01T10:00:00.000Z']);
  });

  it('keeps one pending entry per agent, replaced in place with its first id', async () => {
    const sut = store();
    const uuid = randomUUID();
    const first = contact(uuid);
    const pending = pendingOf(first.id);
    await sut.recordPending(first, pending);

    await sut.recordPending(contact(uuid, { id: first.id }), pendingOf(first.id, { name: 'pc-renamed', document: { identity: { hostname: 'pc-renamed' } } }));

    assert.equal((await sut.findForSync(uuid))?.pendingId, pending.id);
    const stored = await sut.findPendingById(pending.id);
    assert.equal(stored?.name, 'pc-renamed');
    assert.deepEqual(stored?.document, { identity: { hostname: 'pc-renamed' } });
    assert.equal(stored?.createdAt.toISOString(), pending.createdAt.toISOString());
  });

  it('rejects as retryable a pending entry whose agent id is not the row of its UUID (two first syncs raced)', async () => {
    const sut = store();
    const uuid = randomUUID();
    await sut.recordContact(contact(uuid));
    const loser = contact(uuid);

    await assert.rejects(sut.recordPending(loser, pendingOf(loser.id)), (error: unknown) => error instanceof DomainError && error.code === 'retryable');
    assert.equal((await sut.findForSync(uuid))?.pendingId, null);
  });

  it('deletes a pending entry once, answering whether there was one', async () => {
    const sut = store();
    const first = contact(randomUUID());
    const pending = pendingOf(first.id);
    await sut.recordPending(first, pending);

    assert.equal(await sut.deletePending(pending.id), true);
    assert.equal(await sut.deletePending(pending.id), false);
    assert.equal(await sut.findPendingById(pending.id), null);
    assert.equal((await sut.findForSync(first.uuid))?.pendingId, null);
  });
}
