/**
 * Whether an error comes from this process's crypto layer (OpenSSL, or node:crypto checking its
 * arguments) rather than from the network: net-snmp builds each v3 message (digest, encryption)
 * inside its send and hands such an error to the request's callback as it does a socket error,
 * though nothing was sent and no host can fix it. OpenSSL's errors carry `library` and an
 * `ERR_OSSL_*` code ("error:0308010C:digital envelope routines::unsupported" for DES without the
 * legacy provider); node:crypto's own are `ERR_CRYPTO_*`.
 */
export function isLocalCryptoError(error: Error): boolean {
  const { code, library } = error as Error & { code?: unknown; library?: unknown };
  return (typeof code === 'string' && /^ERR_(OSSL|CRYPTO)_/.test(code)) || typeof library === 'string' || /^error:[0-9A-F]{8}:/.test(error.message);
}
