import assert from 'node:assert/strict';
import type { DatabaseKind } from '../../db/data-source';
import type { CorpusPeers } from './corpus-peers';
import { ScenarioWays, type FileCounts, type SeenEntry, type Step } from './scenario-ways';
import { startTestServer, type Json, type TestServer } from './server';

export type { Step } from './scenario-ways';

type Decision = 'created' | 'updated' | 'unchanged' | 'merged' | 'outdated';

/** What a step's history entries must say. */
export interface StepExpectation {
  /** Every entry's decision, or the sorted decisions of all of them. */
  decision?: Decision | readonly Decision[];
  /** The explanation's rule (null: nothing matched). */
  rule?: string | null;
  /** The refused candidates, in order, as `<kind> <value>: <reason>` (the identity they held, why refused): as many as patterns. */
  refused?: readonly RegExp[];
  /** How many equipment it absorbed. */
  absorbed?: number;
  /** What its files came to (OCS steps). */
  files?: Partial<FileCounts>;
}

export interface Scenario {
  name: string;
  steps: readonly Step[];
  /** Arrival orders (step ids) each run on a fresh server; default the order of `steps`. */
  orders?: readonly (readonly string[])[];
  /** A known failure of the current code, per database or for both: the row runs as node:test `todo`. */
  todo?: string | Partial<Record<DatabaseKind, string>>;
  expect: {
    equipment: number;
    /** Steps on one equipment, group by group; different groups are different equipment. */
    same: readonly (readonly string[])[];
    steps?: Readonly<Record<string, StepExpectation>>;
    /** Every order ends with the same equipment, ids and times aside. */
    identicalAcrossOrders?: boolean;
    /** Anything else, through the API, after the last step. */
    check?: (run: ScenarioRun) => Promise<void>;
  };
}

export function todoOf(scenario: Scenario, kind: DatabaseKind): string | undefined {
  return typeof scenario.todo === 'string' ? scenario.todo : scenario.todo?.[kind];
}

/** One order of a scenario on one fresh server: the steps, and what became of each. */
export class ScenarioRun {
  readonly ways: ScenarioWays;
  /** History entry ids each step brought. */
  private readonly brought = new Map<string, number[]>();
  private readonly seen = new Set<number>();

  constructor(
    readonly server: TestServer,
    peers: CorpusPeers | undefined,
  ) {
    this.ways = new ScenarioWays(server, peers, (stepId) => this.equipmentOf(stepId));
  }

  /** Every history entry, with the equipment that holds it now (absorbed equipment's entries move). */
  async entries(): Promise<SeenEntry[]> {
    const { items } = await (await this.server.call('/api/v1/equipment?limit=500')).json();
    const pages = await Promise.all(items.map(async (item: Json) => [item.id, (await (await this.server.call(`/api/v1/equipment/${item.id}/history?limit=500`)).json()).items] as const));
    return pages.flatMap(([equipmentId, history]) => (history as Json[]).map((entry) => ({ ...entry, equipmentId }) as SeenEntry));
  }

  async play(step: Step): Promise<void> {
    await this.ways.run(step);
    const fresh = (await this.entries()).filter((entry) => !this.seen.has(entry.id));
    fresh.forEach((entry) => this.seen.add(entry.id));
    const parts = 'together' in step ? step.together : [step];
    for (const part of parts) {
      const source = this.ways.sourceOf(part);
      const mine = fresh.filter((entry) => parts.length === 1 || `${entry.source}/${entry.connectionId ?? ''}` === source);
      this.brought.set(part.id, mine.map((entry) => entry.id));
    }
  }

  /** The equipment holding the entries of a step now. */
  async equipmentOf(stepId: string): Promise<string> {
    const ids = this.brought.get(stepId) ?? [];
    const holders = new Set((await this.entries()).filter((entry) => ids.includes(entry.id)).map((entry) => entry.equipmentId));
    assert.equal(holders.size, 1, `step ${stepId} is on exactly one equipment`);
    return [...holders][0] as string;
  }

  entriesOf(stepId: string, all: readonly SeenEntry[]): SeenEntry[] {
    const ids = this.brought.get(stepId) ?? [];
    return all.filter((entry) => ids.includes(entry.id));
  }
}

const refusalText = (refusal: Json): string => `${refusal.matched.kind} ${refusal.matched.value}: ${refusal.reason}`;

/** The observed outcome, in a line per step: what a `todo` row reports. */
function observedOutcome(run: ScenarioRun, steps: readonly Step[], all: readonly SeenEntry[]): string {
  const equipment = [...new Set(all.map((entry) => entry.equipmentId))];
  const lines = [`${equipment.length} equipment`];
  for (const step of steps.flatMap((candidate) => ('together' in candidate ? candidate.together : [candidate]))) {
    const entries = run.entriesOf(step.id, all);
    const where = [...new Set(entries.map((entry) => `E${equipment.indexOf(entry.equipmentId) + 1}`))].join('+') || 'no entry';
    const what = entries.map((entry) => {
      const refused = (entry.explanation?.refused ?? []).map((refusal: Json) => `refused ${refusalText(refusal)}`);
      const absorbed = (entry.explanation?.absorbed ?? []).map((absorbed: Json) => `absorbed by ${absorbed.matched.kind}`);
      return [entry.decision, `rule ${entry.explanation?.rule ?? 'none'}`, ...absorbed, ...refused].join(', ');
    });
    const files = run.ways.fileCounts.get(step.id);
    lines.push(`  ${step.id} → ${where}: ${what.join(' | ') || '-'}${files ? ` (files ${JSON.stringify(files)})` : ''}`);
  }
  return lines.join('\n');
}

