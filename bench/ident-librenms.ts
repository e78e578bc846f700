/**
 * npm run bench:ident-librenms — device identification measured on a corpus nobody here wrote
 * rules against: LibreNMS's test recordings (tests/snmpsim/*.snmprec, about 1,900 real devices
 * that LibreNMS users recorded with snmpsim) scored against what LibreNMS's own discovery says of
 * each (tests/data/<name>.json: its device type, hardware and serial).
 *
 * LibreNMS is GPL-3.0: nothing of it is committed here or needed by CI. Bring its files beside the
 * project and give their folder:
 *   BENCH_LIBRENMS=<folder holding tests/snmpsim, tests/data and resources/definitions/os_detection>
 * (the search tool's fetch of a LibreNMS snapshot, its blobs written out with git cat-file; the
 * folder of a `git clone` works as it is). Only the figures it prints are ours to quote.
 *
 * LibreNMS's types are coarser than ours: `network` is a switch or a router (also optical
 * transport, modems and media converters, which we have no type for), `wireless` an access point
 * or a radio bridge, `server` any general-purpose host. A recording is right when our type is one
 * LibreNMS's type allows (ACCEPTED below); types we have no counterpart for (appliance,
 * loadbalancer, collaboration, timing...) are listed but not scored. Vendor is judged against
 * LibreNMS's icon for the OS (its maker's logo, "cisco.svg"), left unjudged where the icon names
 * an OS rather than a maker (linux, windows...). Model "found" counts a model reported where
 * LibreNMS found hardware; "right" one that holds LibreNMS's hardware string or is held by it.
 * The recordings are split by LibreNMS's OS name, hashed as the corpus's splits are (cli/snmp-corpus-split.ts):
 * dev (about 60 % of the OSes) and holdout, every recording of one OS in the same half. Rules may be tuned
 * on dev misses only (BENCH_LIBRENMS_MISSES=<LibreNMS type> prints the dev misses of that type, `all`
 * for every type; BENCH_LIBRENMS_VENDOR_MISSES=1 the dev recordings whose maker is not the icon's); holdout is
 * the figure to quote.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EquipmentType } from '../domain/equipment';
import { identifyRecording, type Identification } from '../cli/snmp-corpus';
import { normalizeName } from '../cli/snmp-accuracy-report';
import { corpusSplitOf, type CorpusSplit } from '../cli/snmp-corpus-split';

/** Our types each LibreNMS device type allows. */
const ACCEPTED: Readonly<Record<string, readonly EquipmentType[]>> = {
  network: ['Switch', 'Router'],
  wireless: ['AccessPoint'],
  firewall: ['Firewall'],
  power: ['PowerDevice'],
  environment: ['EnvironmentSensor'],
  environmental: ['EnvironmentSensor'],
  sensor: ['EnvironmentSensor'],
  printer: ['Printer'],
  storage: ['Storage'],
  server: ['Server', 'Workstation', 'VirtualMachine'],
  workstation: ['Workstation', 'Server'],
  camera: ['IpCamera'],
};
/** LibreNMS icons that name an operating system or nothing, not a maker. */
const NOT_A_MAKER = new Set(['linux', 'windows', 'generic', 'freebsd', 'openbsd', 'netbsd', 'solaris', 'unix', 'debian', 'ubuntu', 'centos', 'redhat', 'suse', 'opensuse', 'fedora', 'gentoo', 'arch', 'android', 'pfsense', 'opnsense', 'openwrt', 'ddwrt', 'dd-wrt', 'tomato', 'mac', 'macos', 'apple-os', 'zfs']);

interface Truth {
  os: string;
  type: string;
  hardware?: string | undefined;
  icon?: string | undefined;
}

interface Row {
  name: string;
  /** By LibreNMS's OS name, so every recording of one OS is in the same half. */
  split: CorpusSplit;
  truth: Truth;
  found: Identification;
  typeRight?: boolean;
  vendorRight?: boolean;
  modelFound?: boolean;
  modelRight?: boolean;
}

