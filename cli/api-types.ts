import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { loadConfig } from '../config/load-config';
import { createLogger } from '../lib/logger';
import { startServer } from '../main';
import { parseFlags, runCli } from './args';

const COMMAND = 'npm run api-types';
const OUTPUT_FILE = 'console/src/api/openapi.gen.ts';

const USAGE = `usage:
  ${COMMAND}               writes ${OUTPUT_FILE} from the server's OpenAPI document
  ${COMMAND} -- --check    exits 1 when ${OUTPUT_FILE} differs from what it would write`;

const HEADER = `/**
 * Generated from the server's OpenAPI document (GET /api/v1/openapi.json) by \`${COMMAND}\`:
 * do not edit it by hand. CI runs \`${COMMAND} -- --check\`, which fails when it is stale.
 */

`;

/**
 * Starts the server on a throw-away SQLite folder and an unused port, reads its
 * OpenAPI document, and stops it: the document is what a running server answers.
 */
async function fetchOpenApiDocument(): Promise<OpenAPI3> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'inventory-api-types-'));
  try {
    // Only these keys: the caller's DATABASE_URL or INVENTORY_CONFIG must not point this at a real database.
    const config = loadConfig({ argv: [], env: { INVENTORY_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' } });
    const server = await startServer(config, { logger: createLogger('silent') });
    try {
      const response = await fetch(`${server.url}/api/v1/openapi.json`);
      if (!response.ok) {
        throw new Error(`GET /api/v1/openapi.json answered ${response.status}`);
      }
      return (await response.json()) as OpenAPI3;
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The TypeScript types of a document, with the header; the same document always gives the same text. */
async function renderApiTypes(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document, { silent: true });
  return HEADER + astToString(ast);
}

async function main(): Promise<number> {
  const { positional, flags } = parseFlags(process.argv.slice(2));
  const unknown = [...positional, ...[...flags.keys()].filter((flag) => flag !== 'check').map((flag) => `--${flag}`)];
  if (unknown.length > 0) {
    process.stderr.write(`unknown argument ${unknown.join(' ')}\n${USAGE}\n`);
    return 2;
  }
  const file = path.resolve(__dirname, '..', OUTPUT_FILE);
  const text = await renderApiTypes(await fetchOpenApiDocument());
  if (flags.has('check')) {
    const current = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        return null;
      }
      throw error;
    });
    if (current !== text) {
      process.stderr.write(`${OUTPUT_FILE} is stale: run ${COMMAND}\n`);
      return 1;
    }
    return 0;
  }
  await writeFile(file, text);
  process.stdout.write(`wrote ${OUTPUT_FILE}\n`);
  return 0;
}

runCli(main);
