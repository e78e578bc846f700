import pino, { type Logger } from 'pino';
import pinoRoll from 'pino-roll';
import { REDACTED_PATHS } from '../../lib/logger';
import { AGENT_VERSION } from './version';

/** The log file is rolled at this size, and this many old files are kept beside it. */
export const LOG_FILE_SIZE = '10m';
export const LOG_FILES_KEPT = 5;

/**
 * Logs to the data folder's rolling file and to stderr (the journal, under systemd).
 * Written in-process (no transport thread), so the bundled agent stays one file.
 */
export async function createAgentLogger(options: { level: string; logFile?: string; console?: boolean }): Promise<{ logger: Logger; flush(): Promise<void> }> {
  const streams: pino.StreamEntry[] = [];
  let file: Awaited<ReturnType<typeof pinoRoll>> | undefined;
  if (options.logFile) {
    file = await pinoRoll({ file: options.logFile, size: LOG_FILE_SIZE, mkdir: true, limit: { count: LOG_FILES_KEPT } });
    streams.push({ level: options.level as pino.Level, stream: file });
  }
  if (options.console !== false) {
    streams.push({ level: options.level as pino.Level, stream: process.stderr });
  }
  const logger = pino(
    {
      level: options.level,
      base: { service: 'inventory-capture-agent', agentVersion: AGENT_VERSION },
      redact: { paths: [...REDACTED_PATHS, 'clientSecret', 'token', 'password'], censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    pino.multistream(streams),
  );
  return {
    logger,
    flush: () =>
      new Promise<void>((resolve) => {
        if (!file) {
          resolve();
          return;
        }
        file.flush((error) => {
          void error;
          resolve();
        });
      }),
  };
}
