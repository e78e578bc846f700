import type { DashboardService } from '../../domain/dashboard.service';
import { dashboardQuerySchema, dashboardSchema, toDashboardResponse } from '../schemas/dashboard.schemas';
import { problemSchema } from '../schemas/common.schemas';
import { defineRoute, type RouteSpec } from '../route';

/** Stale equipment, runs, import errors and broken things listed on the dashboard, each. */
const LISTED = 10;

export function dashboardRoutes(deps: { dashboard: DashboardService; now: () => Date }): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/dashboard',
      summary: 'Equipment counts by type and status, equipment not inventoried for more than N days, the last scan runs, OCS import errors, the pending queue, agents online, what is broken (failing watchers and webhooks, offline agents) and the charts’ figures',
      tag: 'dashboard',
      access: 'read',
      query: dashboardQuerySchema,
      responses: { 200: { description: 'The figures', schema: dashboardSchema }, 400: { description: 'A bad staleDays', schema: problemSchema } },
      handler: async ({ query }) => {
        const now = deps.now();
        return { body: toDashboardResponse(await deps.dashboard.summary({ staleDays: query.staleDays, listed: LISTED, now }), now) };
      },
    }),
  ];
}
