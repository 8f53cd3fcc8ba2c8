// The built browser app (client/dist), with the SPA fallback: any other GET that is not an API call gets index.html.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';

const API_PREFIXES = ['/api/', '/socket.io/', '/healthz', '/readyz'];

export function clientApp(clientDist: string): Router {
  const router = express.Router();
  const index = path.join(clientDist, 'index.html');
  router.use(express.static(clientDist, { index: false, maxAge: '1h', immutable: false }));
  router.use((req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      API_PREFIXES.some((p) => req.path.startsWith(p)) ||
      req.path === '/api'
    )
      return next();
    if (!req.accepts('html')) return next();
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text/plain')
        .send('The browser app is not built yet: run `npm run build` (or `npm start`, which builds it).\n');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
