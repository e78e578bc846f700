import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../config/load-config';

function configFile(content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'config-spec-')), 'inventory.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function problemsOf(action: () => unknown): readonly string[] {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error.problems;
  }
  assert.fail('expected the configuration to be refused');
}

describe(loadConfig.name, () => {
  it('starts from defaults: port 8080, ./data, SQLite, migrations on', () => {
    const config = loadConfig({ env: {} });
    assert.equal(config.port, 8080);
    assert.equal(config.dataDir, './data');
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.runMigrations, true);
    assert.ok(Object.isFrozen(config) && Object.isFrozen(config.http));
  });

  it('lets environment variables override the config file', () => {
    const file = configFile({ port: 9000, logLevel: 'debug', http: { bodyLimit: '2mb' } });
    const config = loadConfig({ argv: ['--config', file], env: { PORT: '9100' } });
    assert.equal(config.port, 9100);
    assert.equal(config.logLevel, 'debug');
    assert.equal(config.http.bodyLimit, '2mb');
  });

  it('reads the file named by INVENTORY_CONFIG', () => {
    const file = configFile({ dataDir: '/var/lib/inventory' });
    assert.equal(loadConfig({ env: { INVENTORY_CONFIG: file } }).dataDir, '/var/lib/inventory');
  });

  it('reports every bad key at once, named by its environment variable or file key', () => {
    const file = configFile({ prot: 8080, http: { bodyLimit: 'huge' } });
    const problems = problemsOf(() => loadConfig({ argv: ['--config', file], env: { PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'postgres://x' } }));
    assert.equal(problems.length, 5, problems.join('\n'));
    assert.ok(problems.some((line) => line.startsWith('PORT:')));
    assert.ok(problems.some((line) => line.startsWith('LOG_LEVEL:')));
    assert.ok(problems.some((line) => line.startsWith('DATABASE_URL:') && line.includes('mysql://')));
    assert.ok(problems.some((line) => line.includes(`${file}: http.bodyLimit`)));
    assert.ok(problems.some((line) => line.includes('prot: unknown setting (did you mean "port"?)')));
  });

  it('says which file is not JSON', () => {
    const file = configFile('{ port: 1 ');
    const problems = problemsOf(() => loadConfig({ argv: [`--config=${file}`], env: {} }));
    assert.match(problems[0] ?? '', new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: is not valid JSON`));
  });

  it('refuses a secret key that is not 32 bytes', () => {
    const problems = problemsOf(() => loadConfig({ env: { INVENTORY_SECRET_KEY: Buffer.alloc(16).toString('base64') } }));
    assert.deepEqual(problems, ['INVENTORY_SECRET_KEY: must be 32 bytes encoded in base64']);
  });
});
