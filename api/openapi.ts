import { z } from 'zod';
import { BODY_MEDIA_TYPES, type RouteAccess, type RouteSpec } from './route';

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

const BINARY = { type: 'string', format: 'binary' };

/** The security requirement each access level stands for (components.securitySchemes below). */
const SECURITY: Record<RouteAccess, Record<string, string[]>[]> = {
  public: [],
  read: [{ bearerToken: [] }],
  admin: [{ bearerToken: [] }],
  agent: [{ agentToken: [] }],
};

function responsesOf(route: RouteSpec): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(route.responses).map(([status, response]) => {
      const mediaType = response.contentType ?? (Number(status) >= 400 ? 'application/problem+json' : 'application/json');
      const primary = response.schema ? { [mediaType]: { schema: jsonSchema(response.schema, 'output') } } : response.contentType ? { [response.contentType]: { schema: BINARY } } : undefined;
      const alternatives = Object.entries(response.alternatives ?? {}).map(([type, description]) => [type, { schema: { type: 'string', description } }]);
      const content = primary || alternatives.length > 0 ? { ...primary, ...Object.fromEntries(alternatives) } : undefined;
      return [status, { description: response.description, ...(content ? { content } : {}) }];
    }),
  );
}

function requestBodyOf(route: RouteSpec): Record<string, unknown> {
  if (route.rawBody) {
    return { requestBody: { required: true, description: route.rawBody.description, content: { [route.rawBody.contentType]: { schema: BINARY } } } };
  }
  const body = route.bodyDoc ?? route.body;
  if (!body || route.method === 'get' || route.method === 'delete') {
    return {};
  }
  const schema = jsonSchema(body, 'input');
  const mediaTypes = [...new Set((route.accepts ?? ['json']).map((format) => BODY_MEDIA_TYPES[format]))];
  return { requestBody: { required: true, content: Object.fromEntries(mediaTypes.map((mediaType) => [mediaType, { schema }])) } };
}

/** Routes mounted under one base path. */
export interface RouteGroup {
  basePath: string;
  routes: readonly RouteSpec[];
}

/** The OpenAPI 3.1 document, generated from the schemas the routes validate with. */
export function buildOpenApiDocument(groups: readonly RouteGroup[], options: { version: string }): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { basePath, routes } of groups) {
    for (const route of routes) {
      const path = `${basePath}${route.path.replace(/:(\w+)/g, '{$1}')}`;
      paths[path] = {
        ...paths[path],
        [route.method]: {
          summary: route.summary,
          tags: [route.tag],
          security: route.security ?? SECURITY[route.access],
          'x-required-scope': route.access,
          parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
          ...requestBodyOf(route),
          responses: responsesOf(route),
        },
      };
    }
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
    paths,
  };
}
