import type { Request } from 'express';
import { z } from 'zod';
import { AGENT_KINDS } from '../../domain/agent-kind';
import type { AgentAccessService, AgentApiConfiguration } from '../../domain/agent-access.service';
import type { AgentQueries } from '../../domain/agent-queries';
import type { PendingService } from '../../domain/pending.service';
import { idParamSchema, pageResponseSchema, problemSchema, sortedPageOf, sortedPageQuerySchema } from '../schemas/common.schemas';
import { defineRoute, type RouteSpec } from '../route';

const configurationSchema = z.object({
  url: z.string().describe('The URL agents use; the server’s own address unless a secondary was promoted'),
  clientId: z.string(),
  status: z.enum(['Active', 'Inactive']),
  secretSet: z.boolean(),
  secondary: z.object({ url: z.string(), clientId: z.string(), agentsSwitched: z.number().int() }).nullable(),
});

const credentialsSchema = z.object({ url: z.string(), clientId: z.string(), clientSecret: z.string(), replacedPrevious: z.boolean(), message: z.string() });

const secondarySchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  clientId: z.string().min(3).max(128).regex(/^[\w.-]+$/, 'letters, digits, dot, dash and underscore only'),
  clientSecret: z.string().max(256),
});

/** The server's own address, as the caller reached it: the default agent URL. */
const ownUrl = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

const withUrl = (configuration: AgentApiConfiguration, req: Request) => ({ ...configuration, url: configuration.url ?? ownUrl(req) });

const agentSchema = z.object({
  id: z.string(),
  uuid: z.string().describe('Our capture agent’s UUID, the OCS or FusionInventory DEVICEID, the GLPI agent’s GLPI-Agent-ID'),
  kind: z.enum(AGENT_KINDS).describe('Which agent: ours, or the OCS, FusionInventory or GLPI agent pushing in its own protocol'),
  hostname: z.string().nullable(),
  version: z.string().nullable(),
  status: z.string().nullable().describe('What the agent reported'),
  ipAddress: z.string().nullable(),
  equipmentId: z.string().nullable(),
  lastContactAt: z.string().nullable(),
  lastInventoryAt: z.string().nullable(),
  online: z.boolean().describe('Contacted within its check interval plus a grace period (an hour for ours, a day for the others)'),
});

const pendingSchema = z.object({
  id: z.string(),
  agentId: z.string(),
  agentUuid: z.string(),
  name: z.string().nullable(),
  ipAddress: z.string().nullable(),
  system: z.string().nullable(),
  systemUuid: z.string().nullable(),
  lastInventoryAt: z.string().nullable(),
  suggestedEquipmentId: z.string().nullable(),
  suggestedEquipmentName: z.string().nullable().describe('The suggested equipment’s name'),
  suggestionReason: z.string().nullable().describe('Why that equipment, e.g. “same uuid 4c4c…”'),
});

const associationSchema = z.object({
  equipmentId: z.string(),
  agentId: z.string(),
  created: z.boolean().describe('True when a new equipment was made; false when the machine was already known'),
  reason: z.string().describe('Why: the identity that matched an existing equipment, or that none did'),
});

