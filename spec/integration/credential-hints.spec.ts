import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TypeormScanRunRepository } from '../../db/repositories/scan-run.repository';
import { Transactor } from '../../db/transactor';
import { emptyCounts } from '../../domain/scan-run';
import { testDatabaseKinds } from '../support/databases';
import { startTestServer, type TestServer } from '../support/server';

for (const kind of testDatabaseKinds()) {
  describe(`SNMP credential hints on ${kind}`, () => {
    let server: TestServer;
    let scanRuns: TypeormScanRunRepository;

    before(async () => {
      server = await startTestServer(kind);
      scanRuns = new TypeormScanRunRepository(server.dataSource, new Transactor(server.dataSource));
    });
    after(() => server.stop());

    it('are written with a run’s results, one per host, the latest answer winning', async () => {
      const lan = await server.services.connections.create({ name: 'hints-lan', type: 'network', targets: ['127.0.16.0/30'] });
      const other = await server.services.connections.create({ name: 'hints-other', type: 'network', targets: ['127.0.16.0/30'] });
      const run = await scanRuns.start({ connectionId: lan.id, triggeredBy: 'manual', targets: 3, owner: 'spec', startedAt: new Date(), notes: [] });
      const otherRun = await scanRuns.start({ connectionId: other.id, triggeredBy: 'manual', targets: 3, owner: 'spec', startedAt: new Date(), notes: [] });

      await scanRuns.record(run.id, [], emptyCounts(3), new Date(), [
        { connectionId: lan.id, address: '127.0.16.1', credentialIndex: 1 },
        { connectionId: lan.id, address: '127.0.16.2', credentialIndex: 0 },
        { connectionId: lan.id, address: '127.0.16.2', credentialIndex: 2 },
      ]);
      await scanRuns.record(otherRun.id, [], emptyCounts(3), new Date(), [{ connectionId: other.id, address: '127.0.16.1', credentialIndex: 3 }]);
      // A later flush: one host answered another credential, one is new.
      await scanRuns.record(run.id, [], emptyCounts(3), new Date(), [
        { connectionId: lan.id, address: '127.0.16.1', credentialIndex: 0 },
        { connectionId: lan.id, address: '127.0.16.3', credentialIndex: 1 },
      ]);

      assert.deepEqual(await scanRuns.credentialHints(lan.id, ['127.0.16.1', '127.0.16.2', '127.0.16.3']), new Map([['127.0.16.1', 0], ['127.0.16.2', 2], ['127.0.16.3', 1]]));
      assert.deepEqual(await scanRuns.credentialHints(other.id, ['127.0.16.1', '127.0.16.2']), new Map([['127.0.16.1', 3]]));
      const [{ n }] = await server.dataSource.query('SELECT COUNT(*) AS n FROM snmp_credential_hints');
      assert.equal(Number(n), 4);
    });
  });
}
