// Gives a test file its own PostgreSQL database: a fresh name, migrated with the app's runner, dropped afterwards.
//
//   let db: TestDatabase;
//   beforeAll(async () => { db = await createTestDatabase(); });   // also this file's testDb()
//   afterAll(() => db.drop());
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createPrismaClient, type PrismaClient } from '../../server/src/db/client';
import { runMigrations } from '../../server/src/db/migrate';

export interface TestDatabase {
  /** Connection string of the new database (hand it to child processes as DATABASE_URL). */
  url: string;
  name: string;
  prisma: PrismaClient;
  /** Disconnects and drops the database. */
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

// Jest gives every test file its own module registry, so this is the database of the test file that created it.
let current: TestDatabase | undefined;

/** The client of this test file's database (for test helpers that act as a composition root would). */
export function testDb(): PrismaClient {
  if (!current) throw new Error('No test database: call createTestDatabase() in beforeAll first.');
  return current.prisma;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const empty = await createEmptyDatabase();
  await runMigrations({ connectionString: empty.url });
  const prisma = createPrismaClient(empty.url, { max: 5 });
  const db: TestDatabase = {
    url: empty.url,
    name: empty.name,
    prisma,
    async drop() {
      await prisma.$disconnect();
      if (current === db) current = undefined;
      await empty.drop();
    },
  };
  current = db;
  return db;
}
