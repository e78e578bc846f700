import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { inventoryDocumentSchema, type InventoryDocument } from '../../contracts/inventory-document';
import { mapGlpiInventory } from '../../ocs-import/glpi-inventory.mapper';
import { mapOcsInventory } from '../../ocs-import/mapper';
import { parseOcsXml, SECTION_RECORDS } from '../../ocs-import/parser';

/** The GLPI agent 1.12's real requests: see spec/fixtures/glpi-agent/README.md. */
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'glpi-agent');
type Json = Record<string, unknown>;
const request = (file: string): { deviceid: string; partial?: boolean; content: Json } => JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8'));
const records = (value: unknown): Json[] => (Array.isArray(value) ? value : []) as Json[];
/** Without its undefined fields, as a stored document reads back. */
const defined = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const presentKeys = (document: InventoryDocument) => Object.keys(document).filter((key) => document[key as keyof InventoryDocument] !== undefined);

describe(mapGlpiInventory.name, () => {
  const cases = [
    {
      file: '02-inventory-full.json',
      present: ['identity', 'os', 'cpus', 'memory', 'disks', 'volumes', 'networkInterfaces', 'software', 'extras'],
    },
    // A partial run carries only what changed (bios and hardware always): no software, networks or OS.
    { file: '04-inventory-partial.json', present: ['identity', 'memory', 'volumes', 'extras'] },
  ];
  for (const { file, present } of cases) {
    it(`maps ${file}: every section it carries, and nothing it does not`, () => {
      const { deviceid, content } = request(file);
      const sut = inventoryDocumentSchema.parse(mapGlpiInventory(content, { deviceId: deviceid }));
      assert.deepEqual(presentKeys(sut), present);
      const hardware = content.hardware as Json;
      assert.equal(sut.identity.hostname, hardware.name);
      assert.equal(sut.memory?.totalBytes, (hardware.memory as number) * 1024 * 1024);
      assert.equal(sut.extras?.['ocs.deviceId'], deviceid);
      assert.deepEqual(sut.volumes?.map((volume) => volume.mount), records(content.drives).map((drive) => drive.volumn));
      assert.equal(sut.loggedInUser, undefined, 'the "wtmp" that an empty wtmp makes the agent report is no user');
      assert.equal(sut.software?.length, content.softwares === undefined ? undefined : records(content.softwares).length);
    });
  }

  it('maps the full inventory: 966 packages, OS, CPU cores and threads, disks, interfaces with their MACs', () => {
    const { deviceid, content } = request('02-inventory-full.json');
    const sut = inventoryDocumentSchema.parse(mapGlpiInventory(content, { deviceId: deviceid }));
    assert.equal(sut.software?.length, 966);
    assert.deepEqual(sut.software?.[0], { name: 'adduser', version: '3.134', publisher: 'Debian' });
    assert.deepEqual(sut.os, { name: 'Debian GNU/Linux 12 (bookworm)', version: '12.11', architecture: 'x86_64', kernel: '6.18.44-fc-v1045' });
    // `core` 2, `thread` 1 a core (the format's unit): two threads.
    assert.deepEqual(sut.cpus, [{ name: 'AMD EPYC', manufacturer: 'AMD', cores: 2, threads: 2 }]);
    assert.deepEqual(sut.disks, [{ name: 'vda', serial: 'overlayblk', sizeBytes: 274877 * 1024 * 1024, type: 'disk' }]);
    const macs = new Set(records(content.networks).map((network) => network.mac));
    assert.deepEqual(new Set(sut.networkInterfaces?.map((networkInterface) => networkInterface.mac)), macs);
    const eth0 = sut.networkInterfaces?.find((networkInterface) => networkInterface.name === 'eth0');
    // Three records (one an address) make one interface; speed 4294967295 is the agent's "unknown".
    assert.deepEqual(eth0, { name: 'eth0', mac: '02:fc:00:00:00:01', ipv4: ['192.0.2.2'], ipv6: ['fd00::2', 'fe80::fc:ff:fe00:1'], type: 'ethernet', status: 'up' });
    assert.equal(sut.networkInterfaces?.find((networkInterface) => networkInterface.name === 'lo')?.virtual, true);
  });

  it('reads identity from hardware, bios and operatingsystem, and the envelope tag as the XML ACCOUNTINFO TAG', () => {
    const content = {
      hardware: { name: 'pc-23', uuid: '0055ADC9-1D3A-E411-8043-B05D95113232', chassis_type: 'Laptop', workgroup: 'CORP' },
      bios: { ssn: '9E113232I', smanufacturer: 'TOSHIBA', smodel: 'Satellite', bmanufacturer: 'INSYDE', bversion: '1.60', bdate: '2014-09-18' },
      operatingsystem: { dns_domain: 'corp.example', full_name: 'Fedora 25' },
      storages: [{ name: 'sda', model: 'SSD 850', serial: 'S21' }],
      softwares: [{ name: 'vim', install_date: '2024-01-31' }],
    };
    const sut = inventoryDocumentSchema.parse(mapGlpiInventory(content, { deviceId: 'pc-23-2026', tag: 'paris' }));
    assert.deepEqual(defined(sut.identity), { systemUuid: '0055ADC9-1D3A-E411-8043-B05D95113232', hostname: 'pc-23', domain: 'corp.example', serial: '9E113232I', manufacturer: 'TOSHIBA', model: 'Satellite', chassisType: 'Laptop' });
    assert.deepEqual(sut.bios, { vendor: 'INSYDE', version: '1.60', releaseDate: '2014-09-18' });
    assert.equal(sut.disks?.[0]?.serial, 'S21');
    assert.equal(sut.software?.[0]?.installedAt, '2024-01-31');
    assert.equal(sut.extras?.['ocs.account.TAG'], 'paris');
  });

  it('states a section sent empty as empty, and leaves out one not sent', () => {
    const sut = mapGlpiInventory({ hardware: { name: 'vm' }, softwares: [] }, { deviceId: 'x' });
    assert.deepEqual(sut.software, []);
    assert.equal(sut.networkInterfaces, undefined);
  });

  it('fills the document as the XML does: a FusionInventory inventory, lower-cased and renamed as the agent sends JSON', () => {
    const xml = readFileSync(path.join(__dirname, '..', 'fixtures', 'glpi-inventory-format', 'glpi-inventory_format_1_fusion-2.3.20_linux-laptop.xml'), 'utf8');
    const parsed = parseOcsXml(xml);
    assert.ok(parsed.kind === 'inventory');
    const renamesBySection: Record<string, Record<string, string>> = { NETWORKS: { MACADDR: 'mac' }, SOFTWARES: { INSTALLDATE: 'install_date' }, STORAGES: { SERIALNUMBER: 'serial' } };
    const single = new Set(['HARDWARE', 'BIOS', 'OPERATINGSYSTEM']);
    const content = Object.fromEntries(
      Object.entries(parsed.inventory.content).map(([section, list]) => {
        // A renamed field replaces one of its new name, as the agent's _transform does (storages: SERIALNUMBER over SERIAL).
        const renames = renamesBySection[section] ?? {};
        const lowered = list.map((record) => {
          const fields: Record<string, string> = {};
          for (const [key, value] of Object.entries(record)) {
            fields[key.toLowerCase()] ??= value;
          }
          for (const [key, renamed] of Object.entries(renames)) {
            if (Object.hasOwn(record, key)) {
              fields[renamed] = record[key] as string;
              delete fields[key.toLowerCase()];
            }
          }
          return fields;
        });
        return [section.toLowerCase(), single.has(section) ? lowered[0] : lowered];
      }),
    );
    const sut = inventoryDocumentSchema.parse(mapGlpiInventory(content, { deviceId: parsed.inventory.deviceId }));
    const fromXml = inventoryDocumentSchema.parse(mapOcsInventory(parsed.inventory));
    // CPUs aside: the XML's THREAD is read as is, the JSON's is a count per core.
    assert.deepEqual({ ...sut, cpus: undefined }, { ...fromXml, cpus: undefined });
    assert.ok((sut.software?.length ?? 0) > 0 && (sut.networkInterfaces?.length ?? 0) > 0);
  });

  it(`keeps ${SECTION_RECORDS.toLocaleString('en-US')} packages of a longer list and says how many there were`, () => {
    const softwares = Array.from({ length: SECTION_RECORDS + 5 }, (_, index) => ({ name: `package-${index}` }));
    const sut = inventoryDocumentSchema.parse(mapGlpiInventory({ softwares }, { deviceId: 'x' }));
    assert.equal(sut.software?.length, SECTION_RECORDS);
    assert.deepEqual(sut.truncated?.software, { kept: SECTION_RECORDS, total: SECTION_RECORDS + 5 });
  });

  it('skips values nested deeper than a field and entries that are not records', () => {
    const sut = mapGlpiInventory({ operatingsystem: { full_name: 'Debian', timezone: { name: 'UTC' } }, softwares: ['vim', null, { name: 'nano', version: 7 }] }, { deviceId: 'x' });
    assert.deepEqual(sut.os, { name: 'Debian' });
    assert.deepEqual(sut.software, [{ name: 'nano', version: '7' }]);
  });
});
