import { z } from 'zod';
import type { EquipmentIdentityService } from '../../domain/equipment-identity.service';
import type { EquipmentService } from '../../domain/equipment.service';
import { deleteQuerySchema, rejectedIdentitySchema, toRejectedResponse } from '../schemas/identity.schemas';
import { idParamSchema, pageResponseSchema, problemSchema, sortedPageOf, sortedPageQuerySchema } from '../schemas/common.schemas';
import {
  EQUIPMENT_CSV_COLUMNS,
  EQUIPMENT_CSV_DESCRIPTION,
  EXPORT_BATCH_ROWS,
  equipmentDetailSchema,
  equipmentListQuerySchema,
  equipmentPatchSchema,
  equipmentSummarySchema,
  historyItemSchema,
  toEquipmentDetailResponse,
  toEquipmentSummaryResponse,
  toHistoryResponse,
} from '../schemas/equipment.schemas';
import { csvChunks } from '../csv';
import { defineRoute, type RouteSpec } from '../route';

const notFound = { 404: { description: 'Unknown id', schema: problemSchema } };

export function equipmentRoutes(deps: { equipment: EquipmentService; identities: EquipmentIdentityService }): RouteSpec[] {
  const { equipment } = deps;
  return [
    defineRoute({
      method: 'get',
      path: '/equipment',
      summary: 'List equipment, sorted and filtered (type, status, text, manufacturer, model, OS, software, IP, range, MAC, serial, source, connection, inventory dates); as CSV with Accept: text/csv',
      tag: 'equipment',
      access: 'read',
      query: equipmentListQuerySchema,
      responses: {
        200: { description: 'A page of equipment', schema: pageResponseSchema(equipmentSummarySchema), alternatives: { 'text/csv': EQUIPMENT_CSV_DESCRIPTION } },
        400: { description: 'An unknown sort field or an invalid filter', schema: problemSchema },
      },
      handler: async ({ query, req }) => {
        const { limit: _limit, offset: _offset, sort: _sort, order: _order, connection, staleDays, ...rest } = query;
        const filter = { ...rest, connectionId: connection, notInventoriedForDays: staleDays };
        const page = sortedPageOf('equipment', query);
        if (req.accepts(['application/json', 'text/csv']) === 'text/csv') {
          const batches = equipment.exportBatches(filter, page.sort, EXPORT_BATCH_ROWS);
          return { stream: { contentType: 'text/csv; charset=utf-8; header=present', downloadName: 'equipment.csv', chunks: csvChunks(EQUIPMENT_CSV_COLUMNS, batches) } };
        }
        const found = await equipment.list(filter, page);
        return { body: { ...found, items: found.items.map(toEquipmentSummaryResponse) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/equipment/:id',
      summary: 'Get one equipment with its components, sources and ignore state',
      tag: 'equipment',
      access: 'read',
      params: idParamSchema,
      responses: { 200: { description: 'The equipment', schema: equipmentDetailSchema }, ...notFound },
      handler: async ({ params }) => ({ body: toEquipmentDetailResponse(await equipment.get(params.id)) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/equipment/:id',
      summary: 'Rename, retype or change the status of an equipment; later inventories keep a name or type set here',
      tag: 'equipment',
      access: 'admin',
      params: idParamSchema,
      body: equipmentPatchSchema,
      responses: { 200: { description: 'The changed equipment', schema: equipmentDetailSchema }, 400: { description: 'Invalid body', schema: problemSchema }, ...notFound },
      handler: async ({ params, body }) => {
        const { ignoredUntil, ...rest } = body;
        const patch = { ...rest, ...(ignoredUntil === undefined ? {} : { ignoredUntil: ignoredUntil === null ? null : new Date(ignoredUntil) }) };
        return { body: toEquipmentDetailResponse(await equipment.update(params.id, patch)) };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/equipment/:id',
      summary: 'Delete an equipment with its components and history; mode=reject also refuses its identities in later inventories',
      tag: 'equipment',
      access: 'admin',
      params: idParamSchema,
      query: deleteQuerySchema,
      responses: { 200: { description: 'Deleted and rejected: the identities now refused', schema: z.object({ rejected: z.array(rejectedIdentitySchema) }) }, 204: { description: 'Deleted (forgotten)' }, ...notFound },
      handler: async ({ params, query }) => {
        if (query.mode === 'reject') {
          return { body: { rejected: (await deps.identities.reject(params.id)).map(toRejectedResponse) } };
        }
        await equipment.delete(params.id);
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/equipment/:id/history',
      summary: 'Accepted inventories of an equipment, newest first unless sorted otherwise, with what changed',
      tag: 'equipment',
      access: 'read',
      params: idParamSchema,
      query: sortedPageQuerySchema('history'),
      responses: { 200: { description: 'A page of history entries', schema: pageResponseSchema(historyItemSchema) }, 400: { description: 'An unknown sort field or filter value', schema: problemSchema }, ...notFound },
      handler: async ({ params, query }) => {
        const page = await equipment.history(params.id, sortedPageOf('history', query));
        return { body: { ...page, items: page.items.map(toHistoryResponse) } };
      },
    }),
  ];
}
