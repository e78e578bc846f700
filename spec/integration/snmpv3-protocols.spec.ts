import assert from 'node:assert/strict';
import { getCiphers } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import snmp from 'net-snmp';
import pino from 'pino';
import { probeSnmp } from '../../collector/probes/snmp.probe';
import { useDesWithoutLegacyProvider } from '../../collector/snmp/des-privacy';
import { SnmpFailure } from '../../collector/snmp/snmp-reader';
import { SnmpSession } from '../../collector/snmp/snmp-session';
import { SNMP_AUTH_PROTOCOLS, SNMP_PRIV_PROTOCOLS, type SnmpAuthProtocol, type SnmpCredential, type SnmpPrivProtocol } from '../../domain/connection';
import { snmpdAvailable, startSnmpd, type SnmpdAuthProtocol, type SnmpdPeer, type SnmpdPrivProtocol, type SnmpdUsmUser } from '../support/snmpd';

// An address of its own (127.0.36.x): other specs' agents never share it.
const SNMPD = '127.0.36.1';
const SYS_NAME_OID = '1.3.6.1.2.1.1.5.0'; // SNMPv2-MIB::sysName.0
const AUTH_KEY = 'auth-key-0123';
const PRIV_KEY = 'priv-key-4567';

if (process.env.CI && !snmpdAvailable()) {
  throw new Error('CI is set but snmpd or snmpget is missing');
}

/**
 * What Debian's net-snmp 5.9 calls each protocol in createUser. Every protocol net-snmp (the
 * library) offers has one: AES-256 is the Blumenthal draft's key extension (our aes256b),
 * AES-256-C Cisco's, i.e. Reeder's (our aes256r). Debian builds snmpd with both.
 */
const SNMPD_AUTH: Record<SnmpAuthProtocol, SnmpdAuthProtocol> = { md5: 'MD5', sha: 'SHA', sha224: 'SHA-224', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };
const SNMPD_PRIV: Record<SnmpPrivProtocol, SnmpdPrivProtocol> = { des: 'DES', aes: 'AES', aes256b: 'AES-256', aes256r: 'AES-256-C' };

interface Combination {
  name: string;
  credential: Extract<SnmpCredential, { version: '3' }>;
  user: SnmpdUsmUser;
}

/** noAuthNoPriv, then every auth protocol without privacy and with every privacy protocol (USM has no privacy without auth). */
function everyCombination(): Combination[] {
  const combinations: Combination[] = [{ name: 'noauth', credential: { version: '3', username: 'noauth', level: 'noAuthNoPriv' }, user: { name: 'noauth' } }];
  for (const auth of SNMP_AUTH_PROTOCOLS) {
    const authPart = { authProtocol: auth, authKey: AUTH_KEY };
    const snmpdAuth = { protocol: SNMPD_AUTH[auth], key: AUTH_KEY };
    combinations.push({ name: `${auth}-nopriv`, credential: { version: '3', username: `${auth}-nopriv`, level: 'authNoPriv', ...authPart }, user: { name: `${auth}-nopriv`, auth: snmpdAuth } });
    for (const priv of SNMP_PRIV_PROTOCOLS) {
      const name = `${auth}-${priv}`;
      combinations.push({
        name,
        credential: { version: '3', username: name, level: 'authPriv', ...authPart, privProtocol: priv, privKey: PRIV_KEY },
        user: { name, auth: snmpdAuth, priv: { protocol: SNMPD_PRIV[priv], key: PRIV_KEY } },
      });
    }
  }
  return combinations;
}

const combinations = everyCombination();

function credentialNamed(name: string): Combination['credential'] {
  const found = combinations.find((combination) => combination.name === name);
  assert.ok(found, name);
  return found.credential;
}

async function sysName(credential: SnmpCredential): Promise<string> {
  const session = new SnmpSession({ address: SNMPD, port: 161, timeoutMs: 1000, retries: 0, credential });
  try {
    const value = (await session.get([SYS_NAME_OID])).get(SYS_NAME_OID)?.value;
    return Buffer.isBuffer(value) ? value.toString() : String(value);
  } finally {
    session.close();
  }
}

