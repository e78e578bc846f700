/**
 * npm run bench:ocs — imports a folder of 2,000 realistic OCS files (500 machines,
 * 4 inventories each as X.ocs, X-1.ocs..., ~200 software entries per file) with the
 * server's importer, on SQLite and (when reachable) MariaDB, and prints files/second
 * and peak RSS. BENCH_OCS_FILES and BENCH_OCS_MACHINES change the size;
 * BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306/test) names the MariaDB server;
 * BENCH_OCS_ONLY=sqlite|mysql runs one of them; BENCH_OCS_CONCURRENCY machines at once (default 4).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { createDataSource } from '../db/data-source';
import { TypeormImportedFileRepository } from '../db/repositories/imported-file.repository';
import { InventoryRepository } from '../db/repositories/inventory.repository';
import { Transactor } from '../db/transactor';
import { systemClock } from '../domain/clock';
import { InventoryService } from '../domain/inventory.service';
import { importFolder } from '../ocs-import/import-folder';
import { OcsImporter } from '../ocs-import/import.service';
import { createLogger } from '../observability/logger';

const FILES = Number(process.env.BENCH_OCS_FILES ?? 2000);
const MACHINES = Number(process.env.BENCH_OCS_MACHINES ?? 500);
const SOFTWARE = 200;

function ocsFile(machine: number, revision: number): string {
  const software = Array.from({ length: SOFTWARE }, (_, index) => {
    // Each revision upgrades a few packages, as real re-inventories do.
    const version = index < 5 * revision ? `2.${revision}.${index}` : `1.0.${index}`;
    return `<SOFTWARES><NAME>package-${index}-${index % 7 === 0 ? 'libs' : 'tools'}</NAME><VERSION>${version}</VERSION><PUBLISHER>Vendor ${index % 13}</PUBLISHER></SOFTWARES>`;
  });
  const uuid = `${machine.toString(16).padStart(8, '0')}-2c3d-4e5f-8a7b-${randomUuidTail(machine)}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<REQUEST><DEVICEID>ws-${machine}-2026-03-01-09-12-44</DEVICEID><QUERY>INVENTORY</QUERY><CONTENT>
<HARDWARE><NAME>ws-${machine}</NAME><WORKGROUP>corp.example</WORKGROUP><OSNAME>Microsoft Windows 11 Pro</OSNAME><OSVERSION>10.0.22631</OSVERSION><ARCH>x86_64</ARCH><MEMORY>16384</MEMORY><UUID>${uuid}</UUID><USERID>user${machine}</USERID><IPADDR>10.${(machine >> 8) & 255}.${machine & 255}.10</IPADDR></HARDWARE>
<BIOS><SMANUFACTURER>Dell Inc.</SMANUFACTURER><SMODEL>Latitude 5440</SMODEL><SSN>SN${machine.toString(36).toUpperCase().padStart(6, '0')}</SSN><BVERSION>1.${revision}.0</BVERSION><TYPE>Notebook</TYPE></BIOS>
<CPUS><TYPE>13th Gen Intel(R) Core(TM) i5-1345U</TYPE><CORES>10</CORES><LOGICAL_CPUS>12</LOGICAL_CPUS><SPEED>1600</SPEED></CPUS>
<MEMORIES><CAPACITY>8192</CAPACITY><NUMSLOTS>1</NUMSLOTS><TYPE>DDR4</TYPE></MEMORIES><MEMORIES><CAPACITY>8192</CAPACITY><NUMSLOTS>2</NUMSLOTS><TYPE>DDR4</TYPE></MEMORIES>
<STORAGES><NAME>disk0</NAME><MODEL>PM9A1 NVMe</MODEL><DISKSIZE>512000</DISKSIZE><SERIALNUMBER>S${machine}</SERIALNUMBER></STORAGES>
<DRIVES><LETTER>C:</LETTER><FILESYSTEM>NTFS</FILESYSTEM><TOTAL>486000</TOTAL><FREE>${200000 - revision * 1000}</FREE></DRIVES>
<NETWORKS><DESCRIPTION>Intel(R) Ethernet Connection</DESCRIPTION><MACADDR>00:1e:${hex(machine >> 8)}:${hex(machine)}:aa:01</MACADDR><IPADDRESS>10.${(machine >> 8) & 255}.${machine & 255}.10</IPADDRESS><STATUS>Up</STATUS></NETWORKS>
${software.join('\n')}
</CONTENT></REQUEST>
`;
}

const hex = (value: number) => (value & 255).toString(16).padStart(2, '0');
const randomUuidTail = (machine: number) => machine.toString(16).padStart(12, '0');

function writeFolder(folder: string): void {
  for (let file = 0; file < FILES; file++) {
    const machine = file % MACHINES;
    const revision = Math.floor(file / MACHINES);
    const name = `ws-${machine}-2026-03-01-09-12-44${revision === 0 ? '' : `-${revision}`}.ocs`;
    writeFileSync(path.join(folder, name), ocsFile(machine, revision));
    const written = new Date(Date.UTC(2026, 2, 1, 9, 0, revision));
    utimesSync(path.join(folder, name), written, written);
  }
}

async function run(label: string, databaseUrl: string, dataDir: string): Promise<void> {
  const folder = path.join(dataDir, 'ocs');
  mkdirSync(folder, { recursive: true });
  writeFolder(folder);
  const dataSource = createDataSource({ databaseUrl, dataDir });
  await dataSource.initialize();
  await dataSource.runMigrations();
  const logger = createLogger('warn');
  const importer = new OcsImporter(new InventoryService(new InventoryRepository(new Transactor(dataSource)), systemClock), new TypeormImportedFileRepository(dataSource), logger);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const startedAt = performance.now();
  const summary = await importFolder(importer, folder, { connectionId: '', afterImport: 'archive', ignoreRule: null, maxBytes: 50 * 1024 * 1024 }, { concurrency: Number(process.env.BENCH_OCS_CONCURRENCY ?? 4) });
  const seconds = (performance.now() - startedAt) / 1000;
  clearInterval(sampler);
  const equipment = Number((await dataSource.query('SELECT COUNT(*) AS n FROM equipment'))[0].n);
  const history = Number((await dataSource.query('SELECT COUNT(*) AS n FROM inventory_history'))[0].n);
  await dataSource.destroy();
  process.stdout.write(
    `${label.padEnd(8)} ${FILES} files (${MACHINES} machines, ${SOFTWARE} software each): ${seconds.toFixed(1)} s, ${(FILES / seconds).toFixed(0)} files/s, peak RSS ${(peakRss / 1048576).toFixed(0)} MB; ` +
      `${summary.imported} imported, ${summary.rejected} rejected; ${equipment} equipment, ${history} history rows\n`,
  );
}

async function main(): Promise<void> {
  const only = process.env.BENCH_OCS_ONLY; // 'sqlite' or 'mysql'
  if (only !== 'mysql') {
    const sqliteDir = mkdtempSync(path.join(tmpdir(), 'bench-ocs-sqlite-'));
    try {
      await run('SQLite', `sqlite:${path.join(sqliteDir, 'inventory.sqlite')}`, sqliteDir);
    } finally {
      rmSync(sqliteDir, { recursive: true, force: true });
    }
  }
  if (only === 'sqlite') {
    return;
  }
  const base = new URL(process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test');
  const name = `bench_ocs_${randomBytes(3).toString('hex')}`;
  let admin;
  try {
    admin = await createConnection({ uri: base.toString() });
  } catch (error) {
    process.stdout.write(`MariaDB  skipped: ${(error as Error).message}\n`);
    return;
  }
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4`);
  const mysqlDir = mkdtempSync(path.join(tmpdir(), 'bench-ocs-mysql-'));
  try {
    const url = new URL(base.toString());
    url.pathname = `/${name}`;
    await run('MariaDB', url.toString(), mysqlDir);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
    rmSync(mysqlDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
