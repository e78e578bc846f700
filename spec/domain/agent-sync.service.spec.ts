import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InventoryDocument } from '../../contracts/inventory-document';
import { hashDocument } from '../../contracts/inventory-hash';
import type { SyncRequest } from '../../contracts/push-sync.protocol';
import { AgentAccessService } from '../../domain/agent-access.service';
import { AgentSyncService, CHECK_INTERVAL_SECONDS } from '../../domain/agent-sync.service';
import { ManualClock } from '../../domain/clock';
import { InventoryService } from '../../domain/inventory.service';
import { PendingService } from '../../domain/pending.service';
import { CollectingEventSink } from '../fakes/collecting-event-sink';
import { FakeSecretTools } from '../fakes/fake-secret-tools';
import { MemoryAgentClientStore } from '../fakes/memory-agent-clients';
import { MemoryAgentStore } from '../fakes/memory-agent-store';
import { MemoryEquipmentRepository } from '../fakes/memory-equipment-repository';
import { MemoryInventoryStore } from '../fakes/memory-inventory-store';
import { dellLaptop } from '../fixtures/machines';

const AGENT_UUID = '5e1f0c2a-7b3d-4c8e-9f10-2a3b4c5d6e7f';
const AGENT_ADDRESS = '198.18.1.42';
const HOUR_MS = 3_600_000;
const SECONDARY = { url: 'https://inventory.example/', clientId: 'office-agent-2', clientSecret: 'Str0ng-and-long-enough-secret!' };

const syncRequest = (extra: Partial<SyncRequest> = {}): SyncRequest => ({ uuid: AGENT_UUID, agentVersion: '1.4.0', status: 'OK', date: '2026-04-01T08:59:00Z', inventoryHash: 'h1', ...extra });
const withSoftware = (document: InventoryDocument, names: string[]): InventoryDocument => ({ ...document, software: names.map((name) => ({ name, version: '1.0' })) });

async function setUp() {
  const clock = new ManualClock(new Date('2026-04-01T09:00:00Z'));
  const inventoryStore = new MemoryInventoryStore(clock);
  const agents = new MemoryAgentStore();
  inventoryStore.linkReferences(agents);
  const events = new CollectingEventSink();
  const inventory = new InventoryService({ store: inventoryStore, clock, events });
  const access = new AgentAccessService(new MemoryAgentClientStore(agents), new FakeSecretTools(), clock);
  const { client } = await access.authenticate('office-agent', (await access.generateSecret()).clientSecret);
  // random() = 0.5: the jitter cancels out and the next check is exactly an hour away.
  const sut = new AgentSyncService(agents, inventory, access, clock, () => 0.5, events);
  const pendingQueue = new PendingService(agents, new MemoryEquipmentRepository(inventoryStore, clock), inventory);
  /** A first sync with an inventory, then the operator creates the equipment from the pending entry. */
  const associatedAgent = async (document: InventoryDocument = dellLaptop.pushAgent) => {
    // Agents date their inventory when they take it (a minute before they send it, here).
    await sut.sync(client, syncRequest({ inventory: document, date: new Date(clock.now().getTime() - 60_000).toISOString() }), AGENT_ADDRESS);
    const [pending] = agents.pendingEntries();
    assert.ok(pending, 'the first sync queued the machine');
    return (await pendingQueue.create(pending.id)).equipmentId;
  };
  return { clock, inventoryStore, agents, events, inventory, access, client, sut, associatedAgent };
}

