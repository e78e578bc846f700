import { after, before, describe, it } from 'node:test';
import { COMPUTER_SCENARIOS } from '../fixtures/identity-corpus/computers';
import { HISTORY_SCENARIOS } from '../fixtures/identity-corpus/histories';
import { NETWORK_SCENARIOS } from '../fixtures/identity-corpus/network';
import { WAY_SCENARIOS } from '../fixtures/identity-corpus/ways';
import { startCorpusPeers, type CorpusPeers } from '../support/corpus-peers';
import { testDatabaseKinds } from '../support/databases';
import { playScenario, todoOf, type Scenario, type Step } from '../support/identity-scenarios';

/**
 * The identity corpus: realistic machines arriving through the real ways in (an OCS
 * folder, npm run import, push agents and the pending queue, scans of real SNMP agents),
 * each row on a fresh server and database, checked through the API: how many equipment,
 * which steps landed together, and what the history says of chosen steps. A row the
 * current code gets wrong keeps its expectation and runs as `todo`, saying what it saw.
 */
const SCENARIOS: readonly Scenario[] = [...COMPUTER_SCENARIOS, ...HISTORY_SCENARIOS, ...WAY_SCENARIOS, ...NETWORK_SCENARIOS];

const scans = (step: Step): boolean => ('together' in step ? step.together.some(scans) : 'scan' in step);

// The two databases' rows run side by side: a row's fresh server mostly waits (migrations, commits, the folder
// watcher, SNMP answers), so this halves the file's time (about 33 s instead of 64 s here) on two cores.
describe('identity corpus', { concurrency: 2 }, () => {
  let peers: CorpusPeers | undefined;

  before(async () => {
    if (SCENARIOS.some((scenario) => scenario.steps.some(scans))) {
      peers = await startCorpusPeers();
    }
  });
  after(async () => peers?.stop());

  for (const kind of testDatabaseKinds()) {
    describe(`on ${kind}`, () => {
      for (const scenario of SCENARIOS) {
        it(scenario.name, { todo: todoOf(scenario, kind) }, (t) => playScenario(kind, scenario, peers, (observed) => t.diagnostic(observed)));
      }
    });
  }
});
