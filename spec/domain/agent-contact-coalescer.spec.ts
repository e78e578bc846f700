import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { AGENT_CONTACTS_LISTED, AgentContactCoalescer, type ServerEvent } from '../../domain/events';

describe(AgentContactCoalescer.name, () => {
  const at = new Date('2026-04-01T09:00:00Z');
  const clock = { now: () => at };
  const contact = (index: number): ServerEvent => ({ type: 'agent.contacted', occurredAt: at, data: { count: 1, agents: [{ agentId: `a${index}`, uuid: `u${index}`, kind: 'ocs', equipmentId: null }] } });
  const WINDOW_MS = 40;

  it('passes every other event on at once', () => {
    const heard: ServerEvent[] = [];
    const sut = new AgentContactCoalescer({ publish: (event) => heard.push(event) }, clock, WINDOW_MS);
    const created: ServerEvent = { type: 'equipment.created', occurredAt: at, data: { equipmentId: 'e1', source: 'ocs', connectionId: null } };
    sut.publish(created);
    assert.deepEqual(heard, [created]);
  });

  it('turns 2,000 contacts of one window into one event that counts them and lists the latest', async () => {
    const heard: ServerEvent[] = [];
    const sut = new AgentContactCoalescer({ publish: (event) => heard.push(event) }, clock, WINDOW_MS);
    for (let index = 0; index < 2000; index++) {
      sut.publish(contact(index % 1500)); // 500 agents twice: each counted once
    }
    assert.equal(heard.length, 0, 'nothing before the window ends');
    await sleep(WINDOW_MS * 3);
    assert.equal(heard.length, 1);
    const [event] = heard;
    assert.equal(event?.type, 'agent.contacted');
    if (event?.type === 'agent.contacted') {
      assert.equal(event.data.count, 1500);
      assert.equal(event.data.agents.length, AGENT_CONTACTS_LISTED);
      assert.equal(event.data.agents.at(-1)?.agentId, 'a499', 'the newest contact comes last');
    }
  });

  it('starts a new window with the next contact, and flush passes on what is gathered at once', async () => {
    const heard: ServerEvent[] = [];
    const sut = new AgentContactCoalescer({ publish: (event) => heard.push(event) }, clock, WINDOW_MS);
    sut.publish(contact(1));
    await sleep(WINDOW_MS * 3);
    sut.publish(contact(2));
    sut.flush();
    sut.flush();
    assert.deepEqual(
      heard.map((event) => (event.type === 'agent.contacted' ? event.data.agents.map((agent) => agent.agentId) : [])),
      [['a1'], ['a2']],
    );
  });

  it('refuses a window that is not a positive integer', () => {
    assert.throws(() => new AgentContactCoalescer({ publish: () => undefined }, clock, 0), /windowMs must be a positive integer/);
  });
});
