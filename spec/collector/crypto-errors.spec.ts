import assert from 'node:assert/strict';
import { createCipheriv, createDecipheriv, getCiphers } from 'node:crypto';
import { describe, it } from 'node:test';
import { isLocalCryptoError } from '../../collector/snmp/crypto-errors';

function thrownBy(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('did not throw');
}

describe(isLocalCryptoError.name, () => {
  it("recognises OpenSSL's refusal of single DES, as Node 20 throws it without the legacy provider", { skip: getCiphers().includes('des-cbc') && 'this node runs with the legacy provider' }, () => {
    const error = thrownBy(() => createCipheriv('des-cbc', Buffer.alloc(8), Buffer.alloc(8)));
    assert.match(error.message, /digital envelope routines::unsupported/);
    assert.equal(isLocalCryptoError(error), true);
  });

  it("recognises OpenSSL's other errors and node:crypto's argument checks", () => {
    const decipher = createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
    decipher.update(Buffer.alloc(5));
    assert.equal(isLocalCryptoError(thrownBy(() => decipher.final())), true);
    assert.equal(isLocalCryptoError(thrownBy(() => createCipheriv('aes-128-cfb', Buffer.alloc(8), Buffer.alloc(16)))), true);
  });

  it('leaves socket errors and net-snmp errors to the network reasons', () => {
    const unreachable = Object.assign(new Error('send ENETUNREACH 192.0.2.1:161'), { code: 'ENETUNREACH', errno: -101, syscall: 'send' });
    const timeout = Object.assign(new Error('Request timed out'), { name: 'RequestTimedOutError' });
    assert.equal(isLocalCryptoError(unreachable), false);
    assert.equal(isLocalCryptoError(timeout), false);
  });
});
