import { stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load-config';
import { openCore } from '../composition/core';
import { OCS_MACHINES_AT_ONCE } from '../composition/services';
import type { ConnectionRepository } from '../domain/ports';
import { DEFAULT_MAX_FILE_BYTES, type OcsImportSettings } from '../ocs-import/import.service';
import { inventoryFilesByMachine } from '../ocs-import/folder';
import { importFolder } from '../ocs-import/import-folder';
import { createLogger } from '../lib/logger';
import { parseFlags, runCli } from './args';

const USAGE = `usage: npm run import -- <file-or-folder> [--connection ID] [--after keep|archive|delete]
  Imports OCS Inventory XML (.ocs/.xml) once, with the server's own code, and prints a summary.
  --connection  count the import under an ocs connection (its ignore rule and afterImport apply)
  --after       what to do with an imported file (default: the connection's, else keep)`;

async function main(): Promise<number> {
  const { positional, flags } = parseFlags(process.argv.slice(2));
  const target = positional[0];
  if (!target) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig({ argv: process.argv.slice(2) });
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr);
  const core = await openCore(config, { logger });
  const { services } = core;
  try {
    const settings = await settingsFrom(flags, core.repositories.connections);
    if (typeof settings === 'string') {
      process.stderr.write(`${settings}\n`);
      return 2;
    }
    const groups = (await stat(target)).isDirectory() ? await inventoryFilesByMachine(target) : [[path.resolve(target)]];
    const startedAt = performance.now();
    // The CLI gives no grace period, so nothing stays pending.
    const counts = await importFolder(services.ocsImporter, groups, settings, {
      concurrency: OCS_MACHINES_AT_ONCE,
      onOutcome: (file, outcome) => outcome.kind === 'rejected' && process.stdout.write(`rejected ${file}: ${outcome.reason}\n`),
    });
    const seconds = (performance.now() - startedAt) / 1000;
    const files = counts.imported + counts.duplicate + counts.rejected;
    process.stdout.write(`${files} file(s) in ${seconds.toFixed(1)} s: ${counts.imported} imported, ${counts.duplicate} already imported, ${counts.rejected} rejected\n`);
    // The webhooks of the machines created (equipment.created) go out before the process ends.
    await services.dispatcher.settle();
    return counts.rejected > 0 ? 1 : 0;
  } finally {
    await core.close();
  }
}

async function settingsFrom(flags: Map<string, string | true>, connections: ConnectionRepository): Promise<OcsImportSettings | string> {
  const after = flags.get('after');
  if (after !== undefined && after !== 'keep' && after !== 'archive' && after !== 'delete') {
    return `--after: must be keep, archive or delete, not "${String(after)}"`;
  }
  const connectionId = flags.get('connection');
  if (connectionId === undefined) {
    return { connectionId: '', afterImport: after ?? 'keep', ignoreRule: null, maxBytes: DEFAULT_MAX_FILE_BYTES };
  }
  const connection = typeof connectionId === 'string' ? await connections.findById(connectionId) : null;
  if (!connection || connection.type !== 'ocs') {
    return `--connection: no ocs connection with id "${String(connectionId)}"`;
  }
  return { connectionId: connection.id, afterImport: after ?? connection.ocs?.afterImport ?? 'keep', ignoreRule: connection.ignore, maxBytes: DEFAULT_MAX_FILE_BYTES };
}

runCli(main);
