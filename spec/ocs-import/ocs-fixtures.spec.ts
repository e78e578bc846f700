import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { deflateSync, inflateSync } from 'node:zlib';
import type { InventoryDocument } from '../../contracts/inventory-document';
import { readOcsInventory, type OcsReading } from '../../ocs-import/read-inventory';

/** Real and hand-made OCS files: see spec/fixtures/ocs/README.md for where each came from. */
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'ocs');
const LIMIT = 50 * 1024 * 1024;

const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

const imported = (reading: OcsReading): { document: InventoryDocument; deviceId: string; encoding: string } => {
  assert.equal(reading.kind, 'inventory', reading.kind === 'invalid' ? reading.reason : '');
  return reading.kind === 'inventory' ? reading : assert.fail();
};

const refusal = (reading: OcsReading): string => {
  assert.equal(reading.kind, 'invalid', 'the file was imported');
  return reading.kind === 'invalid' ? reading.reason : assert.fail();
};

/** One element's text, read from the file itself with a regex (the agent writes no attributes). */
const elementText = (xml: string, pattern: RegExp): string => {
  const match = pattern.exec(xml)?.[1];
  assert.ok(match !== undefined, `${pattern} is not in the file`);
  return match;
};

/** What the agent wrote about this machine, and what the importer must make of it. */
function assertMapsAgentOutput(bytes: Buffer): InventoryDocument {
  const xml = bytes.toString('utf8');
  const { document, deviceId, encoding } = imported(readOcsInventory(bytes, LIMIT));
  assert.equal(encoding, 'utf-8');
  assert.equal(deviceId, elementText(xml, /<DEVICEID>([^<]+)<\/DEVICEID>/));
  assert.equal(document.identity.hostname, elementText(xml, /<HARDWARE>[\s\S]*?<NAME>([^<]+)<\/NAME>[\s\S]*?<\/HARDWARE>/));
  const softwareElements = xml.match(/<SOFTWARES>/g)?.length ?? 0;
  assert.ok(softwareElements > 0, 'the agent listed no software');
  assert.equal(document.software?.length, softwareElements);
  assert.ok((document.networkInterfaces?.length ?? 0) > 0, 'no network interface');
  const osName = elementText(xml, /<OSNAME>([^<]+)<\/OSNAME>/);
  assert.equal(document.os?.name, osName);
  return document;
}

describe('a real inventory from Debian ocsinventory-agent 2.10 (--local)', () => {
  const bytes = fixture('ocsinventory-agent-2.10-debian.ocs');

  it('imports: DEVICEID, hostname, every package, network interfaces and OS', () => {
    const document = assertMapsAgentOutput(bytes);
    assert.equal(document.software?.length, 817);
    // No HARDWARE/ARCH from this agent: the architecture comes from CPUS/CPUARCH.
    assert.deepEqual(document.os, { name: 'Debian GNU/Linux 12', version: '12', architecture: 'x86_64' });
    // The agent writes one NETWORKS record per address (IPv6 in IPADDRESS too): one interface with both.
    const eth0 = document.networkInterfaces?.filter((network) => network.name === 'eth0');
    assert.equal(eth0?.length, 1);
    assert.deepEqual(eth0?.[0]?.ipv4, ['192.0.2.2']);
    assert.deepEqual(eth0?.[0]?.ipv6, ['fe80::fc:ff:fe00:1']);
    // SPEED is "N Mbps" here; -1 (unknown) stays absent.
    assert.equal(eth0?.[0]?.speedMbps, undefined);
    assert.equal(document.networkInterfaces?.find((network) => network.name === 'ifb0')?.speedMbps, 0);
    assert.equal(document.identity.primaryIp, '192.0.2.2');
    assert.equal(document.software?.find((software) => software.name === 'adduser')?.version, '3.134');
  });
});

