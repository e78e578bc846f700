import { z } from 'zod';
import type { RouteSpec } from './route';

export type JsonSchema = Record<string, unknown>;

export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (!schema) {
    return [];
  }
  const object = jsonSchema(schema, 'input');
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || required.has(name),
    schema: property,
  }));
}

/** The OpenAPI 3.1 document, generated from the schemas the routes validate with. */
export function buildOpenApiDocument(
  routes: readonly RouteSpec[],
  options: { version: string; basePath: string; /** Paths documented by hand (the agents' endpoints), merged in as they are. */ extraPaths?: Record<string, unknown> },
): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = `${options.basePath}${route.path.replace(/:(\w+)/g, '{$1}')}`;
    const body = route.bodyDoc ?? route.body;
    const responses = Object.fromEntries(
      Object.entries(route.responses).map(([status, response]) => [
        status,
        {
          description: response.description,
          ...(response.contentType ? { content: { [response.contentType]: { schema: { type: 'string', format: 'binary' } } } } : {}),
          ...(response.schema
            ? { content: { [Number(status) >= 400 ? 'application/problem+json' : 'application/json']: { schema: jsonSchema(response.schema, 'output') } } }
            : {}),
        },
      ]),
    );
    paths[path] = {
      ...paths[path],
      [route.method]: {
        summary: route.summary,
        tags: [route.tag],
        security: route.access === 'public' ? [] : [{ bearerToken: [] }],
        'x-required-scope': route.access,
        parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
        ...(body && route.method !== 'get' && route.method !== 'delete'
          ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(body, 'input') } } } }
          : {}),
        ...(route.rawBody
          ? { requestBody: { required: true, description: route.rawBody.description, content: { [route.rawBody.contentType]: { schema: { type: 'string', format: 'binary' } } } } }
          : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Inventory collector API', version: options.version, description: 'Network discovery and inventory collector: connections, equipment, scans, agents.' },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        bearerToken: { type: 'http', scheme: 'bearer', description: 'An API token (npm run token -- create) or INVENTORY_ADMIN_TOKEN' },
        agentToken: { type: 'http', scheme: 'bearer', description: 'A push agent’s access token from POST /agent/v1/token' },
        agentClient: { type: 'http', scheme: 'basic', description: 'The agent API client ID and secret' },
      },
    },
    paths: { ...paths, ...options.extraPaths },
  };
}