/** The first device of tests/data/<name>.json's os discovery, or nothing when the file has none. */
async function discoveredTruth(dataDir: string, name: string): Promise<Truth | undefined> {
  const file = path.join(dataDir, `${name}.json`);
  if (!existsSync(file)) {
    return undefined;
  }
  const data = JSON.parse(await readFile(file, 'utf8')) as { os?: { discovery?: { devices?: { os?: string; type?: string; hardware?: string | null; icon?: string | null }[] } } };
  const device = data.os?.discovery?.devices?.[0];
  if (!device?.os || !device.type) {
    return undefined;
  }
  return { os: device.os, type: device.type.trim().toLowerCase(), hardware: device.hardware ?? undefined, icon: device.icon?.replace(/\.(svg|png)$/, '') ?? undefined };
}

/** `os`, `type` and `icon` of resources/definitions/os_detection/<os>.yaml, read by line (top-level keys only). */
async function definedTruth(definitions: string, name: string): Promise<Truth | undefined> {
  // A recording is named <os> or <os>_<variant>; an OS name may itself hold an underscore.
  const parts = name.split('_');
  for (let length = parts.length; length > 0; length--) {
    const os = parts.slice(0, length).join('_');
    const file = path.join(definitions, `${os}.yaml`);
    if (existsSync(file)) {
      const text = await readFile(file, 'utf8');
      const key = (field: string) => text.match(new RegExp(`^${field}:\\s*['"]?([^'"\\n#]+?)['"]?\\s*$`, 'm'))?.[1];
      const type = key('type');
      return type ? { os, type: type.toLowerCase(), icon: key('icon') } : undefined;
    }
  }
  return undefined;
}

function sameModel(found: string | undefined, hardware: string): boolean {
  if (!found) {
    return false;
  }
  const reported = normalizeName(found, { dropFiller: false });
  const known = normalizeName(hardware, { dropFiller: false });
  return known.length >= 3 && (reported.includes(known) || (reported.length >= 3 && known.includes(reported)));
}

function score(name: string, truth: Truth, found: Identification): Row {
  const accepted = ACCEPTED[truth.type];
  const icon = truth.icon ? normalizeName(truth.icon.replace(/[-_](old|new|alt|\d+)$/, '')) : '';
  const maker = icon && !NOT_A_MAKER.has(truth.icon ?? '') ? icon : undefined;
  const reportedMaker = found.manufacturer ? normalizeName(found.manufacturer) : '';
  return {
    name,
    split: corpusSplitOf(`librenms/${truth.os}`),
    truth,
    found,
    ...(accepted && { typeRight: accepted.includes(found.type) }),
    ...(maker && { vendorRight: reportedMaker.length > 0 && (reportedMaker.startsWith(maker) || maker.startsWith(reportedMaker)) }),
    ...(truth.hardware && { modelFound: Boolean(found.model), modelRight: sameModel(found.model, truth.hardware) }),
  };
}

function percent(rows: readonly Row[], field: 'typeRight' | 'vendorRight' | 'modelFound' | 'modelRight'): string {
  const judged = rows.filter((row) => row[field] !== undefined);
  if (judged.length === 0) {
    return '—';
  }
  const right = judged.filter((row) => row[field]).length;
  return `${Math.round((100 * right) / judged.length)} % (${right}/${judged.length})`;
}

function table(rows: readonly Row[]): string[] {
  const byType = new Map<string, Row[]>();
  for (const row of rows) {
    byType.set(row.truth.type, [...(byType.get(row.truth.type) ?? []), row]);
  }
  const lines = ['| LibreNMS type | recordings | our types allowed | right type | vendor (LibreNMS icon) | model found | model right | what we said most |', '|---|---:|---|---:|---:|---:|---:|---|'];
  const ordered = [...byType].sort((a, b) => b[1].length - a[1].length);
  for (const [type, members] of ordered) {
    const said = new Map<string, number>();
    for (const row of members) {
      said.set(row.found.type, (said.get(row.found.type) ?? 0) + 1);
    }
    const most = [...said].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([found, count]) => `${found} ${count}`).join(', ');
    lines.push(`| ${type} | ${members.length} | ${ACCEPTED[type]?.join(', ') ?? 'none: not scored'} | ${percent(members, 'typeRight')} | ${percent(members, 'vendorRight')} | ${percent(members, 'modelFound')} | ${percent(members, 'modelRight')} | ${most} |`);
  }
  const scored = rows.filter((row) => row.typeRight !== undefined);
  lines.push(`| **scored** | ${scored.length} | | ${percent(scored, 'typeRight')} | ${percent(scored, 'vendorRight')} | ${percent(scored, 'modelFound')} | ${percent(scored, 'modelRight')} | |`);
  return lines;
}