function checkStep(stepId: string, expected: StepExpectation, entries: readonly SeenEntry[], files: FileCounts | undefined, observed: string): void {
  const where = `step ${stepId}\nobserved:\n${observed}`;
  if (expected.decision !== undefined) {
    const decisions = entries.map((entry) => entry.decision).sort();
    if (typeof expected.decision === 'string') {
      assert.ok(decisions.length > 0 && decisions.every((decision) => decision === expected.decision), `${where}\nexpected every decision ${expected.decision}, got ${decisions.join(', ')}`);
    } else {
      assert.deepEqual(decisions, [...expected.decision].sort(), where);
    }
  }
  for (const entry of entries) {
    if (expected.rule !== undefined) {
      assert.equal(entry.explanation?.rule ?? null, expected.rule, `${where}\nrule`);
    }
    if (expected.refused) {
      const reasons: string[] = (entry.explanation?.refused ?? []).map(refusalText);
      assert.equal(reasons.length, expected.refused.length, `${where}\nrefused: ${reasons.join(' | ')}`);
      expected.refused.forEach((pattern, index) => assert.match(reasons[index] ?? '', pattern, where));
    }
    if (expected.absorbed !== undefined) {
      assert.equal(entry.explanation?.absorbed?.length ?? 0, expected.absorbed, `${where}\nabsorbed`);
    }
  }
  for (const [field, count] of Object.entries(expected.files ?? {})) {
    assert.equal(files?.[field as keyof FileCounts], count, `${where}\nfiles ${field}`);
  }
}

async function checkRun(run: ScenarioRun, scenario: Scenario, report: (observed: string) => void): Promise<void> {
  const all = await run.entries();
  const observed = observedOutcome(run, scenario.steps, all);
  report(observed);
  const { total } = await (await run.server.call('/api/v1/equipment?limit=1')).json();
  assert.equal(total, scenario.expect.equipment, `equipment count\nobserved:\n${observed}`);
  const groups = scenario.expect.same.map((group) => group.map((stepId) => new Set(run.entriesOf(stepId, all).map((entry) => entry.equipmentId))));
  groups.forEach((group, index) =>
    group.forEach((holders, position) => {
      const stepId = scenario.expect.same[index]?.[position];
      assert.equal(holders.size, 1, `step ${stepId} is on one equipment\nobserved:\n${observed}`);
      assert.deepEqual(holders, group[0], `steps ${scenario.expect.same[index]?.join(', ')} are on one equipment\nobserved:\n${observed}`);
    }),
  );
  const distinct = new Set(groups.map((group) => [...(group[0] ?? [])][0]));
  assert.equal(distinct.size, groups.length, `the groups ${JSON.stringify(scenario.expect.same)} are different equipment\nobserved:\n${observed}`);
  for (const [stepId, expected] of Object.entries(scenario.expect.steps ?? {})) {
    checkStep(stepId, expected, run.entriesOf(stepId, all), run.ways.fileCounts.get(stepId), observed);
  }
  await scenario.expect.check?.(run);
}

/** Drops what differs between two runs of the same story: ids and times. */
function withoutIdsAndTimes(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withoutIdsAndTimes);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !/^id$|Id$|At$|Until$/.test(key)).map(([key, field]) => [key, withoutIdsAndTimes(field)]));
  }
  return value;
}

/** Every equipment's detail, ids and times aside, in a stable order. */
async function finalRecord(server: TestServer): Promise<unknown[]> {
  const { items } = await (await server.call('/api/v1/equipment?limit=500')).json();
  const details = await Promise.all(items.map(async (item: Json) => withoutIdsAndTimes(await (await server.call(`/api/v1/equipment/${item.id}`)).json())));
  return details.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/**
 * Corpus servers: OCS files are moved in whole, so they need no quiet time or grace; an agent may send 20 syncs
 * at once (the default burst of 10 would answer 429 to the rest, which is not what the concurrency row is about).
 */
const SETTINGS = { ocs: { stableMs: 50, graceMs: 0 }, agents: { syncBurst: 20 } };

/**
 * Plays each order of the scenario on a fresh server and database and checks what it expects;
 * `report` gets what was observed (the test's diagnostic: what a `todo` row shows).
 */
export async function playScenario(kind: DatabaseKind, scenario: Scenario, peers: CorpusPeers | undefined, report: (observed: string) => void = () => undefined): Promise<void> {
  const orders = scenario.orders ?? [scenario.steps.map((step) => step.id)];
  const records: unknown[][] = [];
  for (const order of orders) {
    const server = await startTestServer(kind, { settings: SETTINGS });
    try {
      const run = new ScenarioRun(server, peers);
      for (const stepId of order) {
        const step = scenario.steps.find((candidate) => candidate.id === stepId);
        assert.ok(step, `no step ${stepId}`);
        await run.play(step);
      }
      await checkRun(run, scenario, (observed) => report(`${order.join(' → ')}: ${observed}`)).catch((error: Error) => {
        error.message = `order ${order.join(' → ')}: ${error.message}`;
        throw error;
      });
      records.push(await finalRecord(server));
    } finally {
      await server.close();
    }
  }
  if (scenario.expect.identicalAcrossOrders) {
    records.slice(1).forEach((record, index) => assert.deepEqual(record, records[0], `order ${orders[index + 1]?.join(' → ')} ends unlike order ${orders[0]?.join(' → ')}`));
  }
}
