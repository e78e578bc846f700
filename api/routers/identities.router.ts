import { z } from 'zod';
import type { EquipmentIdentityService } from '../../domain/equipment-identity.service';
import type { EquipmentSplitService } from '../../domain/equipment-split.service';
import { defineRoute, type RouteSpec } from '../route';
import { idParamSchema, problemSchema } from '../schemas/common.schemas';
import { historyEntryParamsSchema, identityViewSchema, mergeBodySchema, mergeResultSchema, rejectedIdentitySchema, splitBodySchema, splitResultSchema, toRejectedResponse } from '../schemas/identity.schemas';

const notFound = { 404: { description: 'Unknown id', schema: problemSchema } };

/** Operator recourse on identity: an equipment's identities, merging duplicates, rejected identities. */
export function identityRoutes(deps: { identities: EquipmentIdentityService; splits: EquipmentSplitService }): RouteSpec[] {
  const { identities } = deps;
  return [
    defineRoute({
      method: 'get',
      path: '/equipment/:id/identities',
      summary: 'The identities an equipment holds: kind, value, strength, the sources reporting each, first and last seen',
      tag: 'equipment',
      access: 'read',
      params: idParamSchema,
      responses: { 200: { description: 'Strongest first', schema: z.object({ items: z.array(identityViewSchema) }) }, ...notFound },
      handler: async ({ params }) => ({ body: { items: await identities.identities(params.id) } }),
    }),
    defineRoute({
      method: 'post',
      path: '/equipment/:id/merge',
      summary: 'Merges duplicates into this equipment (dryRun: only shows the result and any contradiction)',
      tag: 'equipment',
      access: 'admin',
      params: idParamSchema,
      body: mergeBodySchema,
      responses: {
        200: { description: 'Merged, or what a merge would do', schema: mergeResultSchema },
        400: { description: 'A bad body, or the target among from', schema: problemSchema },
        409: { description: 'A UUID, serial or engine ID tells them apart: send acceptContradictions to merge anyway', schema: problemSchema },
        ...notFound,
      },
      handler: async ({ params, body }) => ({ body: await identities.merge(params.id, body.from, { dryRun: body.dryRun, acceptContradictions: body.acceptContradictions }) }),
    }),
    defineRoute({
      method: 'post',
      path: '/equipment/:id/split',
      summary: 'Splits a wrong merge: the identities and sources named (with their history, agents and the fields they own) become a new equipment',
      tag: 'equipment',
      access: 'admin',
      params: idParamSchema,
      body: splitBodySchema,
      responses: { 201: { description: 'Split', schema: splitResultSchema }, 400: { description: 'Nothing named, or an identity or source the equipment does not have', schema: problemSchema }, ...notFound },
      handler: async ({ params, body }) => ({ status: 201, body: await deps.splits.split(params.id, body) }),
    }),
    defineRoute({
      method: 'post',
      path: '/equipment/:id/history/:historyId/undo',
      summary: 'Undoes the merge a history entry records: each absorbed equipment comes back with its id, identities, sources and history',
      tag: 'equipment',
      access: 'admin',
      params: historyEntryParamsSchema,
      responses: {
        200: { description: 'Restored', schema: z.object({ items: z.array(splitResultSchema) }) },
        409: { description: 'Already undone, or merged before snapshots were kept', schema: problemSchema },
        422: { description: 'The entry records no merge', schema: problemSchema },
        ...notFound,
      },
      handler: async ({ params }) => ({ body: { items: await deps.splits.undoMerge(params.id, params.historyId) } }),
    }),
    defineRoute({
      method: 'get',
      path: '/rejected-identities',
      summary: 'Identities refused by deleting their equipment with mode=reject; inventories holding one create nothing',
      tag: 'equipment',
      access: 'read',
      responses: { 200: { description: 'Newest first', schema: z.object({ items: z.array(rejectedIdentitySchema) }) } },
      handler: async () => ({ body: { items: (await identities.listRejected()).map(toRejectedResponse) } }),
    }),
    defineRoute({
      method: 'delete',
      path: '/rejected-identities/:id',
      summary: 'Lifts a rejection: inventories holding the identity are accepted again',
      tag: 'equipment',
      access: 'admin',
      params: idParamSchema,
      responses: { 204: { description: 'Lifted' }, ...notFound },
      handler: async ({ params }) => {
        await identities.lift(params.id);
        return { status: 204 };
      },
    }),
  ];
}
