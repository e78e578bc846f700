/**
 * npm run bench:ocs-parse — the CPU one OCS XML parse costs, with the server's reader
 * (ocs-import/parser.ts, saxes) beside the parser it had before (sax) and other streaming
 * parsers (bench/xml-parsers.ts), all feeding the same OcsRequestReader, in one run. Inputs:
 * the real OCS agent inventory of spec/fixtures/ocs/, a FusionInventory one of
 * spec/fixtures/glpi-inventory-format/, and the 20 MiB file of 53,383 packages bench:ocs-large
 * drops (BENCH_OCS_PARSE_LARGE=0 leaves it out). Prints the median over rounds of the CPU
 * (process.cpuUsage: user + system, every thread) per parse, the peak heap during one parse
 * (sampled every 256 elements, above the heap after a GC), and whether the records match the
 * reader's; then the rest of the reader worker's path (decode, map, validate) per inventory.
 * BENCH_OCS_PARSE_ROUNDS (default 7) rounds. Runs in this process only: no server, no database.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import { deserialize, getHeapStatistics, serialize } from 'node:v8';
import { inventoryDocumentSchema } from '../contracts/inventory-document';
import { decodeOcsFile } from '../ocs-import/decode';
import { mapOcsInventory } from '../ocs-import/mapper';
import { OcsRequestReader, type OcsInventory } from '../ocs-import/ocs-request-reader';
import { parseOcsXml } from '../ocs-import/parser';
import { readAgentRequest } from '../ocs-import/read-inventory';
import { largeOcsFile } from './ocs-files';
import { xmlParserCandidates, type FeedXml } from './xml-parsers';

const ROUNDS = Number(process.env.BENCH_OCS_PARSE_ROUNDS ?? 7);
const MAX_BYTES = 64 * 1024 * 1024;
const FIXTURES = path.join(__dirname, '..', 'spec', 'fixtures');

interface Input {
  name: string;
  bytes: Buffer;
  /** Parses a round: enough for ~100 ms of sax on the small files, one on the large one. */
  perRound: number;
}

function inputs(): Input[] {
  const list: Input[] = [
    { name: 'OCS agent 2.10 (Debian)', bytes: readFileSync(path.join(FIXTURES, 'ocs', 'ocsinventory-agent-2.10-debian.ocs')), perRound: 12 },
    { name: 'FusionInventory 2.3.20', bytes: readFileSync(path.join(FIXTURES, 'glpi-inventory-format', 'glpi-inventory_format_1_fusion-2.3.20_linux-laptop.xml')), perRound: 60 },
  ];
  if (process.env.BENCH_OCS_PARSE_LARGE !== '0') {
    list.push({ name: 'large (53,383 packages)', bytes: Buffer.from(largeOcsFile(53_383)), perRound: 1 });
  }
  return list;
}

/** Median CPU milliseconds of one call of `run`, over ROUNDS rounds of `perRound` calls after one warm-up round. */
function cpuMsPerCall(run: () => void, perRound: number): number {
  const samples: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const start = process.cpuUsage();
    for (let call = 0; call < perRound; call++) {
      run();
    }
    const used = process.cpuUsage(start);
    if (round > 0) {
      samples.push((used.user + used.system) / 1000 / perRound);
    }
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

/** A reader that samples the heap as elements open: the bench's, not the server's. */
class HeapSamplingReader extends OcsRequestReader {
  peakBytes = 0;
  private opened = 0;

  override open(name: string): void {
    if ((this.opened++ & 255) === 0) {
      this.peakBytes = Math.max(this.peakBytes, getHeapStatistics().used_heap_size);
    }
    super.open(name);
  }
}

const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function peakHeapMb(feed: FeedXml, text: string): number {
  collect();
  const before = getHeapStatistics().used_heap_size;
  const reader = new HeapSamplingReader();
  feed(text, reader);
  return (Math.max(reader.peakBytes, getHeapStatistics().used_heap_size) - before) / 1048576;
}

function inventoryOf(feed: FeedXml, text: string): OcsInventory | string {
  const reader = new OcsRequestReader();
  const malformed = feed(text, reader);
  const result = malformed ?? reader.result();
  return result.kind === 'inventory' ? result.inventory : `${result.kind}${result.kind === 'invalid' ? `: ${result.reason}` : ''}`;
}

const cell = (value: string, width: number) => value.padStart(width);

async function main(): Promise<void> {
  const { candidates, skipped } = await xmlParserCandidates();
  const all = inputs();
  process.stdout.write(`ms of CPU per parse (median of ${ROUNDS} rounds), peak heap during one parse, records as the reader's; node ${process.version}${collect.length === 0 && !('gc' in globalThis) ? ' (no --expose-gc: heap figures rougher)' : ''}\n`);
  for (const line of skipped) {
    process.stdout.write(`  ${line}\n`);
  }
  for (const input of all) {
    const decoded = decodeOcsFile(input.bytes, MAX_BYTES);
    if (decoded.kind !== 'text') {
      throw new Error(`${input.name}: ${decoded.reason}`);
    }
    const text = decoded.text;
    const expected = inventoryOf(candidates[1]?.feed ?? (() => undefined), text);
    const software = typeof expected === 'string' ? 0 : (expected.content.SOFTWARES?.length ?? 0);
    process.stdout.write(`\n${input.name}: ${(input.bytes.length / 1024).toFixed(0)} KB, ${software.toLocaleString('en-US')} packages\n`);
    for (const candidate of candidates) {
      const ms = cpuMsPerCall(() => candidate.feed(text, new OcsRequestReader()), input.perRound);
      const heap = peakHeapMb(candidate.feed, text);
      const same = isDeepStrictEqual(inventoryOf(candidate.feed, text), expected) ? 'same' : 'DIFFERENT';
      process.stdout.write(`  ${candidate.name.padEnd(24)}${cell(ms.toFixed(2), 9)} ms${cell(heap.toFixed(1), 8)} MB  ${same}\n`);
    }
    stages(input, text);
  }
}

/** The rest of what the reader worker does with the same bytes (ocs-import/read-inventory.ts). */
function stages(input: Input, text: string): void {
  const parsed = parseOcsXml(text);
  if (parsed.kind !== 'inventory') {
    return;
  }
  const mapped = mapOcsInventory(parsed.inventory);
  const figures = [
    ['decode', cpuMsPerCall(() => decodeOcsFile(input.bytes, MAX_BYTES), input.perRound)],
    ['parse', cpuMsPerCall(() => parseOcsXml(text), input.perRound)],
    ['map', cpuMsPerCall(() => mapOcsInventory(parsed.inventory), input.perRound)],
    ['validate', cpuMsPerCall(() => inventoryDocumentSchema.safeParse(mapped), input.perRound)],
  ] as const;
  const total = figures.reduce((sum, [, ms]) => sum + ms, 0);
  process.stdout.write(`  reader worker, per inventory: ${figures.map(([stage, ms]) => `${stage} ${ms.toFixed(2)}`).join(' + ')} = ${total.toFixed(2)} ms\n`);
  // What the event loop's thread pays to take the reading from the worker (read-worker.ts).
  const reading = readAgentRequest(input.bytes, MAX_BYTES);
  const json = JSON.stringify(reading);
  const cloned = serialize(reading);
  const parse = cpuMsPerCall(() => JSON.parse(json), input.perRound);
  const clone = cpuMsPerCall(() => deserialize(cloned), input.perRound);
  process.stdout.write(`  event loop, taking the reading: JSON.parse ${parse.toFixed(2)} ms (a structured clone's deserialize: ${clone.toFixed(2)} ms)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
