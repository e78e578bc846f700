import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createProxy } from 'proxy';
import { classifyTransportError } from '../../capture-agent/agent/portal-http';
import { syncOnce } from '../../capture-agent/agent/sync';
import { systemClock } from '../../domain/clock';
import type { InventoryDocument } from '../../contracts/inventory-document';
import { capturedLog, configureAgent, issueAgentSecret, syncDependencies, temporaryDataDir } from '../support/capture-agent-harness';
import { startTestServer, type TestServer } from '../support/server';
import { selfSignedCertificate } from '../support/tls';

const document: InventoryDocument = { identity: { hostname: 'transport-pc', systemUuid: '1B2C3D4E-5F60-4172-8394-A5B6C7D8E9F0' }, typeHint: 'Workstation' };

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('capture agent transport: proxy and TLS', () => {
  let server: TestServer;
  let secret: string;

  before(async () => {
    server = await startTestServer('sqlite');
    secret = await issueAgentSecret(server);
  });
  after(async () => server.close());

  describe('through an HTTP proxy with authentication', () => {
    const tunnels: string[] = [];
    let proxy: Server & { authenticate?: unknown };
    let proxyAddress: string;

    before(async () => {
      // The `proxy` package: a real forward proxy (CONNECT tunnels), with Basic authentication.
      proxy = createProxy(createHttpServer());
      proxy.authenticate = (request: { headers: Record<string, string | undefined> }) =>
        request.headers['proxy-authorization'] === `Basic ${Buffer.from('inventory:pr0xy-pass').toString('base64')}`;
      proxy.on('connect', (request: { url?: string }) => tunnels.push(request.url ?? ''));
      proxyAddress = await listen(proxy);
    });
    after(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

    const portalHost = () => new URL(server.url).host;

    it('syncs through the proxy with the right credentials', async () => {
      const paths = temporaryDataDir('proxy');
      const log = capturedLog();
      const [host, port] = proxyAddress.split(':');
      await configureAgent(paths, ['CLIENTID=office-agent', `CLIENTSECRET=${secret}`, `PORTALURL1=${server.url}`, 'PROXYENABLED=1', `PROXYURL=${host}`, `PROXYPORT=${port}`, 'PROXYUSER=inventory', 'PROXYPASSWORD=pr0xy-pass']);
      const outcome = await syncOnce(syncDependencies({ paths, clock: systemClock, log, collect: async () => document }));
      assert.equal(outcome.ok, true, outcome.message);
      assert.ok(tunnels.includes(portalHost()), `the proxy tunnelled to ${portalHost()} (saw ${tunnels.join(', ')})`);
      assert.doesNotMatch(log.text(), /pr0xy-pass/, 'the proxy password is never logged');
    });

    it('fails with a proxy error naming the credentials when the proxy refuses them', async () => {
      const paths = temporaryDataDir('proxy-wrong');
      const log = capturedLog();
      const [host, port] = proxyAddress.split(':');
      await configureAgent(paths, ['CLIENTID=office-agent', `CLIENTSECRET=${secret}`, `PORTALURL1=${server.url}`, 'PROXYENABLED=1', `PROXYURL=${host}`, `PROXYPORT=${port}`, 'PROXYUSER=inventory', 'PROXYPASSWORD=wrong']);
      const outcome = await syncOnce(syncDependencies({ paths, clock: systemClock, log, collect: async () => document }));
      assert.equal(outcome.ok, false);
      assert.equal(outcome.kind, 'proxy');
      assert.match(outcome.message, /407 Proxy Authentication Required.*PROXYUSER and PROXYPASSWORD/);
      assert.match(log.text(), /sync failed: proxy/);
    });
  });

  describe('over TLS with a self-signed certificate', () => {
    let terminator: Server;
    let portalUrl: string;
    let caFile: string;

    before(async () => {
      const { cert, key } = selfSignedCertificate('127.0.0.1');
      const folder = temporaryDataDir('ca').dataDir;
      caFile = path.join(folder, 'portal-ca.pem');
      writeFileSync(caFile, cert);
      // A TLS front for the real server, as a reverse proxy in front of the portal would be.
      const backend = new URL(server.url);
      terminator = createHttpsServer({ cert, key }, (request, response) => {
        const forwarded = httpRequest({ host: backend.hostname, port: backend.port, path: request.url, method: request.method, headers: request.headers }, (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        });
        request.pipe(forwarded);
      });
      portalUrl = `https://${await listen(terminator)}`;
    });
    after(() => new Promise<void>((resolve) => terminator.close(() => resolve())));

    it('refuses the connection when the certificate is not trusted, and logs that it is a TLS problem', async () => {
      const paths = temporaryDataDir('tls-refused');
      const log = capturedLog();
      await configureAgent(paths, ['CLIENTID=office-agent', `CLIENTSECRET=${secret}`, `PORTALURL1=${portalUrl}`]);
      const outcome = await syncOnce(syncDependencies({ paths, clock: systemClock, log, collect: async () => document }));
      assert.equal(outcome.ok, false);
      assert.equal(outcome.kind, 'tls');
      assert.match(outcome.message, /certificate .* is not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT/);
      assert.match(log.text(), /"kind":"tls".*sync failed: tls/);
    });

    it('accepts it once its CA is given with CAFILE', async () => {
      const paths = temporaryDataDir('tls-ca');
      const log = capturedLog();
      await configureAgent(paths, ['CLIENTID=office-agent', `CLIENTSECRET=${secret}`, `PORTALURL1=${portalUrl}`, `CAFILE=${caFile}`]);
      const outcome = await syncOnce(syncDependencies({ paths, clock: systemClock, log, collect: async () => document }));
      assert.equal(outcome.ok, true, outcome.message);
      assert.equal(outcome.serverUrl, portalUrl);
    });
  });

  describe(classifyTransportError.name, () => {
    // A DNS failure cannot be caused here without a query leaving loopback: the resolver's error, as Node reports it.
    it('reports a name that does not resolve as a DNS failure naming the host', () => {
      const error = Object.assign(new Error('getaddrinfo ENOTFOUND portal.example.invalid'), { code: 'ENOTFOUND', hostname: 'portal.example.invalid' });
      const sut = classifyTransportError(error, new URL('https://portal.example.invalid/agent/v1/token'), undefined);
      assert.equal(sut.kind, 'dns');
      assert.match(sut.message, /cannot resolve portal\.example\.invalid \(DNS ENOTFOUND\)/);
    });

    it('blames the proxy when it is the proxy host that does not resolve', () => {
      const error = Object.assign(new Error('getaddrinfo ENOTFOUND proxy.example.invalid'), { code: 'ENOTFOUND', hostname: 'proxy.example.invalid' });
      const sut = classifyTransportError(error, new URL('https://portal.example.com/agent/v1/token'), 'http://proxy.example.invalid:3128');
      assert.equal(sut.kind, 'proxy');
      assert.match(sut.message, /the proxy host proxy\.example\.invalid/);
    });
  });
});
