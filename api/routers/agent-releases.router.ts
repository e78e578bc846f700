import { z } from 'zod';
import type { AgentRelease, AgentReleaseService } from '../../domain/agent-release.service';
import { DomainError } from '../../domain/errors';
import { problemSchema } from '../schemas/common.schemas';
import { defineRoute, type RouteSpec } from '../route';

const releaseSchema = z.object({
  version: z.string(),
  fileName: z.string(),
  sha256: z.string().describe('Hex SHA-256 of the package, which agents check after downloading'),
  size: z.number().int(),
  current: z.boolean().describe('The version agents are offered and new machines install'),
  uploadedAt: z.string(),
});

const toReleaseResponse = (release: AgentRelease) => ({ ...release, uploadedAt: release.uploadedAt.toISOString() });

const versionParamSchema = z.object({ version: z.string().min(1).max(64) });

const uploadQuerySchema = z.strictObject({
  version: z.string().min(1).max(64).describe('Semantic version of the package, e.g. 1.5.0'),
  fileName: z.string().min(1).max(200).optional().describe('Name agents save it as; default capture-agent-<version>.tgz'),
  current: z.stringbool().default(true).describe('Offer it to agents now (default true)'),
});

export function agentReleaseRoutes(deps: { releases: AgentReleaseService; maxBytes: number }): RouteSpec[] {
  return [
    defineRoute({
      method: 'post',
      path: '/agent-releases',
      summary: 'Uploads an agent package (the request body, application/octet-stream) with its version; stored with its SHA-256 and size',
      tag: 'agents',
      access: 'admin',
      query: uploadQuerySchema,
      rawBody: { contentType: 'application/octet-stream', description: 'The package bytes, e.g. curl --data-binary @capture-agent.tgz' },
      responses: {
        201: { description: 'Stored', schema: releaseSchema },
        400: { description: 'Not a semantic version, a bad file name, or an empty body', schema: problemSchema },
        409: { description: 'This version was uploaded already', schema: problemSchema },
        413: { description: 'Larger than INVENTORY_RELEASE_MAX_BYTES', schema: problemSchema },
        415: { description: 'The body is not application/octet-stream', schema: problemSchema },
      },
      handler: async ({ query, req }) => {
        if (!req.is('application/octet-stream')) {
          throw new DomainError('unsupported-media', 'send the package as the request body with Content-Type: application/octet-stream');
        }
        if (Number(req.headers['content-length'] ?? 0) > deps.maxBytes) {
          throw new DomainError('too-large', `the package exceeds the limit of ${deps.maxBytes} bytes (INVENTORY_RELEASE_MAX_BYTES)`);
        }
        return { status: 201, body: toReleaseResponse(await deps.releases.upload(query, req)) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/agent-releases',
      summary: 'The uploaded agent packages, newest first; one is current',
      tag: 'agents',
      access: 'read',
      responses: { 200: { description: 'The releases', schema: z.object({ items: z.array(releaseSchema) }) } },
      handler: async () => ({ body: { items: (await deps.releases.list()).map(toReleaseResponse) } }),
    }),
    defineRoute({
      method: 'put',
      path: '/agent-releases/:version/current',
      summary: 'Makes this version the one agents are offered (to roll back, make an older one current: agents only ever upgrade)',
      tag: 'agents',
      access: 'admin',
      params: versionParamSchema,
      responses: { 200: { description: 'The release', schema: releaseSchema }, 404: { description: 'No such version', schema: problemSchema } },
      handler: async ({ params }) => ({ body: toReleaseResponse(await deps.releases.setCurrent(params.version)) }),
    }),
    defineRoute({
      method: 'get',
      path: '/agent-distribution',
      summary: 'Downloads the current agent package, to install new machines',
      tag: 'agents',
      access: 'read',
      responses: {
        200: { description: 'The package; X-Checksum-SHA256 carries its hash', contentType: 'application/octet-stream' },
        404: { description: 'No release is current', schema: problemSchema },
      },
      handler: async () => {
        const { release, path } = await deps.releases.file();
        return { headers: { 'X-Agent-Version': release.version, 'X-Checksum-SHA256': release.sha256 }, file: { path, downloadName: release.fileName } };
      },
    }),
  ];
}
