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
  /** `keySource` says where the key came from, for the error when a stored secret was written with another one. */
  constructor(
    private readonly key: Buffer,
    private readonly keySource = 'the secret key',
  ) {
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
    try {
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    } catch (error) {
      // GCM's tag check is all OpenSSL says ("unable to authenticate data"): a stored secret written with another key.
      throw new SecretKeyMismatchError(this.keySource, { cause: error });
    }
  }
}

/** A stored secret that the key in use does not open: the database was written with another key (a lost or replaced key file). */
export class SecretKeyMismatchError extends Error {
  constructor(
    readonly keySource: string,
    options?: { cause?: unknown },
  ) {
    super(`a secret stored in the database does not decrypt with ${keySource}: the database was written with another key; start with the key it was written with (INVENTORY_SECRET_KEY, or its secret.key file restored into the data folder)`, options);
    this.name = 'SecretKeyMismatchError';
  }
}

/** The key that encrypts stored secrets, and where it came from (the setting, or the key file's path). */
export interface SecretKey {
  key: Buffer;
  source: string;
}

/**
 * The configured key, else the key file in the data directory, created (mode
 * 0600) on first start. Losing that file makes stored secrets unreadable: back it up.
 */
export function loadSecretKey(configured: string | undefined, dataDir: string): SecretKey {
  if (configured) {
    return { key: Buffer.from(configured, 'base64'), source: 'the configured key' };
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
  return { key, source: file };
}
