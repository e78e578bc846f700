import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PREFIX = 'enc:v1:';

/**
 * Encrypts stored secrets (SNMP communities, v3 keys, agent tokens, webhook
 * secrets) with AES-256-GCM. The format `enc:v1:<iv>:<tag>:<ciphertext>` (base64)
 * lets a later key rotation recognise old values.
 */
export class SecretCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) {
      throw new Error('the secret key must be 32 bytes');
    }
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${PREFIX}${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${body.toString('base64')}`;
  }

  decrypt(stored: string): string {
    if (!stored.startsWith(PREFIX)) {
      throw new Error('not an encrypted secret');
    }
    const [iv, tag, body] = stored.slice(PREFIX.length).split(':');
    if (!iv || !tag || body === undefined) {
      throw new Error('malformed encrypted secret');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }
}

/**
 * The configured key, else the key file in the data directory, created (mode
 * 0600) on first start. Losing that file makes stored secrets unreadable: back it up.
 */
export function loadSecretKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured) {
    return Buffer.from(configured, 'base64');
  }
  const file = path.join(dataDir, 'secret.key');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) {
    throw new Error(`${file}: must hold 32 bytes in base64`);
  }
  return key;
}
