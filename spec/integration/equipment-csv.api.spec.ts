import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { generatedEquipment, insertEquipmentRows } from '../../bench/equipment-rows';
import { testDatabaseKinds } from '../support/databases';
import { startTestServer, type Json, type TestServer } from '../support/server';

/** Three batches of the export (1,000 rows each) and a part of one. */
const ROWS = 3_100;

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index++;
    } else {
      field += char;
    }
  }
  assert.equal(field + record.join(''), '', 'the last record ends with CRLF');
  return records;
}

const HEADER = ['id', 'name', 'type', 'status', 'manufacturer', 'model', 'serial', 'os', 'primaryIp', 'macs', 'lastInventoryAt', 'sources', 'hostname', 'createdAt', 'updatedAt'];

for (const kind of testDatabaseKinds()) {
  describe(`GET /api/v1/equipment as text/csv on ${kind}`, () => {
    let server: TestServer;
    let readToken: string;

    const csv = async (query: string, token?: string) => {
      const response = await server.call(`/api/v1/equipment?${query}`, { headers: { accept: 'text/csv' }, ...(token ? { token } : {}) });
      assert.equal(response.status, 200, await response.clone().text());
      return { response, records: parseCsv(await response.text()) };
    };
    /** Every page of the JSON list, in its order. */
    const jsonIds = async (query: string) => {
      const ids: string[] = [];
      for (let offset = 0; ; offset += 500) {
        const page = await (await server.call(`/api/v1/equipment?${query}&limit=500&offset=${offset}`)).json();
        ids.push(...page.items.map((item: Json) => item.id));
        if (page.items.length < 500) {
          return ids;
        }
      }
    };

    before(async () => {
      server = await startTestServer(kind);
      readToken = (await server.services.auth.createToken('viewer', 'read')).token;
      await insertEquipmentRows(server.dataSource, ROWS);
    });
    after(async () => server.close());

    it('streams every row once, as an attachment with a header row, in the default order', async () => {
      const { response, records } = await csv('limit=5');
      assert.match(response.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
      assert.equal(response.headers.get('content-disposition'), 'attachment; filename="equipment.csv"');
      assert.deepEqual(records[0], HEADER);
      const ids = records.slice(1).map((record) => record[0]);
      assert.equal(ids.length, ROWS, 'limit and offset do not apply to an export');
      assert.equal(new Set(ids).size, ROWS);
      assert.deepEqual(ids, await jsonIds('sort=name'));
    });

    it('writes each column of a row', async () => {
      const { records } = await csv('sort=createdAt');
      const generated = generatedEquipment(17);
      const row = records.find((record) => record[0] === generated.id);
      assert.deepEqual(row, [
        generated.id,
        generated.name,
        generated.type,
        generated.status,
        generated.manufacturer ?? '',
        generated.model ?? '',
        generated.serial ?? '',
        generated.osName ?? '',
        generated.primaryIp ?? '',
        generated.mac,
        generated.lastInventoryAt?.toISOString() ?? '',
        generated.source,
        generated.name,
        generated.createdAt.toISOString(),
        generated.createdAt.toISOString(),
      ]);
    });

    for (const [sort, order] of [['manufacturer', 'desc'], ['primaryIp', 'asc'], ['lastInventoryAt', 'desc'], ['os', 'asc']] as const) {
      it(`applies the filters and the sort (${sort} ${order}, NULLs and ties across batches) as the JSON list does`, async () => {
        const query = `type=Workstation&software=firefox&sort=${sort}&order=${order}`;
        const expected = await jsonIds(query);
        const count = Array.from({ length: ROWS }, (_, index) => generatedEquipment(index)).filter((item) => item.type === 'Workstation' && item.software.name === 'Mozilla Firefox').length;
        assert.equal(expected.length, count);
        assert.deepEqual((await csv(query)).records.slice(1).map((record) => record[0]), expected);
      });
    }

    it('is open to read-scope tokens', async () => {
      const { records } = await csv('ipRange=10.0.2.0/24', readToken);
      assert.ok(records.length > 1);
      assert.ok(records.slice(1).every((record) => record[8]?.startsWith('10.0.2.')));
    });

    it('quotes commas, quotes and line breaks, and defuses cells a spreadsheet would run as formulas', async () => {
      const [{ id }] = await server.dataSource.query('SELECT id FROM equipment ORDER BY id LIMIT 1');
      await server.dataSource.query('UPDATE equipment SET name = ?, model = ?, serial = ?, manufacturer = ? WHERE id = ?', ['=HYPERLINK("http://evil")', 'a, "b"\r\nc', '-2+3', '@SUM(A1)', id]);
      const response = await server.call(`/api/v1/equipment?q=hyperlink`, { headers: { accept: 'text/csv' } });
      const text = await response.text();
      assert.ok(text.includes(`"'=HYPERLINK(""http://evil"")"`), text);
      const [, row] = parseCsv(text);
      assert.equal(row?.[1], `'=HYPERLINK("http://evil")`);
      assert.equal(row?.[5], 'a, "b"\r\nc');
      assert.equal(row?.[6], `'-2+3`);
      assert.equal(row?.[4], `'@SUM(A1)`);
    });

    it('answers a bad filter with a problem, not a CSV', async () => {
      const response = await server.call('/api/v1/equipment?sort=colour', { headers: { accept: 'text/csv' } });
      assert.equal(response.status, 400);
      assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
    });

    it('still answers JSON to a client that accepts both', async () => {
      const response = await server.call('/api/v1/equipment?limit=1', { headers: { accept: 'application/json, text/csv;q=0.5' } });
      assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    });
  });
}
