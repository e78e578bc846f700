import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AgentPacer, BudgetSpent } from '../../collector/snmp/agent-pacer';

/** A pacer on a clock the spec moves. */
function pacer(options: { timeoutMs: number; budgetMs: number }) {
  let now = 0;
  return { pacer: new AgentPacer({ ...options, now: () => now }), advance: (ms: number) => (now += ms) };
}

describe(AgentPacer.name, () => {
  it('asks the first request with the configured timeout, knowing nothing yet', () => {
    const { pacer: subject } = pacer({ timeoutMs: 3000, budgetMs: 20_000 });
    assert.equal(subject.timeoutFor(1), 3000);
    assert.equal(subject.timeoutFor(7), 3000);
  });

  it('learns a slow agent from its first answer and scales the next timeout by the varbinds asked', () => {
    const { pacer: subject } = pacer({ timeoutMs: 3000, budgetMs: 60_000 });
    subject.record(1500, 1); // 1.5 s for one varbind: srtt 1500, rttvar 750
    assert.equal(subject.msPerVarbind, 1500);
    assert.equal(subject.timeoutFor(1), 4500);
    assert.equal(subject.timeoutFor(7), 31_500);
  });

  it('never goes below the configured timeout for a quick agent', () => {
    const { pacer: subject } = pacer({ timeoutMs: 3000, budgetMs: 20_000 });
    subject.record(2, 1);
    assert.equal(subject.timeoutFor(50), 3000);
  });

  it('smooths samples as RFC 6298 does (srtt gains 1/8 of the error, rttvar 1/4)', () => {
    const { pacer: subject } = pacer({ timeoutMs: 1000, budgetMs: 60_000 });
    subject.record(100, 1);
    subject.record(900, 1); // error 800
    assert.equal(subject.msPerVarbind, 200);
    assert.equal(subject.timeoutFor(1), Math.round(200 + 4 * (50 + (800 - 50) / 4)));
  });

  it('caps a timeout at what remains of the budget, and refuses a request the rest cannot pay for', () => {
    const { pacer: subject, advance } = pacer({ timeoutMs: 3000, budgetMs: 20_000 });
    subject.record(1500, 1);
    advance(15_000);
    assert.equal(subject.timeoutFor(2), 5000, 'capped at the 5 s left');
    assert.equal(subject.timeoutFor(40), 5000, '60 s expected, but the configured 3 s still fit: the agent may be quicker now');
    advance(3000);
    assert.equal(subject.timeoutFor(1), 2000, '1.5 s expected, 2 s left');
    assert.throws(() => subject.timeoutFor(2), BudgetSpent, '3 s expected, 3 s configured, 2 s left');
    advance(2000);
    assert.throws(() => subject.timeoutFor(1), /per-host SNMP budget of 20 s is spent/);
  });

  it('asks a slow agent for fewer GETBULK repetitions, at least one', () => {
    const { pacer: subject } = pacer({ timeoutMs: 3000, budgetMs: 60_000 });
    assert.equal(subject.repetitionsFor(6, 8), 8, 'unknown yet: the preferred count');
    subject.record(10, 1);
    assert.equal(subject.repetitionsFor(6, 8), 8, '10 ms a varbind is quick');
    const { pacer: slow } = pacer({ timeoutMs: 3000, budgetMs: 60_000 });
    slow.record(200, 1);
    assert.equal(slow.repetitionsFor(1, 50), 7, 'half of 3 s at 200 ms a varbind');
    assert.equal(slow.repetitionsFor(6, 8), 1);
    slow.record(6, 6);
    assert.equal(slow.repetitionsFor(6, 8), 8, 'its latest answer was quick: walk at full speed again');
  });
});
