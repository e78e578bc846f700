/** The "agent-api" API connection push agents sign in with (client credentials). */
export type AgentApiStatus = 'Active' | 'Inactive';

export interface AgentApiClient {
  id: string;
  clientId: string;
  /** scrypt hash of the client secret; null until an administrator generates one. */
  secretHash: string | null;
  /**
   * The secondary configuration's secret, encrypted: agents learn it from their sync
   * answer, so it must be readable until it is promoted (then it is dropped).
   */
  secretCiphertext: string | null;
  status: AgentApiStatus;
  role: 'current' | 'secondary';
  url: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const DEFAULT_AGENT_CLIENT_ID = 'office-agent';

const MIN_SECRET_LENGTH = 24;

/** Why a client secret chosen by a person is too weak, or null: length and character classes. */
export function secretWeakness(secret: string): string | null {
  if (secret.length < MIN_SECRET_LENGTH) {
    return `must be at least ${MIN_SECRET_LENGTH} characters long`;
  }
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((pattern) => pattern.test(secret)).length;
  return classes < 3 ? 'must mix at least three of: lower-case letters, upper-case letters, digits, symbols' : null;
}

/** What a verified agent access token says. */
export interface AgentTokenClaims {
  clientId: string;
  /** Fingerprint of the secret the token was issued for: a replaced secret voids its tokens. */
  secretFingerprint: string;
  scope: string;
  expiresAt: number;
}
