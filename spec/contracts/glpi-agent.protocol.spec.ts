import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildContactAnswer, glpiContactAnswerSchema, glpiErrorAnswerSchema, glpiOkAnswerSchema } from '../../contracts/glpi-agent.protocol';

describe(buildContactAnswer.name, () => {
  it('answers the supported enabled tasks under tasks and disables the others, one message each, as GLPI does', () => {
    const sut = buildContactAnswer({ enabledTasks: ['collect', 'inventory', 'esx'], supported: { inventory: { server: 'glpi', version: '0.1.0' } } });
    assert.deepEqual(sut, {
      status: 'ok',
      expiration: 24,
      tasks: { inventory: { server: 'glpi', version: '0.1.0' } },
      disabled: ['collect', 'esx'],
      message: 'collect task not supported;esx task not supported',
    });
    assert.ok(glpiContactAnswerSchema.safeParse(sut).success);
  });

  it('answers status and expiration alone when nothing is enabled', () => {
    assert.deepEqual(buildContactAnswer({ enabledTasks: [], supported: {}, expirationHours: 6 }), { status: 'ok', expiration: 6 });
  });
});

describe('GLPI agent answers', () => {
  it('accept what the agent accepts: expiration in hours or with an s/m/h/d suffix, above 0', () => {
    assert.ok(glpiOkAnswerSchema.safeParse({ status: 'ok', expiration: 24 }).success);
    assert.ok(glpiOkAnswerSchema.safeParse({ status: 'ok', expiration: '90m' }).success);
    assert.ok(!glpiOkAnswerSchema.safeParse({ status: 'ok', expiration: 0 }).success);
    assert.ok(glpiErrorAnswerSchema.safeParse({ status: 'error', message: 'deviceid: required', expiration: 24 }).success);
  });
});
