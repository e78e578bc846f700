import type { ConnectionTester } from '../../collector/connection-tester';
import type { ScanService } from '../../domain/scan.service';
import { idParamSchema, pageResponseSchema, problemSchema, sortedPageOf, sortedPageQuerySchema } from '../schemas/common.schemas';
import {
  connectionTestBodySchema,
  connectionDraftDoc,
  unsavedConnectionTestBodySchema,
  connectionTestResponseSchema,
  scanListQuerySchema,
  scanResultSchema,
  scanRunSchema,
  toScanResultResponse,
  toScanRunResponse,
} from '../schemas/scan.schemas';
import { defineRoute, type RouteSpec } from '../route';

const notFound = { 404: { description: 'Unknown id', schema: problemSchema } };

export function scanRoutes(deps: { scans: ScanService; tester: ConnectionTester }): RouteSpec[] {
  const { scans, tester } = deps;
  const now = () => scans.clock.now();
  return [
    defineRoute({
      method: 'post',
      path: '/connections/:id/scans',
      summary: 'Start a scan of a network connection now',
      tag: 'scans',
      access: 'admin',
      params: idParamSchema,
      responses: {
        202: { description: 'Started; follow it at /api/v1/scans/{id}', schema: scanRunSchema },
        409: { description: 'A run of this connection is going on (runningRunId says which)', schema: problemSchema },
        ...notFound,
      },
      handler: async ({ params }) => {
        const run = await scans.startManual(params.id);
        return { status: 202, body: toScanRunResponse(run, now()), headers: { Location: `/api/v1/scans/${run.id}` } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/connections/:id/test',
      summary: 'Test Connection: probe one host step by step (network) or check the folder (ocs); writes nothing',
      tag: 'connections',
      access: 'admin',
      params: idParamSchema,
      body: connectionTestBodySchema,
      responses: { 200: { description: 'What each step found', schema: connectionTestResponseSchema }, 400: { description: 'No target for a network connection', schema: problemSchema }, ...notFound },
      handler: async ({ params, body }) => ({ body: body.settings ? await tester.testSettings(body.settings, body.target, params.id) : await tester.test(params.id, body.target) }),
    }),
    defineRoute({
      method: 'post',
      path: '/connections/test',
      summary: 'Test Connection of settings not saved yet (a new connection’s form): the same steps, writes nothing',
      tag: 'connections',
      access: 'admin',
      body: unsavedConnectionTestBodySchema,
      bodyDoc: connectionDraftDoc,
      responses: {
        200: { description: 'What each step found', schema: connectionTestResponseSchema },
        400: { description: 'Invalid settings (errors name the connection’s fields, e.g. targets.0) or no target', schema: problemSchema },
      },
      handler: async ({ body }) => ({ body: await tester.testSettings(body.settings, body.target) }),
    }),
    defineRoute({
      method: 'get',
      path: '/scans',
      summary: 'List scan runs, newest first unless sorted otherwise',
      tag: 'scans',
      access: 'read',
      query: scanListQuerySchema,
      responses: { 200: { description: 'A page of runs', schema: pageResponseSchema(scanRunSchema) }, 400: { description: 'An unknown sort field or filter value', schema: problemSchema } },
      handler: async ({ query }) => {
        const { connection, status } = query;
        const page = await scans.list({ connectionId: connection, status }, sortedPageOf('scans', query));
        return { body: { ...page, items: page.items.map((run) => toScanRunResponse(run, now())) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/scans/:id',
      summary: 'A scan run with its counts so far and an estimate of the time left',
      tag: 'scans',
      access: 'read',
      params: idParamSchema,
      responses: { 200: { description: 'The run', schema: scanRunSchema }, ...notFound },
      handler: async ({ params }) => ({ body: toScanRunResponse(await scans.get(params.id), now()) }),
    }),
    defineRoute({
      method: 'get',
      path: '/scans/:id/results',
      summary: 'Per-host results of a run: alive, RTT, method, equipment, and each probe step with its duration',
      tag: 'scans',
      access: 'read',
      params: idParamSchema,
      query: sortedPageQuerySchema('scanResults'),
      responses: { 200: { description: 'A page of results, in the order they completed unless sorted otherwise (sort=address sorts by address numerically, IPv4 before IPv6), each with its equipment’s name', schema: pageResponseSchema(scanResultSchema) }, 400: { description: 'An unknown sort field or filter value', schema: problemSchema }, ...notFound },
      handler: async ({ params, query }) => {
        const page = await scans.results(params.id, sortedPageOf('scanResults', query));
        return { body: { ...page, items: page.items.map(toScanResultResponse) } };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/scans/:id',
      summary: 'Cancel a running scan',
      tag: 'scans',
      access: 'admin',
      params: idParamSchema,
      responses: { 202: { description: 'Cancelling; the run becomes cancelled', schema: scanRunSchema }, 409: { description: 'The run is not running', schema: problemSchema }, ...notFound },
      handler: async ({ params }) => ({ status: 202, body: toScanRunResponse(await scans.cancel(params.id), now()) }),
    }),
  ];
}
