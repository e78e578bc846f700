// Which folder may import which: the layering of README's architecture section, made executable.
// Kept apart from eslint.config.mjs so that spec/lint/boundaries.spec.ts lints deliberately wrong imports with these very rules.

/** Frameworks, drivers and network libraries: adapters use them, the domain and the contracts never do. */
const FRAMEWORKS = ['express', 'express/*', 'typeorm', 'typeorm/*', 'net-snmp', 'pino', 'pino-*', 'mysql2', 'mysql2/*', 'better-sqlite3', 'chokidar', 'node-cron', 'ping', 'fast-xml-parser', 'helmet', 'prom-client', 'undici', 'systeminformation', 'tar'];
/** Every folder of the server outside the inner rings. */
const SERVER_FOLDERS = ['api', 'db', 'migrations', 'collector', 'ocs-import', 'capture-agent', 'config', 'security', 'storage', 'observability', 'webhooks', 'workers', 'cli', 'bench', 'composition', 'main'];
const outer = (depth, folders) => folders.flatMap((folder) => [`${'../'.repeat(depth)}${folder}`, `${'../'.repeat(depth)}${folder}/*`]);

const restrict = (groups) => ({ 'no-restricted-imports': ['error', { patterns: groups }] });

export const boundaries = [
  {
    // The domain: pure rules and ports. It may use the wire contracts (pure schemas) and libraries of values (zod, ipaddr.js, semver).
    files: ['domain/**/*.ts'],
    rules: restrict([
      { group: FRAMEWORKS, message: 'domain/ must not depend on frameworks or drivers: declare a port and implement it in an adapter' },
      { group: [...outer(1, SERVER_FOLDERS), ...outer(1, ['lib'])], message: 'domain/ imports only itself and contracts/: the outer folders implement its ports' },
    ]),
  },
  {
    // The wire contracts: schemas both sides of a wire import. Nothing but zod and each other.
    files: ['contracts/**/*.ts'],
    rules: restrict([
      { group: FRAMEWORKS, message: 'contracts/ holds pure schemas: no frameworks' },
      { group: ['../*'], message: 'contracts/ imports only other contracts: both sides of a wire depend on it, it depends on neither' },
    ]),
  },
  {
    // Small helpers shared by the server and the installed agent.
    files: ['lib/**/*.ts'],
    rules: restrict([{ group: ['../*'], message: 'lib/ imports nothing from the server: the capture agent bundles it' }]),
  },
  {
    // The collector and the OCS import are called by the API, never the other way round.
    files: ['collector/**/*.ts', 'ocs-import/**/*.ts'],
    rules: restrict([{ group: ['../api', '../api/*', '../../api', '../../api/*', '../../../api/*', '../main', '../composition/*'], message: 'collector/ and ocs-import/ never import the API or the composition root' }]),
  },
  {
    // The program installed on machines: a server refactor must not break its package.
    files: ['capture-agent/agent/**/*.ts'],
    rules: restrict([
      // A regex: gitignore-style groups cannot re-include ../../contracts once ../* has excluded its parent.
      { regex: '^\\.\\./(?!\\.\\./(contracts|lib)/)', message: 'capture-agent/agent/ imports only contracts/ (its wire protocols) and lib/ (the shared helpers)' },
    ]),
  },
];
