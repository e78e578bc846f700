import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { snmpCredentialSchema } from '../../api/schemas/connection.schemas';
import { SNMP_AUTH_PROTOCOLS, SNMP_PRIV_PROTOCOLS } from '../../domain/connection';

const keys = { authKey: 'auth-key-0123', privKey: 'priv-key-4567' };

/** "field: message" of each issue, for a credential the schema refuses. */
function problems(credential: Record<string, unknown>): string[] {
  const result = snmpCredentialSchema.safeParse(credential);
  assert.equal(result.success, false, JSON.stringify(credential));
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the SNMPv3 credential schema', () => {
  it('accepts every level and protocol combination net-snmp offers (all answer Debian snmpd: spec/integration/snmpv3-protocols.spec.ts)', () => {
    const credentials: Record<string, unknown>[] = [{ version: '3', username: 'ops', level: 'noAuthNoPriv' }];
    for (const authProtocol of SNMP_AUTH_PROTOCOLS) {
      credentials.push({ version: '3', username: 'ops', level: 'authNoPriv', authProtocol, authKey: keys.authKey });
      for (const privProtocol of SNMP_PRIV_PROTOCOLS) {
        credentials.push({ version: '3', username: 'ops', level: 'authPriv', authProtocol, privProtocol, ...keys });
      }
    }
    assert.equal(credentials.length, 31);
    for (const credential of credentials) {
      assert.deepEqual(snmpCredentialSchema.safeParse(credential).error?.issues, undefined, JSON.stringify(credential));
    }
  });

  it('refuses protocols the security level would ignore, naming the field', () => {
    assert.deepEqual(problems({ version: '3', username: 'ops', level: 'noAuthNoPriv', authProtocol: 'sha', privProtocol: 'des' }), [
      'authProtocol: is not used at security level noAuthNoPriv: choose authNoPriv or authPriv to authenticate, or leave it out',
      'privProtocol: is not used at security level noAuthNoPriv: SNMPv3 has no privacy without authentication (RFC 3414): choose authPriv, or leave it out',
    ]);
    assert.deepEqual(problems({ version: '3', username: 'ops', level: 'authNoPriv', authProtocol: 'md5', authKey: keys.authKey, privProtocol: 'des' }), [
      'privProtocol: is not used at security level authNoPriv: choose authPriv to encrypt, or leave it out',
    ]);
  });

  it('keeps a key the level does not use: a PATCH that lowers the level keeps the stored keys', () => {
    assert.equal(snmpCredentialSchema.safeParse({ version: '3', username: 'ops', level: 'authNoPriv', authProtocol: 'md5', ...keys }).success, true);
  });

  it('refuses protocols net-snmp does not offer, saying which it does', () => {
    const [aes192] = problems({ version: '3', username: 'ops', level: 'authPriv', authProtocol: 'sha', privProtocol: 'aes192', ...keys });
    assert.match(aes192 ?? '', /^privProtocol: must be one of des, aes \(AES-128\), aes256b .*, aes256r .*AES-192 and 3DES are not offered$/);
    const [none] = problems({ version: '3', username: 'ops', level: 'authNoPriv', authProtocol: 'none', authKey: keys.authKey });
    assert.equal(none, 'authProtocol: must be one of md5, sha, sha224, sha256, sha384, sha512 (no authentication is security level noAuthNoPriv)');
  });

  it('requires what the level uses', () => {
    assert.deepEqual(problems({ version: '3', username: 'ops', level: 'authPriv', authProtocol: 'sha' }), [
      'authKey: is required for security level authPriv',
      'privProtocol: is required for security level authPriv',
      'privKey: is required for security level authPriv',
    ]);
  });
});
