// Integration tests need a real PostgreSQL; fail early with a clear message when none is reachable.
import { Client } from 'pg';

export default async function globalSetup(): Promise<void> {
  const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  process.env.KUBELAB_TEST_DATABASE_URL = url;
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    throw new Error(`Integration tests need PostgreSQL at ${url}: ${(err as Error).message}`, { cause: err });
  } finally {
    await client.end().catch(() => undefined);
  }
}