async function main(): Promise<void> {
  const root = process.env.BENCH_LIBRENMS;
  if (!root || !existsSync(path.join(root, 'tests', 'snmpsim'))) {
    process.stderr.write('bench:ident-librenms: set BENCH_LIBRENMS to a folder holding LibreNMS\'s tests/snmpsim, tests/data and resources/definitions/os_detection (see the header of bench/ident-librenms.ts)\n');
    process.exitCode = 2;
    return;
  }
  const recordings = path.join(root, 'tests', 'snmpsim');
  const dataDir = path.join(root, 'tests', 'data');
  const definitions = path.join(root, 'resources', 'definitions', 'os_detection');
  const all = (await readdir(recordings)).filter((file) => file.endsWith('.snmprec')).map((file) => file.slice(0, -'.snmprec'.length)).sort();
  // "<device>@<vlan>" files are SNMP contexts of the device recorded beside them (a Cisco switch's
  // per-VLAN BRIDGE-MIB, snmpsim's community@context): no system group, not a device of their own.
  const names = all.filter((name) => !name.includes('@'));
  const contexts = all.length - names.length;
  const rows: Row[] = [];
  const unread: string[] = [];
  let untyped = 0;
  const started = Date.now();
  for (const name of names) {
    const truth = (await discoveredTruth(dataDir, name)) ?? (await definedTruth(definitions, name));
    if (!truth) {
      untyped++;
      continue;
    }
    try {
      rows.push(score(name, truth, await identifyRecording(path.join(recordings, `${name}.snmprec`))));
    } catch (error) {
      unread.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  process.stdout.write(`bench:ident-librenms — ${names.length} recordings of ${root} (${contexts} SNMP context recordings of those left out): ${rows.length} identified in ${((Date.now() - started) / 1000).toFixed(1)} s, ${untyped} without a LibreNMS type, ${unread.length} unreadable\n\n`);
  for (const split of ['dev', 'holdout'] as const) {
    const members = rows.filter((row) => row.split === split);
    process.stdout.write(`${split} (${members.length} recordings, ${new Set(members.map((row) => row.truth.os)).size} OSes)\n${table(members).join('\n')}\n\n`);
  }
  process.stdout.write(`all\n${table(rows).join('\n')}\n`);
  if (unread.length > 0) {
    process.stdout.write(`\nunreadable:\n${unread.slice(0, 20).map((line) => `- ${line}`).join('\n')}\n`);
  }
  const missesOf = process.env.BENCH_LIBRENMS_MISSES;
  if (missesOf) {
    const misses = rows.filter((row) => row.split === 'dev' && (missesOf === 'all' || row.truth.type === missesOf) && row.typeRight === false);
    process.stdout.write(`\n${misses.length} dev ${missesOf} misses:\n${misses.map((row) => `- ${row.name} (${row.truth.os}${row.truth.hardware ? `, ${row.truth.hardware}` : ''}): ${row.found.type}, ${row.found.manufacturer ?? '?'} — ${row.found.why}`).join('\n')}\n`);
  }
  if (process.env.BENCH_LIBRENMS_VENDOR_MISSES === '1') {
    const misses = rows.filter((row) => row.split === 'dev' && row.vendorRight === false);
    process.stdout.write(`\n${misses.length} dev vendor misses (ours → LibreNMS's icon):\n${misses.map((row) => `- ${row.name}: ${row.found.manufacturer ?? '?'} → ${row.truth.icon}`).join('\n')}\n`);
  }
}

void main();
