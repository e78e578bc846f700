import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildAgentPackage, type BuiltPackage } from '../../capture-agent/build-package';
import { issueAgentSecret, unusedLoopbackPort } from '../support/capture-agent-harness';
import { startTestServer, type Json, type TestServer } from '../support/server';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command of the package as a user would, with no AGENT_DATA_DIR from this process. */
function run(command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv };
  delete env.AGENT_DATA_DIR;
  return new Promise((resolve) => {
    execFile(command, args, { env, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('the agent package: build, install, update, uninstall', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'spec-agent-package-'));
  const targets = { prefix: path.join(root, 'opt', 'inventory-capture-agent'), dataDir: path.join(root, 'var', 'lib', 'inventory-capture-agent'), unitDir: path.join(root, 'etc', 'systemd', 'system'), binDir: path.join(root, 'usr', 'local', 'bin') };
  const targetFlags = ['--prefix', targets.prefix, '--data-dir', targets.dataDir, '--unit-dir', targets.unitDir, '--bin-dir', targets.binDir];
  const command = path.join(targets.binDir, 'capture-agent');
  const currentVersion = () => path.basename(readlinkSync(path.join(targets.prefix, 'current')));
  let server: TestServer;
  let secret: string;
  const built: Record<string, BuiltPackage> = {};

  const upload = async (agentPackage: BuiltPackage) => {
    const answer = await server.call(`/api/v1/agent-releases?version=${agentPackage.version}&fileName=${path.basename(agentPackage.archive)}&current=true`, {
      method: 'POST',
      body: await readFile(agentPackage.archive),
      headers: { 'content-type': 'application/octet-stream' },
    });
    assert.equal(answer.status, 201, await answer.clone().text());
  };

  before(async () => {
    server = await startTestServer('sqlite');
    secret = await issueAgentSecret(server);
    for (const version of ['1.0.0', '1.1.0', '1.2.0', '1.3.0']) {
      built[version] = await buildAgentPackage({ version, outDir: path.join(root, 'build') });
    }
  });
  after(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('npm run build:agent makes a self-contained package that runs with Node.js alone', async () => {
    const agentPackage = built['1.0.0']!;
    assert.ok(existsSync(agentPackage.archive));
    assert.equal((await run(process.execPath, [path.join(agentPackage.folder, 'capture-agent.js'), 'version'])).stdout.trim(), '1.0.0');
    const inventory = await run(process.execPath, [path.join(agentPackage.folder, 'capture-agent.js'), 'inventory']);
    assert.equal(inventory.code, 0, inventory.stderr);
    assert.ok((JSON.parse(inventory.stdout) as Json).identity.hostname, 'the bundled agent collects');
  });

  it('install.sh installs the program, the config, the unit and the command, and says what it did', async () => {
    const installed = await run('sh', [path.join(built['1.0.0']!.folder, 'install.sh'), ...targetFlags, 'CLIENTID=office-agent', `CLIENTSECRET=${secret}`, `PORTALURL1=${server.url}`]);
    assert.equal(installed.code, 0, installed.stderr);
    assert.match(installed.stdout, /copied program 1\.0\.0 to /);
    assert.match(installed.stdout, /wrote unit .*inventory-capture-agent\.service/);
    assert.match(installed.stdout, /linked command /);
    assert.equal(currentVersion(), '1.0.0');
    const unit = readFileSync(path.join(targets.unitDir, 'inventory-capture-agent.service'), 'utf8');
    assert.match(unit, new RegExp(`^ExecStart=${process.execPath} ${path.join(targets.prefix, 'current', 'capture-agent.js')} run --data-dir ${targets.dataDir}$`, 'm'));
    assert.match(unit, /^Restart=always$/m);
    const config = JSON.parse(readFileSync(path.join(targets.dataDir, 'config.json'), 'utf8')) as Json;
    assert.deepEqual(config.current, { url: server.url, clientId: 'office-agent', clientSecret: secret });
    assert.equal((await run(command, ['version'])).stdout.trim(), '1.0.0');
  });

  it('installing again changes nothing and says so', async () => {
    const again = await run('sh', [path.join(built['1.0.0']!.folder, 'install.sh'), ...targetFlags]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /program 1\.0\.0 already in /);
    assert.match(again.stdout, /already points to 1\.0\.0/);
    assert.match(again.stdout, /unit .* unchanged/);
    assert.match(again.stdout, /command .* already linked/);
  });

  it('sync --once exits 1 and status says why when the portal cannot be reached', async () => {
    const dataDir = mkdtempSync(path.join(root, 'unreachable-'));
    const failed = await run(command, ['sync', '--once', '--data-dir', dataDir, 'CLIENTID=office-agent', 'CLIENTSECRET=whatever', 'PORTALURL1=http://127.0.0.1:9']);
    assert.equal(failed.code, 1);
    assert.match(failed.stdout, /sync failed \(refused\): connection refused by 127\.0\.0\.1:9/);
    const status = await run(command, ['status', '--data-dir', dataDir]);
    assert.match(status.stdout, /last result: +FAILED \(refused\)/);
    assert.match(status.stdout, /server URL in use: +http:\/\/127\.0\.0\.1:9/);
    assert.match(readFileSync(path.join(dataDir, 'logs', latestLogFile(dataDir)), 'utf8'), /sync failed: refused/);
  });

  it('applies an offered update: downloads, checks, installs beside the running version and switches', async () => {
    await upload(built['1.1.0']!);
    const synced = await run(command, ['sync', '--once', '--data-dir', targets.dataDir]);
    assert.equal(synced.code, 0, synced.stderr + synced.stdout);
    assert.match(synced.stdout, /sync accepted \(full\).*update: updated to 1\.1\.0/);
    assert.equal(currentVersion(), '1.1.0');
    assert.ok(existsSync(path.join(targets.prefix, 'versions', '1.0.0', 'capture-agent.js')), 'the previous version stays beside it');
    assert.equal((await run(command, ['version'])).stdout.trim(), '1.1.0');
    const status = await run(command, ['status', '--data-dir', targets.dataDir]);
    assert.match(status.stdout, /last update: +1\.1\.0 .*applied/);
  });

  it('refuses a package whose SHA-256 does not match and keeps running the current version', async () => {
    await upload(built['1.2.0']!);
    // The stored package damaged on the server's disk: same size, one byte changed.
    const stored = path.join(server.database.dataDir, 'agent-releases', '1.2.0');
    const bytes = readFileSync(stored);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10]! + 1) % 256;
    writeFileSync(stored, bytes);
    const synced = await run(command, ['sync', '--once', '--data-dir', targets.dataDir]);
    assert.equal(synced.code, 0, 'the sync itself worked');
    assert.match(synced.stdout, /update: SHA-256 mismatch/);
    assert.equal(currentVersion(), '1.1.0', 'the running version is untouched');
    assert.ok(!existsSync(path.join(targets.prefix, 'versions', '1.2.0')));
    assert.deepEqual(readdirNames(path.join(targets.dataDir, 'downloads')), [], 'the refused download is removed');
    const log = readFileSync(path.join(targets.dataDir, 'logs', latestLogFile(targets.dataDir)), 'utf8');
    assert.match(log, /update to 1\.2\.0 refused, the running version is untouched: SHA-256 mismatch/);
  });

  it('run serves the collector and syncs with the portal, and stops cleanly on SIGTERM', async () => {
    const port = await unusedLoopbackPort();
    const token = 'collector-token-0123456789abcdef';
    const before = JSON.parse(readFileSync(path.join(targets.dataDir, 'state.json'), 'utf8')) as Json;
    const child = spawn(command, ['run', '--data-dir', targets.dataDir, 'SERVEENABLED=1', 'SERVEADDRESS=127.0.0.1', `SERVEPORT=${port}`, `SERVETOKEN=${token}`], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      let served: Response | undefined;
      let synced = false;
      for (let attempt = 0; attempt < 150 && !(served?.ok && synced); attempt++) {
        await sleep(100);
        served = await fetch(`http://127.0.0.1:${port}/inventory`, { headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
        synced = (JSON.parse(readFileSync(path.join(targets.dataDir, 'state.json'), 'utf8')) as Json).lastSyncAt !== before.lastSyncAt;
      }
      assert.equal(served?.status, 200, 'the collector is answered');
      assert.ok(synced, 'the service synced at start');
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0, 'SIGTERM stops it with exit code 0');
  });

  it('run under a service manager exits 75 after applying an update, so that the manager starts the new version', async () => {
    await upload(built['1.3.0']!);
    const ran = await run(command, ['run', '--data-dir', targets.dataDir, 'SERVEENABLED=0'], { AGENT_SERVICE: 'systemd' });
    assert.equal(ran.code, 75, ran.stderr);
    assert.equal(currentVersion(), '1.3.0');
    assert.match(ran.stderr, /restarting through the service manager to run agent 1\.3\.0/);
  });

  it('uninstall removes the service, the command, the program and the data folder; again, it finds them gone', async () => {
    const removed = await run(command, ['uninstall', ...targetFlags]);
    assert.equal(removed.code, 0, removed.stderr);
    assert.match(removed.stdout, /removed unit /);
    assert.match(removed.stdout, /removed program folder /);
    assert.match(removed.stdout, /removed data folder /);
    for (const gone of [targets.prefix, targets.dataDir, command, path.join(targets.unitDir, 'inventory-capture-agent.service')]) {
      assert.ok(!existsSync(gone), `${gone} is gone`);
    }
    const again = await run(process.execPath, [path.join(built['1.0.0']!.folder, 'capture-agent.js'), 'uninstall', ...targetFlags]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /unit .* already absent/);
    assert.match(again.stdout, /program folder .* already absent/);
  });
});

/** The log file pino-roll writes (agent.<n>.log) in <dataDir>/logs. */
function latestLogFile(dataDir: string): string {
  const names = readdirNames(path.join(dataDir, 'logs')).filter((name) => name.endsWith('.log'));
  assert.ok(names.length > 0, `a log file in ${dataDir}/logs`);
  return names.sort().at(-1)!;
}

function readdirNames(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder) : [];
}
