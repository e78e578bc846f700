import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retryDelayMs, signWebhookBody, webhookBody, webhookInputSchema } from '../../domain/webhook';

describe(signWebhookBody.name, () => {
  it('is the hex HMAC-SHA256 of the body with the secret, prefixed sha256= (RFC 4231-style known answer)', () => {
    assert.equal(signWebhookBody('key', 'The quick brown fox jumps over the lazy dog'), 'sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8');
  });

  it('signs the UTF-8 bytes of the body', () => {
    assert.notEqual(signWebhookBody('key', '{"name":"café"}'), signWebhookBody('key', '{"name":"cafe"}'));
  });
});

describe(retryDelayMs.name, () => {
  it('doubles from the base delay after each failed attempt and gives up after the last one', () => {
    const sut = (attempts: number) => retryDelayMs(attempts, { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000 });
    assert.deepEqual([1, 2, 3, 4, 5].map(sut), [1000, 2000, 4000, 8000, null]);
  });

  it('caps the delay', () => {
    assert.equal(retryDelayMs(9, { maxAttempts: 20, baseDelayMs: 1000, maxDelayMs: 30_000 }), 30_000);
  });
});

describe('webhook payload and input', () => {
  it('writes {id, type, occurredAt, data} with an ISO time', () => {
    const body = webhookBody('e-1', { type: 'equipment.created', occurredAt: new Date('2026-04-01T09:00:00Z'), data: { equipmentId: 'q-1', source: 'ocs', connectionId: null } });
    assert.equal(body, '{"id":"e-1","type":"equipment.created","occurredAt":"2026-04-01T09:00:00.000Z","data":{"equipmentId":"q-1","source":"ocs","connectionId":null}}');
  });

  it('refuses an event named twice', () => {
    const result = webhookInputSchema.safeParse({ url: 'https://hooks.example/', events: ['scan.completed', 'scan.completed'] });
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues.map((issue) => issue.path.join('.')), ['events']);
  });
});
