// The Express application. Nothing listens here: main.ts (and tests, through supertest) own the server.
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services/index.js';
import { csrfProtection, loadSession } from './auth.js';
import { loadApiToken } from './bearer.js';
import { assignRequestId, errorBoundary, notFoundHandler } from './errors.js';
import { buildOpenApi } from './openapi.js';
import { mountRoute, type AnyRoute, type RouteDeps } from './route.js';
import { createThrottles } from './throttles.js';
import { auditRoutes } from './routes/audit.js';
import { authRoutes } from './routes/auth.js';
import { cohortAdminRoutes } from './routes/cohortAdmin.js';
import { cohortRoutes } from './routes/cohorts.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { labRoutes } from './routes/labs.js';
import { quizRoutes } from './routes/quizzes.js';
import { gradeRoutes } from './routes/grades.js';
import { kubeconfigRoutes } from './routes/kubeconfig.js';
import { kubeApiAtRoot, kubeApiRouter } from './kubeApi.js';
import { userRoutes } from './routes/users.js';
import { clientApp } from './static.js';

export interface AppDeps {
  config: Config;
  services: Services;
  /** Where errors worth an operator's attention go. */
  logger: Logger;
  /** Version reported in the OpenAPI document. */
  version?: string;
  /** True once a stop began (SIGTERM): /readyz answers 503 so no new connection is routed here. */
  draining?: () => boolean;
}

/**
 * The route registry: one entry per file in http/routes/, each returning a list of `route({...})` definitions.
 * To add a resource (e.g. labs, quizzes): create `routes/labs.ts` exporting `labRoutes(deps: RouteDeps): AnyRoute[]`
 * and add it here. Everything is mounted under /api and listed in /api/openapi.json.
 */
export const routeRegistry: ((deps: RouteDeps) => AnyRoute[])[] = [
  authRoutes,
  cohortRoutes,
  cohortAdminRoutes,
  dashboardRoutes,
  userRoutes,
  auditRoutes,
  labRoutes,
  quizRoutes,
  gradeRoutes,
  kubeconfigRoutes,
];

/** Sandbox saves failing this long take the server out of rotation (/readyz 503); a shorter blip does not. */
const SAVES_FAILING_UNREADY_MS = 30_000;

export function createApp(deps: AppDeps): Express {
  const { config, services, logger } = deps;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(helmet({ hsts: config.secureCookies }));
  app.use(assignRequestId);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (deps.draining?.()) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    const database = await services.health.databaseReachable();
    // A passing blip does not take the server out of rotation; saves failing for half a minute do.
    const saving = services.sandboxStore.failingForMs() < SAVES_FAILING_UNREADY_MS;
    const ok = database && saving;
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ready' : 'unavailable',
      database: database ? 'up' : 'down',
      saves: saving ? 'ok' : 'failing',
    });
  });

  const routeDeps: RouteDeps = { config, services, throttles: createThrottles(config, services.auth, logger) };
  const routes = routeRegistry.flatMap((make) => make(routeDeps));
  const openApi = buildOpenApi(routes, { version: deps.version ?? '0.1.0', serverUrl: config.publicUrl });

  const api = express.Router();
  api.use(express.json({ limit: config.limits.jsonBodyBytes }));
  api.use(loadSession(services.sessions));
  api.use(loadApiToken(services.apiTokens));
  api.use(csrfProtection(config));
  api.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  for (const r of routes) mountRoute(api, r);
  api.use(notFoundHandler);
  const kubeApiDeps = { kubeApi: services.kubeApi, bodyLimitBytes: config.limits.kubeApiBodyBytes, logger };
  // Before the app's own `/api`: a request with a kubeconfig's token on kube-apiserver's paths (`kubectl get --raw`).
  app.use(kubeApiAtRoot(kubeApiDeps));
  app.use(
    '/api',
    (req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    api,
  );

  // The Kubernetes API of each sandbox, for students' own kubectl: the path's secret is the credential.
  app.use('/clusters', kubeApiRouter(kubeApiDeps));

  app.use(clientApp(config.clientDist));
  app.use(notFoundHandler);
  app.use(errorBoundary(logger));
  return app;
}
