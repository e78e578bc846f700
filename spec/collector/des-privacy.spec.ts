import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decryptDes, encryptDes } from '../../collector/snmp/des-privacy';

// FIPS 81, appendix C (CBC): key 0123456789abcdef, IV 1234567890abcdef.
const FIPS81 = {
  key: Buffer.from('0123456789abcdef', 'hex'),
  iv: Buffer.from('1234567890abcdef', 'hex'),
  plaintext: Buffer.from('Now is the time for all '),
  ciphertext: Buffer.from('e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6', 'hex'),
};

const xor = (left: Buffer, right: Buffer) => Buffer.from(left.map((byte, index) => byte ^ (right[index] as number)));

describe('DES privacy without the legacy provider', () => {
  it('is single DES: decrypts the FIPS 81 CBC example, the IV being pre-IV XOR salt (RFC 3414 §8.1.1.1)', () => {
    const salt = Buffer.from('00000001cafebabe', 'hex');
    const sut = decryptDes(FIPS81.ciphertext, salt, { key: FIPS81.key, preIv: xor(FIPS81.iv, salt) });
    assert.deepEqual(sut, FIPS81.plaintext);
  });

  it('encrypts to whole blocks, zero-padded, with engine boots 1 and a random integer as salt', () => {
    const desKey = { key: FIPS81.key, preIv: Buffer.from('0011223344556677', 'hex') };
    const scopedPdu = Buffer.from('a scoped PDU of 29 octets....');
    const first = encryptDes(scopedPdu, desKey);
    const second = encryptDes(scopedPdu, desKey);
    assert.equal(first.encryptedPdu.length, 32);
    assert.deepEqual(first.msgPrivacyParameters.subarray(0, 4), Buffer.from([0, 0, 0, 1]));
    assert.notDeepEqual(first.msgPrivacyParameters, second.msgPrivacyParameters);
    assert.deepEqual(decryptDes(first.encryptedPdu, first.msgPrivacyParameters, desKey), Buffer.concat([scopedPdu, Buffer.alloc(3)]));
  });

  it('refuses an encrypted PDU that is not whole blocks (a decryption error, RFC 3414 §8.3.2)', () => {
    assert.throws(() => decryptDes(Buffer.alloc(12), Buffer.alloc(8), { key: FIPS81.key, preIv: FIPS81.iv }), /whole 8-octet blocks/);
  });
});
