// The real server (main.ts `start()`) on a test database, on a free loopback port, without the browser app: what the
// system tests run against. `env` and the other options add to (or override) these defaults.
import { start, type RunningServer, type StartOptions } from '../../server/src/main';
import type { TestDatabase } from './db';

export function startSystemServer(db: TestDatabase, options: StartOptions = {}): Promise<RunningServer> {
  return start({
    log: () => undefined,
    ...options,
    env: {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      HOST: '127.0.0.1',
      PORT: '0',
      CLIENT_DIST: '/nonexistent',
      ...options.env,
    },
  });
}
