import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { generatedEquipment, insertEquipmentRows, type GeneratedEquipment } from '../../bench/equipment-rows';
import { addressSortKey, parseAddressRange } from '../../domain/address-range';
import { ManualClock } from '../../domain/clock';
import { LIST_SORTS } from '../../domain/list-sort';
import { dellLaptop } from '../fixtures/machines';
import { testDatabaseKinds } from '../support/databases';
import { startTestServer, type Json, type TestServer } from '../support/server';

const ROWS = 60;
const generated = Array.from({ length: ROWS }, (_, index) => generatedEquipment(index));

/** What a sort field compares in a list item: text ignoring case, addresses by their key. */
const SORT_VALUE: Record<(typeof LIST_SORTS.equipment.fields)[number], (item: Json) => string | null> = {
  name: (item) => item.name.toLowerCase(),
  type: (item) => item.type,
  status: (item) => item.status,
  manufacturer: (item) => item.manufacturer?.toLowerCase() ?? null,
  model: (item) => item.model?.toLowerCase() ?? null,
  os: (item) => item.osName?.toLowerCase() ?? null,
  primaryIp: (item) => addressSortKey(item.primaryIp),
  serial: (item) => item.serial?.toLowerCase() ?? null,
  lastInventoryAt: (item) => item.lastInventoryAt,
  createdAt: (item) => item.createdAt,
};