/** The Debian package installs it in /usr/bin; OCS's own installer in /usr/sbin or /usr/local/bin. */
function findAgent(): string | undefined {
  const directories = ['/usr/sbin', ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean)];
  for (const directory of directories) {
    const candidate = path.join(directory, 'ocsinventory-agent');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

describe('a fresh inventory of this machine from ocsinventory-agent --local', () => {
  const agent = findAgent();
  // The agent takes 2-5 s here (2 cores), so this runs whenever the agent is installed;
  // it writes nowhere but a temporary folder and, in local mode, contacts no server.
  it('maps with this machine\'s hostname', { skip: agent ? false : 'ocsinventory-agent is not installed (apt-get install ocsinventory-agent)', timeout: 150_000 }, async (t) => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'ocs-local-'));
    try {
      const started = performance.now();
      // --basevardir keeps the agent's state (its DEVICEID) out of /var/lib/ocsinventory-agent.
      await promisify(execFile)(agent as string, [`--local=${directory}`, `--basevardir=${path.join(directory, 'state')}`], { timeout: 120_000 });
      t.diagnostic(`ocsinventory-agent took ${Math.round(performance.now() - started)} ms`);
      const files = readdirSync(directory).filter((file) => file.endsWith('.ocs'));
      assert.equal(files.length, 1, `the agent wrote ${files.join(', ') || 'no .ocs file'}`);
      // Like the agent, keep the short name: DEVICEID is `uname -n | cut -d . -f 1` and a date.
      const hostname = os.hostname().split('.')[0] as string;
      assert.match(files[0] as string, new RegExp(`^${hostname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d{4}(-\\d{2}){5}\\.ocs$`));
      const document = assertMapsAgentOutput(readFileSync(path.join(directory, files[0] as string)));
      assert.equal(document.identity.hostname, hostname);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('hand-made broken OCS files', () => {
  const refused: [string, RegExp][] = [
    ['empty.ocs', /^the file is empty$/],
    ['binary.ocs', /^the file is binary \(NUL bytes\), not XML$/],
    ['truncated.ocs', /^malformed XML: the file ends inside REQUEST > CONTENT > NETWORKS > MACADDR \(truncated or still being written\) \(line 38, column 23\)$/],
    ['entity-bomb.ocs', /^a DOCTYPE declaration is not allowed in an inventory \(entities are never expanded\) \(line 2, column 1\)$/],
    ['external-entity.ocs', /^a DOCTYPE declaration is not allowed in an inventory \(entities are never expanded\) \(line 2, column 1\)$/],
  ];
  for (const [file, reason] of refused) {
    it(`refuses ${file} with a reason`, () => {
      const text = refusal(readOcsInventory(fixture(`broken/${file}`), LIMIT));
      assert.match(text, reason);
      assert.doesNotMatch(text, /root:/, 'a reason must never quote /etc/passwd');
    });
  }

  it('refuses the entity bomb without expanding it', () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    refusal(readOcsInventory(fixture('broken/entity-bomb.ocs'), LIMIT));
    assert.ok(performance.now() - started < 1000);
    assert.ok(process.memoryUsage().heapUsed - heapBefore < 5 * 1024 * 1024);
  });

  const accented = (document: InventoryDocument) => {
    assert.equal(document.identity.hostname, 'pc-jerome');
    assert.equal(document.loggedInUser, 'Jérôme Müller');
    assert.deepEqual(
      document.software?.map((software) => software.name),
      ['openssh-server', 'Gestionnaire de vidéothèque'],
    );
    assert.equal(document.software?.[1]?.publisher, 'Académie de Lyon');
  };

  it('imports latin1-names.ocs (declared ISO-8859-1, Latin-1 bytes) with the right names', () => {
    const bytes = fixture('broken/latin1-names.ocs');
    assert.ok(bytes.includes(Buffer.from('J\u00e9r\u00f4me M\u00fcller', 'latin1')), 'the fixture is not Latin-1');
    const { document, deviceId, encoding } = imported(readOcsInventory(bytes, LIMIT));
    assert.equal(encoding, 'iso-8859-1');
    assert.equal(deviceId, 'pc-jerome-2026-11-25-09-12-44');
    accented(document);
  });

  for (const [file, magic] of [
    ['compressed-zlib.ocs', '78da'],
    ['compressed-gzip.ocs', '1f8b'],
  ] as const) {
    it(`imports ${file} with the right names`, () => {
      const bytes = fixture(`broken/${file}`);
      assert.equal(bytes.subarray(0, 2).toString('hex'), magic);
      const { document, deviceId, encoding } = imported(readOcsInventory(bytes, LIMIT));
      assert.equal(encoding, 'utf-8');
      assert.equal(deviceId, 'pc-jerome-2026-11-25-09-12-44');
      accented(document);
    });
  }
});

describe('an oversized file (made here, never committed)', () => {
  const SMALL_LIMIT = 4096;
  /** A valid inventory padded with trailing blank lines to exactly `size` bytes. */
  const inventoryOf = (size: number) => {
    const inventory = inflateSync(fixture('broken/compressed-zlib.ocs'));
    assert.ok(inventory.length < size);
    return Buffer.concat([inventory, Buffer.alloc(size - inventory.length, '\n')]);
  };

  it('imports a compressed inventory that inflates to exactly the limit', () => {
    imported(readOcsInventory(deflateSync(inventoryOf(SMALL_LIMIT)), SMALL_LIMIT));
  });

  it('refuses a compressed inventory that inflates one byte past the limit, naming the limit', () => {
    assert.match(refusal(readOcsInventory(deflateSync(inventoryOf(SMALL_LIMIT + 1)), SMALL_LIMIT)), new RegExp(`inflates beyond ${SMALL_LIMIT} bytes`));
  });

  it('refuses a plain inventory one byte past the limit, naming the limit', () => {
    assert.match(refusal(readOcsInventory(inventoryOf(SMALL_LIMIT + 1), SMALL_LIMIT)), new RegExp(`is ${SMALL_LIMIT + 1} bytes, over the limit of ${SMALL_LIMIT}`));
    imported(readOcsInventory(inventoryOf(SMALL_LIMIT), SMALL_LIMIT));
  });
});
