import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inventoryDocumentSchema } from '../../contracts/inventory-document';
import { describeTruncation, fitToLimits, INVENTORY_LIMITS } from '../../contracts/inventory-limits';
import { mapOcsInventory } from '../../ocs-import/mapper';
import { parseOcsXml } from '../../ocs-import/parser';

const software = (count: number, name = (index: number) => `package-${index}`) => Array.from({ length: count }, (_, index) => ({ name: name(index), version: '1.0' }));
const addresses = (count: number, base = 10) => Array.from({ length: count }, (_, index) => `${base}.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`);

describe('inventory limits', () => {
  it('keeps a document under every limit as it is (the same object)', () => {
    const raw = { identity: {}, software: software(10), networkInterfaces: [{ name: 'eth0', ipv4: addresses(3) }] };
    assert.equal(fitToLimits(raw), raw);
  });

  it('cuts a list past its count limit, keeps the first entries and says how many there were', () => {
    const parsed = inventoryDocumentSchema.parse({ software: software(INVENTORY_LIMITS.software + 7) });
    assert.equal(parsed.software?.length, INVENTORY_LIMITS.software);
    assert.equal(parsed.software?.[0]?.name, 'package-0');
    assert.deepEqual(parsed.truncated, { software: { kept: INVENTORY_LIMITS.software, total: INVENTORY_LIMITS.software + 7 } });
  });

  it('cuts a software list by weight when its entries are long, under the count limit', () => {
    const long = (index: number) => `${'Security Update for a product with a very long name '.repeat(9)}${index}`.slice(0, 500);
    const parsed = inventoryDocumentSchema.parse({ software: software(40_000, long) });
    const kept = parsed.software?.length ?? 0;
    assert.ok(kept < 40_000 && kept > 20_000, `kept ${kept}`);
    assert.deepEqual(parsed.truncated, { software: { kept, total: 40_000 } });
    assert.ok(JSON.stringify(parsed).length < 16 * 1024 * 1024, 'the document fits a MEDIUMTEXT column');
  });

  it('cuts addresses per interface and over all interfaces, adding the cuts up', () => {
    const perInterface = INVENTORY_LIMITS.addressesPerInterface;
    const interfaces = Array.from({ length: 6 }, (_, index) => ({ name: `bond${index}`, ipv4: addresses(perInterface + 100, 10 + index) }));
    const parsed = inventoryDocumentSchema.parse({ networkInterfaces: interfaces });
    const kept = parsed.networkInterfaces?.map((networkInterface) => networkInterface.ipv4?.length ?? 0) ?? [];
    assert.deepEqual(kept, [perInterface, perInterface, perInterface, perInterface, 0, 0], 'the first interfaces keep theirs until the total is reached');
    assert.deepEqual(parsed.truncated, { interfaceIpv4: { kept: INVENTORY_LIMITS.addresses, total: 6 * (perInterface + 100) } });
  });

  it('keeps what the source said it cut itself, beside its own cuts', () => {
    const parsed = inventoryDocumentSchema.parse({ truncated: { disks: { kept: 10, total: 12 } }, cpus: Array.from({ length: INVENTORY_LIMITS.cpus + 1 }, () => ({ cores: 1 })) });
    assert.deepEqual(parsed.truncated, { disks: { kept: 10, total: 12 }, cpus: { kept: INVENTORY_LIMITS.cpus, total: INVENTORY_LIMITS.cpus + 1 } });
  });

  it('holds no more than the limit of an OCS section while parsing, and counts the rest', () => {
    const total = INVENTORY_LIMITS.software + 50;
    const packages = Array.from({ length: total }, (_, index) => `<SOFTWARES><NAME>p${index}</NAME></SOFTWARES>`).join('');
    const parsed = parseOcsXml(`<REQUEST><DEVICEID>d</DEVICEID><QUERY>INVENTORY</QUERY><CONTENT>${packages}</CONTENT></REQUEST>`);
    assert.ok(parsed.kind === 'inventory');
    assert.equal(parsed.inventory.content.SOFTWARES?.length, INVENTORY_LIMITS.software);
    const document = inventoryDocumentSchema.parse(mapOcsInventory(parsed.inventory));
    assert.deepEqual(document.truncated, { software: { kept: INVENTORY_LIMITS.software, total } });
  });

  it('still refuses what is not an inventory', () => {
    assert.equal(inventoryDocumentSchema.safeParse('a string').success, false);
    assert.equal(inventoryDocumentSchema.safeParse({ software: 'not a list' }).success, false);
  });

  it('describes the cuts for a scan result or a log line', () => {
    assert.equal(describeTruncation({ software: { kept: 100_000, total: 153_383 } }), 'lists cut at the limits (software: kept 100,000 of 153,383)');
    assert.equal(describeTruncation(undefined), undefined);
  });
});