/** Ascending comparison, NULLs first (as both databases sort them), ties by id. */
function compare(a: Json, b: Json, value: (item: Json) => string | null): number {
  const [left, right] = [value(a), value(b)];
  if (left !== right) {
    return left === null ? -1 : right === null ? 1 : left < right ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const idsOf = (items: Json[]) => items.map((item) => item.id as string);
const expectedIds = (where: (item: GeneratedEquipment) => boolean) => generated.filter(where).map((item) => item.id).sort();

for (const kind of testDatabaseKinds()) {
  describe(`sorting and filtering /api/v1/equipment on ${kind}`, () => {
    const clock = new ManualClock(new Date('2026-03-02T00:00:00Z'));
    let server: TestServer;
    let laptopId: string;

    const get = async (query: string) => {
      const response = await server.call(`/api/v1/equipment?${query}`);
      assert.equal(response.status, 200, `${query}: ${await response.clone().text()}`);
      return response.json();
    };
    const pagesOf = async (query: string, limit: number) => {
      const items: Json[] = [];
      for (let offset = 0; ; offset += limit) {
        const page = await get(`${query}&limit=${limit}&offset=${offset}`);
        items.push(...page.items);
        if (page.items.length < limit) {
          return { items, total: page.total };
        }
      }
    };
    /** The generated rows a filter finds (the submitted laptop left out). */
    const found = async (query: string) => idsOf((await get(`${query}&limit=500`)).items).filter((id) => id !== laptopId).sort();
    const problemOf = async (query: string) => {
      const response = await server.call(`/api/v1/equipment?${query}`);
      assert.equal(response.status, 400, query);
      assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
      return response.json();
    };

    before(async () => {
      server = await startTestServer(kind, { clock });
      await insertEquipmentRows(server.dataSource, ROWS);
      // One equipment through reconciliation: its address keys come from the write path, not the generator.
      laptopId = (await server.services.inventory.submit({ document: dellLaptop.pushAgent, handle: { source: 'capture-agent' } })).equipmentId;
    });
    after(async () => server.close());

    for (const field of LIST_SORTS.equipment.fields) {
      for (const order of ['asc', 'desc'] as const) {
        it(`sorts by ${field} ${order}, ties by id, the same in pages of 7 as in one page`, async () => {
          const whole = (await get(`sort=${field}&order=${order}&limit=500`)).items;
          const paged = await pagesOf(`sort=${field}&order=${order}`, 7);
          assert.equal(paged.total, ROWS + 1);
          assert.deepEqual(idsOf(paged.items), idsOf(whole));
          assert.equal(new Set(idsOf(whole)).size, ROWS + 1);
          const expected = [...whole].sort((a, b) => compare(a, b, SORT_VALUE[field]) * (order === 'asc' ? 1 : -1));
          assert.deepEqual(idsOf(whole), idsOf(expected));
        });
      }
    }

    it('keeps the default order (name, then id) and lets order alone reverse it', async () => {
      const byName = idsOf((await get('sort=name&limit=500')).items);
      assert.deepEqual(idsOf((await get('limit=500')).items), byName);
      assert.deepEqual(idsOf((await get('order=desc&limit=500')).items), [...byName].reverse());
    });

    it('sorts over a filter', async () => {
      const items = (await get('type=Laptop&sort=lastInventoryAt&order=desc&limit=500')).items;
      assert.deepEqual(idsOf(items).filter((id) => id !== laptopId).sort(), expectedIds((item) => item.type === 'Laptop'));
      assert.deepEqual(idsOf(items), idsOf([...items].sort((a, b) => -compare(a, b, SORT_VALUE.lastInventoryAt))));
    });

    it('refuses an unknown sort field or order, naming the parameter and what it takes', async () => {
      const problem = await problemOf('sort=colour&order=sideways');
      const bySort = problem.errors.find((error: Json) => error.field === 'query.sort');
      assert.ok(bySort, JSON.stringify(problem.errors));
      assert.match(bySort.message, /name, type, status, manufacturer, model, os, primaryIp, serial, lastInventoryAt, createdAt/);
      assert.deepEqual(problem.errors.find((error: Json) => error.field === 'query.order')?.message, 'must be asc or desc');
    });

    it('filters by manufacturer, model and OS anywhere in the text, ignoring case', async () => {
      assert.deepEqual(await found('manufacturer=DELL'), expectedIds((item) => item.manufacturer?.toLowerCase().includes('dell') ?? false));
      assert.deepEqual(await found('model=model3'), expectedIds((item) => item.model === 'Model3'));
      assert.deepEqual(await found('os=windows'), expectedIds((item) => item.osName?.toLowerCase().includes('windows') ?? false));
      assert.deepEqual(await found('manufacturer=hp&os=ubuntu'), expectedIds((item) => item.manufacturer === 'HP' && item.osName === 'Ubuntu 24.04'));
    });

    it('filters by software name, and by its version with it', async () => {
      assert.deepEqual(await found('software=zip'), expectedIds((item) => item.software.name === '7-Zip'));
      assert.deepEqual(await found('software=firefox&softwareVersion=102'), expectedIds((item) => item.software.name === 'Mozilla Firefox' && item.software.version.startsWith('102')));
      assert.deepEqual(await found('software=firefox&softwareVersion=102.0.1'), expectedIds((item) => item.software.name === 'Mozilla Firefox' && item.software.version === '102.0.1'));
    });

    it('extends q to manufacturer, OS and software names', async () => {
      assert.deepEqual(await found('q=lenovo'), expectedIds((item) => item.manufacturer === 'lenovo'));
      assert.deepEqual(await found('q=debian'), expectedIds((item) => item.osName === 'Debian 12'));
      assert.deepEqual(await found('q=libreoffice'), expectedIds((item) => item.software.name === 'LibreOffice'));
    });

    it('filters by a CIDR block or an a-b range, IPv4 and IPv6, comparing addresses as numbers', async () => {
      const within = (expression: string) => {
        const result = parseAddressRange(expression);
        assert.ok(result.ok);
        return expectedIds((item) => {
          const key = addressSortKey(item.primaryIp);
          return key !== null && key >= result.range.firstKey && key <= result.range.lastKey;
        });
      };
      assert.deepEqual(await found('ipRange=10.0.0.0/24'), within('10.0.0.0/24'));
      assert.ok((await found('ipRange=10.0.0.0/24')).length > 0);
      // 10.0.0.9 to 10.0.0.40: as text, 10.0.0.10 to 10.0.0.39 would fall outside.
      assert.deepEqual(await found('ipRange=10.0.0.9-10.0.0.40'), within('10.0.0.9-10.0.0.40'));
      assert.ok((await found('ipRange=10.0.0.9-10.0.0.40')).length > 5);
      assert.deepEqual(await found('ipRange=2001:db8::/120'), within('2001:db8::/120'));
      assert.ok((await found('ipRange=2001:db8::/120')).length > 0);
      assert.deepEqual(await found('ipRange=2001:db8::10-2001:DB8::0:20'), within('2001:db8::10-2001:db8::20'));
    });

    it('finds an equipment by the address its inventory stored (the write path keys it)', async () => {
      assert.deepEqual(idsOf((await get('ipRange=198.18.1.0/24')).items), [laptopId]);
      assert.deepEqual(idsOf((await get('ip=198.18.1.42')).items), [laptopId]);
      assert.deepEqual(idsOf((await get('ip=198.18')).items), [laptopId]);
    });

    it('matches an exact address, or the block of a partial IPv4 address', async () => {
      assert.deepEqual(await found('ip=10.0.1.4'), expectedIds((item) => item.primaryIp === '10.0.1.4'));
      assert.ok((await found('ip=10.0.1.4')).length > 0);
      assert.deepEqual(await found('ip=10.0.1'), expectedIds((item) => item.primaryIp?.startsWith('10.0.1.') ?? false));
      assert.deepEqual(await found('ip=10.0.1.'), expectedIds((item) => item.primaryIp?.startsWith('10.0.1.') ?? false));
    });

    it('matches a whole MAC in any spelling, or its first octets by prefix', async () => {
      const mac = generated[17]!.mac;
      assert.deepEqual(await found(`mac=${mac.toLowerCase().replace(/:/g, '-')}`), [generated[17]!.id]);
      assert.deepEqual(await found('mac=001a.2b00.0011'), [generated[17]!.id]);
      assert.deepEqual(await found('mac=00:1a:2b'), expectedIds(() => true));
      assert.deepEqual(await found('mac=00:1A:2B:00:00'), expectedIds(() => true));
      assert.deepEqual(await found('mac=00:1A:2C'), []);
    });

    it('filters by the last inventory date range, after inclusive and before exclusive', async () => {
      const after = '2026-02-28T12:00:00.000Z';
      const before = '2026-02-28T20:00:00Z';
      const inRange = (item: GeneratedEquipment) => item.lastInventoryAt !== null && item.lastInventoryAt.toISOString() >= after && item.lastInventoryAt < new Date(before);
      assert.deepEqual(await found(`inventoriedAfter=${after}&inventoriedBefore=${before}`), expectedIds(inRange));
      assert.deepEqual(await found('inventoriedBefore=2026-02-28'), expectedIds((item) => item.lastInventoryAt !== null && item.lastInventoryAt < new Date('2026-02-28T00:00:00Z')));
    });

    it('refuses a malformed address, range, MAC or date with the field and the form expected', async () => {
      const cases: [string, string, RegExp][] = [
        ['ip=10.0.0.999', 'query.ip', /192\.0\.2\.10/],
        ['ip=10.0.0.1.5', 'query.ip', /first one to three octets/],
        ['ip=fe80:', 'query.ip', /IPv6/],
        ['mac=00:1', 'query.mac', /first whole octets/],
        ['mac=nope', 'query.mac', /00:1A:2B:3C:4D:5E/],
        ['ipRange=10.0.0.0/33', 'query.ipRange', /CIDR/],
        ['ipRange=10.0.0.40-10.0.0.9', 'query.ipRange', /ends before it starts/],
        ['ipRange=10.0.0.1-2001:db8::1', 'query.ipRange', /mixes/],
        ['ipRange=somewhere', 'query.ipRange', /10\.0\.0\.5-10\.0\.0\.40/],
        ['inventoriedAfter=yesterday', 'query.inventoriedAfter', /ISO date/],
        ['inventoriedAfter=2026-03-01&inventoriedBefore=2026-02-01', 'query.inventoriedBefore', /later than inventoriedAfter/],
        ['softwareVersion=1.0', 'query.softwareVersion', /only with software/],
      ];
      for (const [query, field, message] of cases) {
        const problem = await problemOf(query);
        assert.equal(problem.errors.length, 1, `${query}: ${JSON.stringify(problem.errors)}`);
        assert.equal(problem.errors[0].field, field, query);
        assert.match(problem.errors[0].message, message, query);
      }
    });
  });
}
