// Route tests reach the app through `checkedApp`: every 2xx JSON body an API route sends is checked against that
// route's response schema, exactly (no field missing, mistyped or undeclared), and a mismatch fails the test that
// caused it. So the schemas that type the handlers and the client are also what the server really sends.
import type { RequestListener } from 'node:http';
import type { Express, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { testConfig } from '../../server/src/config';
import { routeRegistry } from '../../server/src/http/app';
import type { AnyRoute } from '../../server/src/http/route';
import { createPrismaClient } from '../../server/src/db/client';
import { testServices } from '../support/services';

export type TestServer = RequestListener;

const passThrough: RequestHandler = (_req, _res, next) => next();

/**
 * Every API route, as the app mounts them. Only their schemas are read here, never their handlers: the services
 * behind them sit on a client that never connects.
 */
export const apiRoutes: AnyRoute[] = routeRegistry.flatMap((make) =>
  make({
    config: testConfig(),
    services: testServices(testConfig(), { db: createPrismaClient('postgresql://unused@127.0.0.1:1/unused') }),
    throttles: { login: passThrough, joinCode: passThrough },
  }),
);

// Express matches the same paths in the same order; these have only `:name` segments and literal dots.
const matchers = apiRoutes.map((r) => ({
  route: r,
  pattern: new RegExp(`^/api${r.path.replace(/\./g, '\\.').replace(/:\w+/g, '[^/]+')}/?$`, 'i'),
}));

export function routeOf(method: string, path: string): AnyRoute | undefined {
  return matchers.find((m) => m.route.method === method.toLowerCase() && m.pattern.test(path))?.route;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Paths in `sent` that parsing dropped: zod strips keys an object schema does not declare. */
function undeclared(sent: unknown, kept: unknown, path: string[] = []): string[] {
  if (Array.isArray(sent) && Array.isArray(kept))
    return sent.flatMap((v, i) => undeclared(v, kept[i], [...path, `${i}`]));
  if (!isRecord(sent) || !isRecord(kept)) return [];
  return Object.keys(sent).flatMap((k) =>
    k in kept ? undeclared(sent[k], kept[k], [...path, k]) : [[...path, k].join('.')],
  );
}

/** What is wrong with `body` as the answer to `method path`; undefined when it is exactly what the route declares. */
export function responseProblem(method: string, path: string, body: unknown): string | undefined {
  const route = routeOf(method, path);
  if (!route) return 'no route declares it';
  if (!('schema' in route.response)) return 'a JSON body, but the route declares no response schema';
  const sent: unknown = JSON.parse(JSON.stringify(body));
  const parsed = route.response.schema.safeParse(sent);
  if (!parsed.success) return z.prettifyError(parsed.error);
  const extra = undeclared(sent, parsed.data);
  if (extra.length === 0) return undefined;
  const more = extra.length > 3 ? ` and ${extra.length - 3} more` : '';
  return `fields the schema does not declare: ${extra.slice(0, 3).join(', ')}${more}`;
}

const problems: string[] = [];

// Reported after each test (and after the last hooks) by every test file that imports this module.
const report = () => {
  const found = problems.splice(0);
  if (found.length) throw new Error(`Responses that break their schema:\n${found.join('\n')}`);
};
afterEach(report);
afterAll(report);

/** The app, with each API route's JSON answers checked on their way out. */
export function checkedApp(app: Express): TestServer {
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    if (path.startsWith('/api/') && path !== '/api/openapi.json') {
      // An own property: Express gives `res` its prototype later, whose json() this one then calls.
      const json = app.response.json;
      (res as unknown as Response).json = function (this: Response, body: unknown) {
        if (this.statusCode >= 200 && this.statusCode < 300) {
          const problem = responseProblem(req.method ?? 'GET', path, body);
          if (problem) problems.push(`${req.method} ${path} → ${this.statusCode}: ${problem}`);
        }
        return json.call(this, body);
      };
    }
    app(req, res);
  };
}
