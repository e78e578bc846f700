import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EventHub, type DomainEvent, type ServerEvent } from '../../domain/events';

describe(EventHub.name, () => {
  const at = new Date('2026-04-01T09:00:00Z');
  const created: ServerEvent = { type: 'equipment.created', occurredAt: at, data: { equipmentId: 'e1', source: 'ocs', connectionId: null } };
  const progress: ServerEvent = { type: 'scan.progress', occurredAt: at, data: { runId: 'r1', connectionId: 'c1', counts: { processed: 3 } } };

  it('passes domain events on to the webhooks and every event to the live listeners', () => {
    const webhooks: DomainEvent[] = [];
    const heard: ServerEvent[] = [];
    const sut = new EventHub({ publish: (event) => webhooks.push(event) });
    const stop = sut.subscribe((event) => heard.push(event));
    sut.publish(created);
    sut.publish(progress);
    assert.deepEqual(webhooks, [created], 'scan progress is not a webhook event');
    assert.deepEqual(heard, [created, progress]);
    stop();
    sut.publish(progress);
    assert.equal(heard.length, 2, 'an unsubscribed listener hears nothing more');
  });

  it('keeps a listener that throws from the publisher and the other listeners', () => {
    const failures: unknown[] = [];
    const heard: ServerEvent[] = [];
    const sut = new EventHub({ publish: () => undefined }, (error) => failures.push(error));
    sut.subscribe(() => {
      throw new Error('listener bug');
    });
    sut.subscribe((event) => heard.push(event));
    assert.doesNotThrow(() => sut.publish(progress));
    assert.deepEqual(heard, [progress]);
    assert.equal((failures[0] as Error).message, 'listener bug');
  });
});
