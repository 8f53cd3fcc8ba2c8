// The OpenAPI 3.1 document, generated from the routes' own zod schemas (so it cannot drift from the validation).
import { z } from 'zod';
import { CSRF_HEADER } from './auth.js';
import type { AnyRoute } from './route.js';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const s = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || (s.required ?? []).includes(name),
    schema: prop,
  }));
}

const errorResponse = (description: string) => ({
  description,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            properties: { code: { type: 'string' }, message: { type: 'string' } },
            required: ['code', 'message'],
          },
        },
        required: ['error'],
      },
    },
  },
});

export function buildOpenApi(routes: AnyRoute[], info: { version: string; serverUrl: string }): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const r of routes) {
    const path = `/api${r.path}`.replace(/:([A-Za-z_]+)/g, '{$1}');
    const mutating = r.method !== 'get';
    const responses: Record<string, JsonSchema> = {
      [String(r.response.status)]: {
        description: r.response.description,
        ...('schema' in r.response
          ? { content: { 'application/json': { schema: jsonSchema(r.response.schema, 'output') } } }
          : 'contentType' in r.response
            ? { content: { [r.response.contentType]: { schema: { type: 'string' } } } }
            : {}),
      },
      '400': errorResponse('Invalid request: `error.message` names the first problem, e.g. "email: must be an email"'),
    };
    if (r.auth === 'user') {
      responses['401'] = errorResponse('Not logged in');
      responses['403'] = errorResponse(
        mutating ? 'Not allowed, or missing/invalid CSRF token (code csrf_invalid)' : 'Not allowed',
      );
    }
    if (r.path.includes(':')) responses['404'] = errorResponse('Not found');
    if (r.path === '/auth/login') responses['429'] = errorResponse('Too many failed attempts; try again later');
    paths[path] ??= {};
    paths[path][r.method] = {
      tags: [r.tag],
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      operationId: `${r.method}${r.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c?: string) => (c ? c.toUpperCase() : ''))}`,
      security: r.auth === 'user' ? [{ session: [] }, ...(r.bearer ? [{ apiToken: [] }] : [])] : [],
      parameters: [
        ...parameters(r.params, 'path'),
        ...parameters(r.query, 'query'),
        ...(mutating && r.auth === 'user'
          ? [
              {
                name: CSRF_HEADER,
                in: 'header',
                required: true,
                schema: { type: 'string' },
                description: 'From GET /api/auth/csrf',
              },
            ]
          : []),
      ],
      ...(r.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'kubelab API',
      version: info.version,
      description:
        'Log in with POST /api/auth/login; the session lives in the httpOnly `kubelab_session` cookie. ' +
        `Every mutating request of a logged-in user must send the session's CSRF token (GET /api/auth/csrf) as \`${CSRF_HEADER}\`. ` +
        'Errors are `{ "error": { "code", "message" } }`.',
    },
    servers: [{ url: info.serverUrl }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'kubelab_session' },
        apiToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A grader’s API token (POST /api/tokens); grade routes only',
        },
      },
    },
    paths,
  };
}
