import type { Request } from 'express';

/**
 * The user and password of `Authorization: Basic …`, or undefined. Both halves are
 * form-urlencoded as RFC 6749 §2.3.1 asks of OAuth clients; an agent that sends them plain
 * decodes the same, since client IDs and generated secrets hold no `%` or `+`.
 */
export function basicCredentials(req: Request): { user: string; password: string } | undefined {
  const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!basic) {
    return undefined;
  }
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) {
    return undefined;
  }
  try {
    return { user: decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' ')), password: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' ')) };
  } catch {
    return undefined;
  }
}
