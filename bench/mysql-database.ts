import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';

/** A fresh MariaDB database for one benchmark run. */
export interface BenchDatabase {
  /** The server URL with the new database as its path. */
  url: string;
  name: string;
  /** Drops the database and closes the admin connection. */
  drop(): Promise<void>;
}

/**
 * Creates `<prefix>_<random>` on the server of `serverUrl` (e.g. mysql://root@127.0.0.1:3306/test).
 * Rejects when the server cannot be reached; the caller decides whether that skips or fails.
 */
export async function createBenchDatabase(serverUrl: string, prefix: string): Promise<BenchDatabase> {
  const name = `${prefix}_${randomBytes(3).toString('hex')}`;
  const admin = await createConnection({ uri: serverUrl });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    },
  };
}
