import { loadConfig } from '../config/load-config';
import { openCore } from '../composition/core';
import { DomainError } from '../domain/errors';
import { createLogger } from '../lib/logger';
import { parseFlags, runCli } from './args';

const USAGE = `usage:
  npm run token -- create --name NAME --scope admin|read   prints the new token once
  npm run token -- list
  npm run token -- revoke --name NAME`;

async function main(): Promise<number> {
  const { positional, flags } = parseFlags(process.argv.slice(2));
  const config = loadConfig({ argv: process.argv.slice(2) });
  // Logs go to stderr so that `create` prints nothing but the token on stdout.
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr);
  const core = await openCore(config, { logger });
  const { auth } = core.services;
  try {
    const name = flags.get('name');
    switch (positional[0] ?? 'help') {
      case 'create': {
        const scope = flags.get('scope') ?? 'read';
        if (typeof name !== 'string' || !/^[\w.-]{1,128}$/.test(name)) {
          process.stderr.write(`--name: give a name of letters, digits, ".", "-" or "_"\n${USAGE}\n`);
          return 2;
        }
        if (scope !== 'admin' && scope !== 'read') {
          process.stderr.write(`--scope: must be admin or read, not "${String(scope)}"\n`);
          return 2;
        }
        const { token } = await auth.createToken(name, scope);
        process.stdout.write(`${token}\n`);
        process.stderr.write(`token "${name}" (scope ${scope}) created; it is shown only now.\n`);
        return 0;
      }
      case 'list':
        for (const token of await auth.list()) {
          process.stdout.write(`${token.name}\t${token.scope}\tcreated ${token.createdAt.toISOString()}\tlast used ${token.lastUsedAt?.toISOString() ?? 'never'}${token.revokedAt ? '\trevoked' : ''}\n`);
        }
        return 0;
      case 'revoke':
        if (typeof name !== 'string') {
          process.stderr.write(`--name is required\n${USAGE}\n`);
          return 2;
        }
        if (!(await auth.revoke(name))) {
          process.stderr.write(`no active token named "${name}"\n`);
          return 1;
        }
        process.stdout.write(`token "${name}" revoked\n`);
        return 0;
      default:
        process.stderr.write(`${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    if (error instanceof DomainError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await core.close();
  }
}

runCli(main);
