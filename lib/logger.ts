import pino, { type Logger } from 'pino';

/** Paths pino blanks out wherever they appear: secrets never reach a log line. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.authorization',
  '*.password',
  '*.secret',
  '*.clientSecret',
  '*.community',
  '*.authKey',
  '*.privKey',
  '*.token',
  '*.adminToken',
  '*.secretKey',
  '*.databaseUrl',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'inventory-collector' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
