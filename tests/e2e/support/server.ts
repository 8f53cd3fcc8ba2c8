// The whole server (main.ts's start()) on a test database, serving a freshly built browser app.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { start, type RunningServer } from '../../../server/src/main';
import type { SandboxFactory } from '../../../server/src/services/sandboxes';
import { createTestDatabase, type TestDatabase } from '../../support/db';

const root = path.resolve(__dirname, '../../..');

/** Builds client/ into a temporary directory (never touching client/dist, which others may be serving). */
export function buildClient(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kubelab-client-'));
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      'client',
      '--outDir',
      dir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface WholeServer {
  url: string;
  db: TestDatabase;
  server: RunningServer;
  close(): Promise<void>;
}

export async function startWholeServer(options: {
  clientDist: string;
  sandboxFactory?: SandboxFactory;
}): Promise<WholeServer> {
  const db = await createTestDatabase();
  const lines: string[] = [];
  const server = await start({
    env: {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      HOST: '127.0.0.1',
      PORT: '0',
      CLIENT_DIST: options.clientDist,
      SNAPSHOT_DEBOUNCE_MS: '200',
      // One browser session here opens every lab at three window sizes, faster than any student.
      TERMINAL_CONNECTS_PER_MINUTE: '10000',
    },
    ...(options.sandboxFactory ? { sandboxFactory: options.sandboxFactory } : {}),
    log: (line) => lines.push(line),
  });
  return {
    url: `http://127.0.0.1:${server.port}`,
    db,
    server,
    async close() {
      await server.stop();
      await db.drop().catch(() => undefined);
    },
  };
}
