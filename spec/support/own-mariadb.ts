import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isRunning, stopChild } from './child-process';
import { createConnection } from 'mysql2/promise';
import { findExecutable } from './snmpd';

/**
 * A MariaDB server of the spec's own (Debian's `mariadb-server`: mariadbd and
 * mariadb-install-db) on a temporary data folder and a free loopback port, so a spec
 * may stop and start it without disturbing the shared server or the other specs.
 */
export interface OwnMariaDb {
  /** mysql://root@127.0.0.1:<port>/<database>, the database created at start. */
  url: string;
  port: number;
  /** The server's process id while it runs. */
  readonly pid: number | undefined;
  /** SIGTERM (a clean shutdown, as systemd does), resolves once the process has exited. */
  stop(): Promise<void>;
  /** Starts it again on the same data folder and port; resolves once it answers. */
  start(): Promise<void>;
  /** Stops it if it runs and removes the data folder. */
  destroy(): Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 30_000;
const LOG_TAIL_CHARS = 4_000;

/**
 * Small everything: the spec's data fits in a few MB, and InnoDB's default 96 MB redo log
 * and 128 MB buffer pool would cost seconds and memory at each start.
 */
const SMALL_SERVER = ['--innodb-buffer-pool-size=16M', '--innodb-log-file-size=4M', '--innodb-data-file-path=ibdata1:4M:autoextend', '--performance-schema=OFF', '--skip-log-bin'];

export function ownMariaDbAvailable(): boolean {
  return findExecutable('mariadbd') !== undefined && findExecutable('mariadb-install-db') !== undefined;
}

/** A port free on 127.0.0.1 now (the kernel's choice); kept for the restarts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function run(file: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 60_000 }, (error, stdout, stderr) => (error ? reject(new Error(`${path.basename(file)} failed: ${error.message}\n${stdout}${stderr}`)) : resolve()));
  });
}



async function answers(port: number): Promise<boolean> {
  try {
    const connection = await createConnection({ host: '127.0.0.1', port, user: 'root', connectTimeout: 1000 });
    await connection.end();
    return true;
  } catch {
    return false;
  }
}

/** Initialises a data folder with `mariadb-install-db`, starts mariadbd on it and creates `database`. */
export async function startOwnMariaDb(options: { database?: string } = {}): Promise<OwnMariaDb> {
  const mariadbd = findExecutable('mariadbd');
  const installDb = findExecutable('mariadb-install-db');
  if (!mariadbd || !installDb) {
    throw new Error('mariadbd or mariadb-install-db is not installed (apt-get install -y mariadb-server)');
  }
  const database = options.database ?? 'inventory';
  const dir = mkdtempSync(path.join(tmpdir(), 'own-mariadb-'));
  const dataDir = path.join(dir, 'data');
  const errorLog = path.join(dir, 'error.log');
  // mariadbd refuses to run as root unless told to; as another user it runs as that user.
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  // Root over TCP without a password (normal authentication, not unix_socket), as the shared test server.
  await run(installDb, ['--no-defaults', `--datadir=${dataDir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot, ...SMALL_SERVER]).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  const port = await freePort();
  const args = [
    '--no-defaults',
    `--datadir=${dataDir}`,
    `--port=${port}`,
    `--socket=${path.join(dir, 'mariadbd.sock')}`,
    `--pid-file=${path.join(dir, 'mariadbd.pid')}`,
    `--log-error=${errorLog}`,
    '--bind-address=127.0.0.1',
    '--skip-networking=0',
    ...asRoot,
    ...SMALL_SERVER,
  ];

  let child: ChildProcess | undefined;
  const killOnExit = () => child?.kill('SIGKILL');
  const logTail = () => {
    try {
      return readFileSync(errorLog, 'utf8').slice(-LOG_TAIL_CHARS);
    } catch {
      return '(no error log)';
    }
  };

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    await stopChild(child, STOP_TIMEOUT_MS);
  };

  const start = async () => {
    if (child && isRunning(child)) {
      throw new Error(`mariadbd already runs (pid ${child.pid})`);
    }
    const started = spawn(mariadbd, args, { stdio: 'ignore' });
    child = started;
    // A spec that dies does not leave its server behind.
    process.once('exit', killOnExit);
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (!(await answers(port))) {
      if (started.exitCode !== null || started.signalCode !== null) {
        throw new Error(`mariadbd exited (${started.exitCode ?? started.signalCode}) before answering:\n${logTail()}`);
      }
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`mariadbd did not answer on port ${port} within ${READY_TIMEOUT_MS} ms:\n${logTail()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const destroy = async () => {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await start();
    const admin = await createConnection({ host: '127.0.0.1', port, user: 'root' });
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
  } catch (error) {
    await destroy();
    throw error;
  }
  return {
    url: `mysql://root@127.0.0.1:${port}/${database}`,
    port,
    get pid() {
      return child && isRunning(child) ? child.pid : undefined;
    },
    stop,
    start,
    destroy,
  };
}