export function agentApiRoutes(deps: { access: AgentAccessService; queries: AgentQueries; pending: PendingService }): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/agent-api',
      summary: 'The agent API access: current configuration (URL, client ID), secondary configuration if any, status',
      tag: 'agents',
      access: 'read',
      responses: { 200: { description: 'The configuration (never a secret)', schema: configurationSchema } },
      handler: async ({ req }) => ({ body: withUrl(await deps.access.configuration(), req) }),
    }),
    defineRoute({
      method: 'post',
      path: '/agent-api/secret',
      summary: 'Generates a new client secret, answered once (only its hash is kept); agents using the previous one are refused from now on',
      tag: 'agents',
      access: 'admin',
      responses: { 201: { description: 'The credentials to give the agents', schema: credentialsSchema } },
      handler: async ({ req, res }) => {
        res.setHeader('Cache-Control', 'no-store');
        const issued = await deps.access.generateSecret();
        return {
          status: 201,
          body: {
            ...issued,
            url: issued.url ?? ownUrl(req),
            message: issued.replacedPrevious
              ? 'a new secret replaces the previous one: agents still using the previous secret are refused until they are given this one'
              : 'store this secret now: it is not shown again',
          },
        };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/agent-api/status',
      summary: 'Active or Inactive: while Inactive, agents are refused and nothing they send is accepted',
      tag: 'agents',
      access: 'admin',
      body: z.object({ status: z.enum(['Active', 'Inactive']) }),
      responses: { 200: { description: 'The configuration', schema: configurationSchema }, 400: { description: 'Not Active or Inactive', schema: problemSchema } },
      handler: async ({ body, req }) => {
        await deps.access.setStatus(body.status);
        return { body: withUrl(await deps.access.configuration(), req) };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/agent-api/secondary',
      summary: 'Sets the new configuration agents learn at their next sync; both are accepted until it is promoted',
      tag: 'agents',
      access: 'admin',
      body: secondarySchema,
      responses: {
        200: { description: 'The configuration', schema: configurationSchema },
        400: { description: 'A bad field or a weak secret', schema: problemSchema },
        409: { description: 'The client ID is already in use', schema: problemSchema },
      },
      handler: async ({ body, req }) => ({ body: withUrl(await deps.access.setSecondary(body), req) }),
    }),
    defineRoute({
      method: 'post',
      path: '/agent-api/secondary/promote',
      summary: 'Makes the secondary configuration the current one; the old one stops working',
      tag: 'agents',
      access: 'admin',
      responses: { 200: { description: 'The configuration', schema: configurationSchema }, 409: { description: 'No secondary configuration', schema: problemSchema } },
      handler: async ({ req }) => ({ body: withUrl(await deps.access.promoteSecondary(), req) }),
    }),
    defineRoute({
      method: 'get',
      path: '/agents',
      summary: 'Every push agent: version, last contact and last inventory, Online/Offline, its equipment',
      tag: 'agents',
      access: 'read',
      responses: { 200: { description: 'The agents, most recently seen first', schema: z.object({ items: z.array(agentSchema) }) } },
      handler: async () => ({ body: { items: await deps.queries.listAgents() } }),
    }),
    defineRoute({
      method: 'get',
      path: '/pending',
      summary: 'Machines whose agent is not associated with an equipment yet, with the match reconciliation suggests',
      tag: 'agents',
      access: 'read',
      query: sortedPageQuerySchema('pending'),
      responses: { 200: { description: 'A page of the pending queue, oldest first unless sorted otherwise', schema: pageResponseSchema(pendingSchema) }, 400: { description: 'An unknown sort field or filter value', schema: problemSchema } },
      handler: async ({ query }) => ({ body: await deps.queries.listPending(sortedPageOf('pending', query)) }),
    }),
    defineRoute({
      method: 'post',
      path: '/pending/:id/associate',
      summary: 'Associates the machine with an existing Workstation or Laptop equipment: its inventory updates it, and so do the agent’s later syncs',
      tag: 'agents',
      access: 'admin',
      params: idParamSchema,
      body: z.object({ equipmentId: z.string().min(1).max(36) }),
      responses: {
        200: { description: 'Associated', schema: associationSchema },
        404: { description: 'No such pending entry', schema: problemSchema },
        409: { description: 'The agent already belongs to another equipment', schema: problemSchema },
        422: { description: 'No such equipment, not a Workstation or Laptop, or another machine (its UUID or serial differs)', schema: problemSchema },
      },
      handler: async ({ params, body }) => ({ body: await deps.pending.associate(params.id, body.equipmentId) }),
    }),
    defineRoute({
      method: 'post',
      path: '/pending/:id/create',
      summary: 'Creates an equipment from the collected data and associates the agent (joins the existing equipment when reconciliation knows the machine)',
      tag: 'agents',
      access: 'admin',
      params: idParamSchema,
      responses: {
        201: { description: 'A new equipment was created', schema: associationSchema },
        200: { description: 'The machine was already known: the agent is associated with that equipment', schema: associationSchema },
        404: { description: 'No such pending entry', schema: problemSchema },
      },
      handler: async ({ params }) => {
        const association = await deps.pending.create(params.id);
        return { status: association.created ? 201 : 200, body: association };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/pending/:id',
      summary: 'Removes the machine from the queue; a later sync of its agent brings it back',
      tag: 'agents',
      access: 'admin',
      params: idParamSchema,
      responses: { 204: { description: 'Removed' }, 404: { description: 'No such pending entry', schema: problemSchema } },
      handler: async ({ params }) => {
        await deps.pending.remove(params.id);
        return { status: 204 };
      },
    }),
  ];
}
