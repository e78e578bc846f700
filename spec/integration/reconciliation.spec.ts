import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { DataSource } from 'typeorm';
import { TypeormEquipmentRepository } from '../../db/repositories/equipment.repository';
import { InventoryRepository } from '../../db/repositories/inventory.repository';
import { Transactor } from '../../db/transactor';
import { ManualClock } from '../../domain/clock';
import { singleAddressRange } from '../../domain/address-range';
import { DomainError } from '../../domain/errors';
import type { InventoryDocument } from '../../contracts/inventory-document';
import { InventoryService } from '../../domain/inventory.service';
import { dellLaptop, networkPrinter, whiteBox } from '../fixtures/machines';
import { openMigratedDataSource, testDatabaseKinds } from '../support/databases';

const count = async (dataSource: DataSource, table: string): Promise<number> => Number((await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

for (const kind of testDatabaseKinds()) {
  describe(`reconciliation on ${kind}`, () => {
    let dataSource: DataSource;
    let close: () => Promise<void>;
    let sut: InventoryService;
    let equipment: TypeormEquipmentRepository;
    const clock = new ManualClock(new Date('2026-03-02T08:00:00Z'));

    before(async () => {
      ({ dataSource, close } = await openMigratedDataSource(kind));
      const transactor = new Transactor(dataSource);
      sut = new InventoryService({ store: new InventoryRepository(transactor), clock });
      equipment = new TypeormEquipmentRepository(dataSource, transactor, clock);
    });
    beforeEach(async () => {
      await dataSource.query('DELETE FROM equipment');
    });
    after(async () => close());

    it('makes one equipment of a laptop seen by the push agent, OCS, an SNMP scan and the capture agent', async () => {
      const outcomes = [
        await sut.submit({ document: dellLaptop.pushAgent, handle: { source: 'push-agent', sourceKey: 'agent-7f3a' } }),
        await sut.submit({ document: dellLaptop.ocs, handle: { source: 'ocs', connectionId: 'c-ocs', sourceKey: 'PC-ACCT-042-2026-03-01-09-12-44' } }),
        await sut.submit({ document: dellLaptop.snmp, handle: { source: 'snmp', connectionId: 'c-lan' } }),
        await sut.submit({ document: dellLaptop.captureAgent, handle: { source: 'capture-agent', connectionId: 'c-lan' } }),
      ];
      assert.deepEqual(outcomes.map((outcome) => outcome.decision), ['created', 'updated', 'updated', 'updated']);
      assert.deepEqual(outcomes.slice(1).map((outcome) => outcome.matchedBy), ['uuid', 'mac', 'uuid']);
      assert.equal(new Set(outcomes.map((outcome) => outcome.equipmentId)).size, 1);
      assert.equal(await count(dataSource, 'equipment'), 1);

      const merged = await equipment.findById(outcomes[0]!.equipmentId);
      assert.equal(merged?.type, 'Laptop');
      assert.deepEqual(merged?.sources.map((source) => source.source).sort(), ['capture-agent', 'ocs', 'push-agent', 'snmp']);
      // The agent's software list stands (OCS ranks alike and said it first, not differently since); SNMP and the capture agent did not erase it.
      assert.deepEqual(merged?.document.software?.map((software) => software.name), ['Mozilla Firefox']);
      assert.equal(merged?.document.loggedInUser, 'CORP\\jdoe');
      assert.equal(merged?.document.snmp?.sysName, 'PC-ACCT-042');
    });

    it('merges two views stored apart once a document proves they are one machine', async () => {
      const snmp = await sut.submit({ document: dellLaptop.snmp, handle: { source: 'snmp', connectionId: 'c-lan' } });
      const capture = await sut.submit({ document: dellLaptop.captureAgent, handle: { source: 'capture-agent', connectionId: 'c-lan' } });
      assert.notEqual(snmp.equipmentId, capture.equipmentId, 'no identifier in common yet');
      const bridge = await sut.submit({ document: dellLaptop.pushAgent, handle: { source: 'push-agent' } });
      assert.equal(bridge.decision, 'merged');
      assert.equal(await count(dataSource, 'equipment'), 1);
      const survivor = await equipment.findById(bridge.equipmentId);
      assert.deepEqual(survivor?.sources.map((source) => source.source).sort(), ['capture-agent', 'push-agent', 'snmp']);
      assert.equal((await equipment.history(bridge.equipmentId, { limit: 10, offset: 0 })).total, 3);
      assert.equal(survivor?.document.snmp?.sysName, 'PC-ACCT-042');
      assert.equal(survivor?.document.loggedInUser, 'CORP\\jdoe');
      assert.deepEqual((await equipment.list({ ip: singleAddressRange('198.18.1.42')! }, { limit: 5, offset: 0 })).items.map((item) => item.id), [bridge.equipmentId]);
    });

    it('keeps machines apart that share only placeholder UUIDs, serials and virtual MACs', async () => {
      const first = await sut.submit({ document: whiteBox('1C:87:2C:55:66:77', 'lab-01'), handle: { source: 'ocs', connectionId: 'c-ocs' } });
      const second = await sut.submit({ document: whiteBox('1C:87:2C:55:66:88', 'lab-02'), handle: { source: 'ocs', connectionId: 'c-ocs' } });
      assert.notEqual(first.equipmentId, second.equipmentId);
      const again = await sut.submit({ document: whiteBox('1C:87:2C:55:66:77', 'lab-01-renamed'), handle: { source: 'push-agent' } });
      assert.equal(again.equipmentId, first.equipmentId);
      assert.equal(again.matchedBy, 'mac');
      assert.equal(await count(dataSource, 'equipment'), 2);
    });

    it('creates a new equipment when a new machine takes an old host name', async () => {
      const old = await sut.submit({ document: dellLaptop.pushAgent, handle: { source: 'push-agent' } });
      const replacement: InventoryDocument = { identity: { systemUuid: '9A1F0C22-5B7E-4D0B-9F5E-0C1D2E3F4A5B', hostname: 'PC-ACCT-042', domain: 'corp.example' } };
      const outcome = await sut.submit({ document: replacement, handle: { source: 'push-agent' } });
      assert.equal(outcome.decision, 'created');
      assert.notEqual(outcome.equipmentId, old.equipmentId);
    });

    it('recognises a printer on the next scan by its serial and keeps its type', async () => {
      const first = await sut.submit({ document: networkPrinter, handle: { source: 'snmp', connectionId: 'c-lan' } });
      const second = await sut.submit({ document: { ...networkPrinter, snmp: { ...networkPrinter.snmp, printerPageCount: 48300 } }, handle: { source: 'snmp', connectionId: 'c-lan' } });
      assert.equal(second.equipmentId, first.equipmentId);
      assert.equal(second.matchedBy, 'serial');
      assert.deepEqual(second.changes, [{ field: 'snmp.printerPageCount', from: 48211, to: 48300 }]);
      assert.equal((await equipment.findById(first.equipmentId))?.type, 'Printer');
    });

    it('answers the same inventory again as unchanged without rewriting components', async () => {
      const created = await sut.submit({ document: dellLaptop.pushAgent, handle: { source: 'push-agent' } });
      const softwareRowsBefore = await dataSource.query('SELECT id FROM equipment_software WHERE equipment_id = ? ORDER BY id', [created.equipmentId]);
      clock.advanceMs(3_600_000);
      const replay = await sut.submit({ document: structuredClone(dellLaptop.pushAgent), handle: { source: 'push-agent' } });
      assert.equal(replay.decision, 'unchanged');
      assert.deepEqual(await dataSource.query('SELECT id FROM equipment_software WHERE equipment_id = ? ORDER BY id', [created.equipmentId]), softwareRowsBefore);
      const stored = await equipment.findById(created.equipmentId);
      assert.equal(stored?.lastInventoryAt?.toISOString(), clock.now().toISOString());
    });

    it('records each accepted inventory in the history with what changed', async () => {
      const created = await sut.submit({ document: dellLaptop.pushAgent, handle: { source: 'push-agent' } });
      const upgraded = { ...dellLaptop.pushAgent, software: [{ name: 'Mozilla Firefox', version: '129.0', publisher: 'Mozilla' }] };
      await sut.submit({ document: upgraded, handle: { source: 'push-agent' } });
      const history = await equipment.history(created.equipmentId, { limit: 10, offset: 0 });
      assert.equal(history.total, 2);
      assert.deepEqual(history.items.map((entry) => entry.decision).sort(), ['created', 'updated']);
      const update = history.items.find((entry) => entry.decision === 'updated');
      assert.deepEqual(update?.changes, [{ field: 'software', added: ['Mozilla Firefox 129.0'], removed: ['Mozilla Firefox 128.0'] }]);
    });

    it('stores a long document with accents, emoji and CJK byte for byte (MySQL gets it as a hex literal)', async () => {
      const software = Array.from({ length: 60 }, (_, index) => ({ name: `Éditeur « ${index} » 😀 中文软件 O'Brien \\ "quoted"`, version: `${index}.0` }));
      const document = { ...dellLaptop.pushAgent, software };
      const created = await sut.submit({ document, handle: { source: 'push-agent' } });
      const stored = await equipment.findById(created.equipmentId);
      assert.deepEqual(stored?.document.software?.map((entry) => entry.name), software.map((entry) => entry.name));
      clock.advanceMs(3_600_000);
      const renamed = software.map((entry, index) => (index === 3 ? { ...entry, name: `${entry.name} ✓` } : entry));
      await sut.submit({ document: { ...document, software: renamed }, handle: { source: 'push-agent' } });
      assert.deepEqual((await equipment.findById(created.equipmentId))?.document.software?.map((entry) => entry.name), renamed.map((entry) => entry.name));
      const rows: { name: string }[] = await dataSource.query('SELECT name FROM equipment_software WHERE equipment_id = ?', [created.equipmentId]);
      assert.deepEqual(rows.map((row) => row.name).sort(), renamed.map((entry) => entry.name).sort());
    });

    it('keeps the software rows equal to the document through small, repeated, moved and large changes', async () => {
      let state = 7;
      const pick = (n: number) => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return Math.floor((state / 2147483648) * n);
      };
      const item = () => ({ name: `pkg-${pick(25)}`, version: `${pick(3)}.0` });
      let software = Array.from({ length: 30 }, item);
      const created = await sut.submit({ document: { ...dellLaptop.pushAgent, software }, handle: { source: 'push-agent' } });
      for (let round = 0; round < 12; round++) {
        software = software.slice();
        for (let edit = round % 4 === 3 ? 40 : 1 + pick(3); edit > 0; edit--) {
          const at = pick(software.length);
          [() => software.splice(at, 0, item()), () => software.splice(at, 1), () => software.splice(pick(software.length), 0, ...software.splice(at, 1))][pick(3)]?.();
        }
        clock.advanceMs(3_600_000);
        await sut.submit({ document: { ...dellLaptop.pushAgent, software }, handle: { source: 'push-agent' } });
        const rows: { name: string; version: string }[] = await dataSource.query('SELECT name, version FROM equipment_software WHERE equipment_id = ?', [created.equipmentId]);
        const sorted = (list: { name: string; version: string }[]) => list.map((entry) => `${entry.name} ${entry.version}`).sort();
        const stored = (await equipment.findById(created.equipmentId))?.document.software ?? [];
        assert.deepEqual(sorted(rows), sorted(stored.map((entry) => ({ name: entry.name, version: entry.version ?? '' }))), `round ${round}`);
      }
    });

    it('finds equipment by IP, MAC, serial, source and text', async () => {
      const laptop = await sut.submit({ document: dellLaptop.pushAgent, handle: { source: 'push-agent' } });
      const printer = await sut.submit({ document: networkPrinter, handle: { source: 'snmp', connectionId: 'c-lan' } });
      const page = { limit: 10, offset: 0 };
      const ids = async (filter: Parameters<typeof equipment.list>[0]) => (await equipment.list(filter, page)).items.map((item) => item.id);
      assert.deepEqual(await ids({ ip: singleAddressRange('198.18.1.42')! }), [laptop.equipmentId]);
      assert.deepEqual(await ids({ ip: singleAddressRange('198.18.2.20')! }), [printer.equipmentId]);
      assert.deepEqual(await ids({ mac: '54bf.6412.3456' }), [laptop.equipmentId]);
      assert.deepEqual(await ids({ serial: 'vnb3k12345' }), [printer.equipmentId]);
      assert.deepEqual(await ids({ source: 'snmp', connectionId: 'c-lan' }), [printer.equipmentId]);
      assert.deepEqual(await ids({ q: 'latitude' }), [laptop.equipmentId]);
      assert.deepEqual(await ids({ type: 'Printer' }), [printer.equipmentId]);
      assert.equal((await equipment.list({}, { limit: 1, offset: 1 })).total, 2);
    });

    it('creates exactly one equipment when 20 sources report the same new machine at once', async () => {
      const documents = [dellLaptop.pushAgent, dellLaptop.ocs, dellLaptop.captureAgent, dellLaptop.snmp];
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, index) => sut.submit({ document: documents[index % documents.length]!, handle: { source: 'push-agent', sourceKey: `agent-${index % 2}` } })),
      );
      // Views with no identifier in common may be stored apart for a moment; the next document naming both merges them.
      assert.equal(await count(dataSource, 'equipment'), 1);
      const [{ id: survivor }] = await dataSource.query('SELECT id FROM equipment');
      const mergedAway = new Set(outcomes.flatMap((outcome) => outcome.mergedFrom));
      assert.ok(outcomes.every((outcome) => outcome.equipmentId === survivor || mergedAway.has(outcome.equipmentId)));
    });

    it('creates one equipment each for 12 different machines reporting at once', async () => {
      await Promise.all(Array.from({ length: 12 }, (_, index) => sut.submit({ document: whiteBox(`1C:87:2C:00:00:${String(index).padStart(2, '0')}`, `lab-${index}`), handle: { source: 'ocs', connectionId: 'c-ocs' } })));
      assert.equal(await count(dataSource, 'equipment'), 12);
    });

    it('refuses an inventory that identifies no machine', async () => {
      await assert.rejects(
        sut.submit({ document: { identity: { hostname: 'localhost' }, software: [{ name: 'x' }] }, handle: { source: 'push-agent' } }),
        (error: unknown) => error instanceof DomainError && error.code === 'unprocessable' && /identifies no machine/.test(error.message),
      );
      assert.equal(await count(dataSource, 'equipment'), 0);
    });
  });
}
