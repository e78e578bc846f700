import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { CAPTURE_AGENT_PROTOCOL, type InventoryAnswer } from '../../contracts/capture-agent.protocol';
import type { InventoryDocument } from '../../contracts/inventory-document';

export interface FakeCaptureAgent {
  address: string;
  port: number;
  /** Requests seen, with the token they carried. */
  requests: { path: string; authorization: string | undefined }[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on loopback speaking the 7103 protocol (capture-agent/protocol.ts),
 * standing in for the capture agent program until it exists.
 */
export async function startCaptureAgentServer(options: {
  address: string;
  port?: number;
  token: string;
  inventory: InventoryDocument;
  delayMs?: number;
  /** Serve HTTPS with this certificate. */
  tls?: { cert: string; key: string };
}): Promise<FakeCaptureAgent> {
  const requests: FakeCaptureAgent['requests'] = [];
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    requests.push({ path: req.url ?? '', authorization: req.headers.authorization });
    const answer = (status: number, body: unknown) => {
      setTimeout(() => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)), options.delayMs ?? 0);
    };
    if (req.url === '/health') {
      answer(200, { status: 'ok', protocol: CAPTURE_AGENT_PROTOCOL, agentVersion: '0.1.0-spec' });
    } else if (req.url !== '/inventory') {
      answer(404, { error: 'not_found', message: `no ${req.url}` });
    } else if (req.headers.authorization !== `Bearer ${options.token}`) {
      answer(401, { error: 'invalid_token', message: 'missing or wrong bearer token' });
    } else {
      const body: InventoryAnswer = { protocol: CAPTURE_AGENT_PROTOCOL, agentVersion: '0.1.0-spec', collectedAt: new Date().toISOString(), inventory: options.inventory };
      answer(200, body);
    }
  };
  const server: Server = options.tls ? createTlsServer(options.tls, handler) : createServer(handler);
  server.listen(options.port ?? 7103, options.address);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    address: options.address,
    port,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
