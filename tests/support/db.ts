// Gives a test file its own PostgreSQL database: a fresh name, migrated with the app's runner, dropped afterwards.
//
//   let db: TestDatabase;
//   beforeAll(async () => { db = await createTestDatabase(); });   // also installs db.prisma as getPrisma()
//   afterAll(() => db.drop());
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createPrismaClient, setPrismaClient, type PrismaClient } from '../../server/src/db/client';
import { runMigrations } from '../../server/src/db/migrate';

export interface TestDatabase {
  /** Connection string of the new database (hand it to child processes as DATABASE_URL). */
  url: string;
  name: string;
  prisma: PrismaClient;
  /** Disconnects, un-installs the client, and drops the database. */
  drop(): Promise<void>;
}

/** The server the test databases are created on: DATABASE_URL, else the local one (see globalSetup.ts). */
export function testServerUrl(): string {
  return (
    process.env.KUBELAB_TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
  );
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** An empty database (no migrations), for tests of the migration runner itself. */
export async function createEmptyDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `kubelab_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: withDatabase(testServerUrl(), name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

export async function createTestDatabase(options: { install?: boolean } = {}): Promise<TestDatabase> {
  const empty = await createEmptyDatabase();
  await runMigrations({ connectionString: empty.url });
  const prisma = createPrismaClient(empty.url, { max: 5 });
  if (options.install ?? true) setPrismaClient(prisma);
  return {
    url: empty.url,
    name: empty.name,
    prisma,
    async drop() {
      await prisma.$disconnect();
      if (options.install ?? true) setPrismaClient(undefined);
      await empty.drop();
    },
  };
}
