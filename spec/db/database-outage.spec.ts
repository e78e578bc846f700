import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from '../../db/database-outage';
import { DomainError } from '../../domain/errors';

/** An error as mysql2 makes them: a message, then `code`, `errno` and `fatal` when it has them. */
const driverError = (fields: { code?: string; errno?: number; fatal?: boolean }, message = 'driver error') => Object.assign(new Error(message), fields);
const inQuery = (error: Error) => new QueryFailedError('SELECT 1', [], error);

describe(isDatabaseUnavailable.name, () => {
  const unavailable: [string, Error][] = [
    ['nothing listens (a stopped server)', driverError({ code: 'ECONNREFUSED', errno: -111, fatal: true }, 'connect ECONNREFUSED 127.0.0.1:3306')],
    ['the server closed the connection mid-query', inQuery(driverError({ code: 'PROTOCOL_CONNECTION_LOST', fatal: true }, 'Connection lost: The server closed the connection.'))],
    ['the server is shutting down', inQuery(driverError({ code: 'ER_SERVER_SHUTDOWN', errno: 1053 }, 'Server shutdown in progress'))],
    ['MariaDB killed the connection (1927, unnamed in mysql2)', inQuery(driverError({ errno: 1927 }, 'Connection was killed'))],
    ['a command on a connection already closed (mysql2 sets no code)', inQuery(driverError({ fatal: true }, "Can't add new command when connection is in closed state"))],
    ['too many connections', driverError({ code: 'ER_CON_COUNT_ERROR', errno: 1040, fatal: true }, 'Too many connections')],
  ];
  for (const [condition, error] of unavailable) {
    it(`is true when ${condition}`, () => assert.equal(isDatabaseUnavailable(error), true));
  }

  const statementFaults: [string, unknown][] = [
    ['a duplicate key (a clash, retried as such)', inQuery(driverError({ code: 'ER_DUP_ENTRY', errno: 1062 }))],
    ['a deadlock', inQuery(driverError({ code: 'ER_LOCK_DEADLOCK', errno: 1213 }))],
    ['an SQL syntax error (a bug)', inQuery(driverError({ code: 'ER_PARSE_ERROR', errno: 1064 }))],
    ['a wrong password (fatal, but no outage: retrying will not help)', driverError({ code: 'ER_ACCESS_DENIED_ERROR', errno: 1045, fatal: true })],
    ['a SQLite error', inQuery(driverError({ code: 'SQLITE_CONSTRAINT_UNIQUE' }))],
    ['a DomainError already translated', new DomainError('unavailable', 'the database cannot be reached')],
    ['an error without driver fields', new Error('boom')],
    ['undefined', undefined],
  ];
  for (const [condition, error] of statementFaults) {
    it(`is false for ${condition}`, () => assert.equal(isDatabaseUnavailable(error), false));
  }
});