async function failureOf(credential: SnmpCredential): Promise<SnmpFailure> {
  const error = await sysName(credential).then(
    (name) => new Error(`answered (${name})`),
    (failure: unknown) => failure,
  );
  assert.ok(error instanceof SnmpFailure, String(error));
  return error;
}

describe('SNMPv3 security against Debian snmpd', { skip: snmpdAvailable() ? false : 'snmpd is not installed (apt-get install -y snmpd snmp)' }, () => {
  let peer: SnmpdPeer | undefined;

  before(async () => {
    peer = await startSnmpd({ address: SNMPD, sysName: 'usm-peer', usmUsers: combinations.map((combination) => combination.user) });
  });
  after(async () => {
    await peer?.stop();
  });

  it(`answers every auth/priv combination net-snmp offers (${combinations.length}), DES included, without the legacy provider`, async () => {
    assert.equal(getCiphers().includes('des-cbc'), false, 'this spec must run on the default OpenSSL provider, as the server does');
    const answers: string[] = [];
    for (const { name, credential } of combinations) {
      answers.push(`${name}: ${await sysName(credential).catch((error: unknown) => `${(error as SnmpFailure).reason}, ${(error as Error).message}`)}`);
    }
    assert.deepEqual(answers, combinations.map(({ name }) => `${name}: usm-peer`));
  });

  it('says auth-failed for a wrong authentication key, whatever the protocols', async () => {
    const reasons: string[] = [];
    const authenticated = combinations.filter((combination) => combination.credential.level !== 'noAuthNoPriv');
    for (const { name, credential } of authenticated) {
      reasons.push(`${name}: ${(await failureOf({ ...credential, authKey: 'wrong-auth-key' })).reason}`);
    }
    assert.deepEqual(reasons, authenticated.map(({ name }) => `${name}: auth-failed`));
  });

  it('times out on a wrong privacy key: snmpd drops what it cannot decrypt, without a report (so does its own snmpget)', async () => {
    const failure = await failureOf({ ...credentialNamed('md5-des'), privKey: 'wrong-priv-key' });
    assert.equal(failure.reason, 'timeout');
    assert.match(failure.message, /wrong privacy key/);
  });

  it('tells AES-256 Blumenthal from Reeder where the auth digest is shorter than the key (MD5, SHA, SHA-224)', async () => {
    assert.equal((await failureOf({ ...credentialNamed('md5-aes256b'), privProtocol: 'aes256r' })).reason, 'timeout');
    assert.equal((await failureOf({ ...credentialNamed('sha-aes256r'), privProtocol: 'aes256b' })).reason, 'timeout');
  });

  it("says config-error, not unreachable, when this process's crypto cannot build the message (net-snmp's own DES on OpenSSL 3)", async () => {
    useDesWithoutLegacyProvider(); // before the swap, so that the session does not swap it back
    const des = snmp.Encryption.algorithms[snmp.PrivProtocols.des];
    const ours = { encryptPdu: des.encryptPdu, decryptPdu: des.decryptPdu };
    // net-snmp's functions as it ships them: createCipheriv('des-cbc'), legacy provider only.
    des.encryptPdu = snmp.Encryption.encryptPduDes;
    des.decryptPdu = snmp.Encryption.decryptPduDes;
    try {
      const result = await probeSnmp(SNMPD, { enabled: true, port: 161, timeoutMs: 1000, retries: 0, credentials: [credentialNamed('sha-des')] }, { signal: AbortSignal.timeout(10_000), logger: pino({ level: 'silent' }) });
      assert.equal(result.kind === 'silent' && result.reason, 'config-error', result.detail);
      assert.match(result.detail, /crypto library cannot use SNMPv3 sha\/des, so nothing was sent to 127\.0\.36\.1:161: error:0308010C:digital envelope routines::unsupported/);
    } finally {
      Object.assign(des, ours);
    }
  });
});