describe(AgentSyncService.name, () => {
  it('reconciles a new machine at once and attaches the agent to it when new machines are created (OCS, FusionInventory, GLPI agents)', async () => {
    const { agents, client, sut } = await setUp();
    await sut.sync(client, syncRequest({ inventory: dellLaptop.pushAgent }), AGENT_ADDRESS, { kind: 'ocs', newMachines: 'create' });
    assert.deepEqual(agents.pendingEntries(), [], 'no pending entry');
    const agent = await agents.findForSync(AGENT_UUID);
    assert.equal(agent?.kind, 'ocs');
    assert.ok(agent?.equipmentId, 'the agent names the equipment its inventory made');
    await sut.sync(client, syncRequest({ inventory: withSoftware(dellLaptop.pushAgent, ['7-Zip']) }), AGENT_ADDRESS, { kind: 'ocs', newMachines: 'create' });
    assert.equal((await agents.findForSync(AGENT_UUID))?.equipmentId, agent.equipmentId, 'its next inventory updates the same equipment');
  });

  it('records a heartbeat’s contact without reconciling anything', async () => {
    const { clock, inventoryStore, agents, client, sut, associatedAgent } = await setUp();
    const equipmentId = await associatedAgent();
    const inventoriedAt = clock.now();
    const takenAt = new Date(inventoriedAt.getTime() - 60_000);
    const historyBefore = inventoryStore.historyOf(equipmentId).length;
    clock.advanceMs(HOUR_MS);

    const answer = await sut.sync(client, syncRequest({ agentVersion: '1.4.1', status: 'Degraded' }), '198.18.1.43');

    assert.deepEqual(answer, { accepted: true, nextCheckSeconds: CHECK_INTERVAL_SECONDS });
    const agent = agents.byUuid(AGENT_UUID);
    assert.equal(agent?.lastContactAt?.toISOString(), clock.now().toISOString());
    assert.equal(agent?.lastInventoryAt?.toISOString(), inventoriedAt.toISOString(), 'last contact and last inventory are told apart');
    assert.deepEqual([agent?.version, agent?.status, agent?.ipAddress], ['1.4.1', 'Degraded', '198.18.1.43']);
    assert.equal(inventoryStore.historyOf(equipmentId).length, historyBefore, 'no reconciliation');
    assert.equal(inventoryStore.equipmentRow(equipmentId)?.lastInventoryAt?.toISOString(), takenAt.toISOString(), 'the equipment is as of when the agent took the inventory');
  });

  it('reconciles a full inventory of an associated agent into its equipment, queueing nothing', async () => {
    const { clock, inventoryStore, agents, client, sut, associatedAgent } = await setUp();
    const equipmentId = await associatedAgent();
    clock.advanceMs(HOUR_MS);
    const upgraded = withSoftware(dellLaptop.pushAgent, ['Mozilla Firefox', 'LibreOffice']);

    const answer = await sut.sync(client, syncRequest({ inventory: upgraded, date: clock.now().toISOString() }), AGENT_ADDRESS);

    assert.equal(answer.inventoryRequired, undefined);
    assert.deepEqual(inventoryStore.equipmentRow(equipmentId)?.document.software?.map((software) => software.name), ['Mozilla Firefox', 'LibreOffice']);
    assert.equal(inventoryStore.historyOf(equipmentId).at(-1)?.matchedBy, 'source-key', 'found by the agent’s UUID');
    assert.equal(inventoryStore.equipmentRow(equipmentId)?.lastInventoryAt?.toISOString(), clock.now().toISOString());
    const agent = agents.byUuid(AGENT_UUID);
    assert.equal(agent?.inventoryHash, hashDocument(upgraded));
    assert.equal(agent?.lastInventoryAt?.toISOString(), clock.now().toISOString());
    assert.deepEqual(agents.pendingEntries(), [], 'an associated agent never returns to the queue');
  });

  it('skips reconciliation when an associated agent sends the inventory it sent last, yet records it', async () => {
    const { clock, inventoryStore, agents, client, sut, associatedAgent } = await setUp();
    const equipmentId = await associatedAgent();
    const historyBefore = inventoryStore.historyOf(equipmentId).length;
    clock.advanceMs(HOUR_MS);

    await sut.sync(client, syncRequest({ inventory: structuredClone(dellLaptop.pushAgent) }), AGENT_ADDRESS);

    assert.equal(inventoryStore.historyOf(equipmentId).length, historyBefore);
    assert.equal(agents.byUuid(AGENT_UUID)?.lastInventoryAt?.toISOString(), clock.now().toISOString());
  });

  it('puts a new agent’s machine in the pending queue and raises pending.created once', async () => {
    const { clock, inventoryStore, agents, events, client, sut } = await setUp();

    const answer = await sut.sync(client, syncRequest({ inventory: dellLaptop.pushAgent }), AGENT_ADDRESS);
    clock.advanceMs(HOUR_MS);
    await sut.sync(client, syncRequest({ inventory: withSoftware(dellLaptop.pushAgent, ['7-Zip']) }), AGENT_ADDRESS);

    assert.deepEqual(answer, { accepted: true, nextCheckSeconds: CHECK_INTERVAL_SECONDS });
    const [pending, ...others] = agents.pendingEntries();
    assert.deepEqual(others, [], 'one entry per machine');
    assert.equal(pending?.name, 'PC-ACCT-042');
    assert.equal(pending?.os, 'Windows 11 Pro 23H2');
    assert.equal(pending?.systemUuid, dellLaptop.pushAgent.identity.systemUuid);
    assert.deepEqual(pending?.document.software?.map((software) => software.name), ['7-Zip'], 'the entry holds the latest inventory');
    assert.deepEqual(inventoryStore.equipmentRows(), [], 'no equipment until an operator decides');
    const agent = agents.byUuid(AGENT_UUID);
    assert.deepEqual(events.ofType('pending.created'), [
      {
        type: 'pending.created',
        occurredAt: new Date('2026-04-01T09:00:00Z'),
        data: { pendingId: pending?.id, agentId: agent?.id, agentUuid: AGENT_UUID, name: 'PC-ACCT-042', ipAddress: AGENT_ADDRESS, system: 'Windows 11 Pro 23H2', suggestedEquipmentId: null },
      },
    ]);
    assert.deepEqual(
      events.ofType('agent.contacted').map((event) => event.data),
      [1, 2].map(() => ({ count: 1, agents: [{ agentId: agent?.id, uuid: AGENT_UUID, kind: 'capture-agent', equipmentId: null }] })),
      'each contact is told (the composition coalesces them for the live stream)',
    );
  });

  it('suggests for a new machine the equipment another way in already brought', async () => {
    const { agents, events, inventory, client, sut } = await setUp();
    const known = await inventory.submit({ document: dellLaptop.ocs, handle: { source: 'ocs', connectionId: 'c-ocs' } });

    await sut.sync(client, syncRequest({ inventory: dellLaptop.pushAgent }), AGENT_ADDRESS);

    assert.equal(agents.pendingEntries()[0]?.suggestedEquipmentId, known.equipmentId);
    assert.match(agents.pendingEntries()[0]?.suggestionReason ?? '', /^same (uuid|serial|mac) /, 'the suggestion says which identity matched');
    assert.equal(events.ofType('pending.created')[0]?.data.suggestedEquipmentId, known.equipmentId);
  });

  it('asks a new agent for its inventory at its first heartbeat', async () => {
    const { agents, client, sut } = await setUp();

    const answer = await sut.sync(client, syncRequest(), AGENT_ADDRESS);

    assert.equal(answer.inventoryRequired, true);
    assert.equal(agents.byUuid(AGENT_UUID)?.inventoryHash, null, 'the contact is recorded all the same');
  });

  it('asks for the inventory again once the machine’s pending entry was removed, and not while it waits there', async () => {
    const { agents, client, sut } = await setUp();
    await sut.sync(client, syncRequest({ inventory: dellLaptop.pushAgent }), AGENT_ADDRESS);
    const waiting = await sut.sync(client, syncRequest(), AGENT_ADDRESS);
    const [pending] = agents.pendingEntries();
    await agents.deletePending(pending?.id ?? '');

    const removed = await sut.sync(client, syncRequest(), AGENT_ADDRESS);

    assert.equal(waiting.inventoryRequired, undefined, 'the server holds its inventory in the queue');
    assert.equal(removed.inventoryRequired, true);
  });

  it('answers a configUpdate with the secondary client while a rollover is under way, to agents not yet switched', async () => {
    const { access, agents, client, sut } = await setUp();
    await access.setSecondary(SECONDARY);

    const onCurrent = await sut.sync(client, syncRequest(), AGENT_ADDRESS);
    const { client: secondary } = await access.authenticate(SECONDARY.clientId, SECONDARY.clientSecret);
    const switched = await sut.sync(secondary, syncRequest(), AGENT_ADDRESS);

    assert.deepEqual(onCurrent.configUpdate, SECONDARY);
    assert.equal(switched.configUpdate, undefined, 'an agent on the new configuration is not told again');
    assert.equal(agents.byUuid(AGENT_UUID)?.clientId, SECONDARY.clientId);
    assert.deepEqual((await access.configuration()).secondary, { url: SECONDARY.url, clientId: SECONDARY.clientId, agentsSwitched: 1 });
  });
});
