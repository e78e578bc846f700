import type { SecretTools } from '../../domain/agent-access.service';

/**
 * SecretTools without cryptography, for the unit tier: a salted but readable "hash", a
 * reversible "cipher" and predictable secrets. Never a substitute for security/.
 */
export class FakeSecretTools implements SecretTools {
  private salts = 0;
  private generated = 0;

  async hash(secret: string): Promise<string> {
    // Salted like scrypt: the same secret hashed twice gives two hashes (and two fingerprints).
    return `fake-hash$${++this.salts}$${Buffer.from(secret).toString('base64url')}`;
  }

  async verify(secret: string, hash: string): Promise<boolean> {
    const [scheme, salt, encoded] = hash.split('$');
    return scheme === 'fake-hash' && Boolean(salt) && encoded === Buffer.from(secret).toString('base64url');
  }

  encrypt(plain: string): string {
    return `fake-cipher:${Buffer.from(plain).toString('base64')}`;
  }

  decrypt(ciphertext: string): string {
    if (!ciphertext.startsWith('fake-cipher:')) {
      throw new Error('not a ciphertext of FakeSecretTools');
    }
    return Buffer.from(ciphertext.slice('fake-cipher:'.length), 'base64').toString();
  }

  generate(): string {
    return `Generated-Secret-${String(++this.generated).padStart(6, '0')}-x7!`;
  }

  fingerprint(secretHash: string): string {
    return `fp:${secretHash.split('$')[1] ?? '?'}`;
  }
}
