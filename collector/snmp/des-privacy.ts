import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import snmp from 'net-snmp';

/*
 * SNMPv3 DES privacy (CBC-DES, RFC 3414 §8.1) without OpenSSL's legacy provider.
 *
 * net-snmp encrypts DES with crypto.createCipheriv('des-cbc'); OpenSSL 3 (Node 17+) keeps single
 * DES only in its legacy provider, so that call fails with "error:0308010C:digital envelope
 * routines::unsupported" unless node runs with --openssl-legacy-provider. Triple DES is still in
 * the default provider, and triple DES with its three keys equal (keying option 3 of NIST SP 800-67)
 * is single DES: E_K(D_K(E_K(x))) = E_K(x). So the same OpenSSL code does DES here, for every way
 * the collector is started, without loading the legacy ciphers into the whole process.
 */

const TRIPLE_DES_CBC = 'des-ede3-cbc';
const DES_KEY_BYTES = 8;
const DES_BLOCK_BYTES = 8;

/** The authoritative engine net-snmp passes (its typings call it an Algorithm, which it is not). */
interface Engine {
  engineID: Buffer;
}
type EncryptPdu = (scopedPdu: Buffer, privProtocol: snmp.PrivProtocols, privKey: string, authProtocol: snmp.AuthProtocols, engine: Engine) => { encryptedPdu: Buffer; msgPrivacyParameters: Buffer };
type DecryptPdu = (encryptedPdu: Buffer, privProtocol: snmp.PrivProtocols, privParameters: Buffer, privKey: string, authProtocol: snmp.AuthProtocols, engine: Engine) => Buffer;

let installed = false;

/**
 * Points net-snmp's DES privacy at {@link encryptDes} and {@link decryptDes}; idempotent. net-snmp
 * dispatches through `Encryption.algorithms[PrivProtocols.des]`, which it exports.
 */
export function useDesWithoutLegacyProvider(): void {
  if (installed) {
    return;
  }
  const des = snmp.Encryption.algorithms[snmp.PrivProtocols.des] as unknown as { encryptPdu?: EncryptPdu; decryptPdu?: DecryptPdu } | undefined;
  if (typeof des?.encryptPdu !== 'function' || typeof des.decryptPdu !== 'function') {
    throw new Error('net-snmp no longer exposes Encryption.algorithms[PrivProtocols.des]: see collector/snmp/des-privacy.ts');
  }
  des.encryptPdu = (scopedPdu, _privProtocol, privKey, authProtocol, engine) => encryptDes(scopedPdu, localizedDesKey(privKey, authProtocol, engine.engineID));
  des.decryptPdu = (encryptedPdu, _privProtocol, privParameters, privKey, authProtocol, engine) => decryptDes(encryptedPdu, privParameters, localizedDesKey(privKey, authProtocol, engine.engineID));
  installed = true;
}

/** The DES key and pre-IV: the first and second 8 octets of the localized privacy key (RFC 3414 §8.1.1.1). */
export interface DesKey {
  key: Buffer;
  preIv: Buffer;
}

function localizedDesKey(privKey: string, authProtocol: snmp.AuthProtocols, engineId: Buffer): DesKey {
  if (authProtocol === snmp.AuthProtocols.none) {
    throw new Error('DES privacy needs an authentication protocol (USM has no privacy without authentication)');
  }
  const localized = snmp.Authentication.passwordToKey(authProtocol, privKey, engineId);
  return { key: localized.subarray(0, DES_KEY_BYTES), preIv: localized.subarray(DES_KEY_BYTES, DES_KEY_BYTES + DES_BLOCK_BYTES) };
}

/**
 * Encrypts a scoped PDU, padded with zeros to whole blocks (RFC 3414 §8.1.1.2). The salt is
 * engine boots then a random integer; as net-snmp, which keeps no engine state, boots is 1.
 */
export function encryptDes(scopedPdu: Buffer, { key, preIv }: DesKey): { encryptedPdu: Buffer; msgPrivacyParameters: Buffer } {
  const salt = Buffer.concat([Buffer.from([0, 0, 0, 1]), randomBytes(4)]);
  const padded = Buffer.alloc(Math.ceil(scopedPdu.length / DES_BLOCK_BYTES) * DES_BLOCK_BYTES);
  scopedPdu.copy(padded);
  const cipher = createCipheriv(TRIPLE_DES_CBC, tripled(key), xor(preIv, salt)).setAutoPadding(false);
  return { encryptedPdu: Buffer.concat([cipher.update(padded), cipher.final()]), msgPrivacyParameters: salt };
}

/** Decrypts a scoped PDU; the padding stays (the BER inside says where the PDU ends). */
export function decryptDes(encryptedPdu: Buffer, salt: Buffer, { key, preIv }: DesKey): Buffer {
  if (encryptedPdu.length % DES_BLOCK_BYTES !== 0 || salt.length !== DES_BLOCK_BYTES) {
    // RFC 3414 §8.3.2: a decryption error (net-snmp reports it as ECouldNotDecrypt).
    throw new Error(`a DES-encrypted PDU is whole ${DES_BLOCK_BYTES}-octet blocks with an ${DES_BLOCK_BYTES}-octet salt, not ${encryptedPdu.length} octets with ${salt.length}`);
  }
  const decipher = createDecipheriv(TRIPLE_DES_CBC, tripled(key), xor(preIv, salt)).setAutoPadding(false);
  return Buffer.concat([decipher.update(encryptedPdu), decipher.final()]);
}

function tripled(key: Buffer): Buffer {
  return Buffer.concat([key, key, key]);
}

function xor(left: Buffer, right: Buffer): Buffer {
  return Buffer.from(left.map((byte, index) => byte ^ (right[index] ?? 0)));
}
