// The CLI's database: DATABASE_URL, or the development server's embedded PostgreSQL (started here if it is not running).
import { loadConfig } from '../config.js';
import { createPrismaClient, type Db } from '../db/client.js';
import { startEmbeddedPostgres } from '../db/embedded.js';
import { runMigrations, type MigrateResult } from '../db/migrate.js';
import type { CliIo } from './command.js';

export interface CliDatabase {
  url: string;
  close(): Promise<void>;
}

export async function openDatabase(io: CliIo): Promise<CliDatabase> {
  const config = loadConfig(io.env);
  if (config.databaseUrl) return { url: config.databaseUrl, close: () => Promise.resolve() };
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort });
  io.stderr.write(`(using the embedded development database in ${config.dataDir}; set DATABASE_URL to use another)\n`);
  return { url: embedded.url, close: () => (embedded.owned ? embedded.stop() : Promise.resolve()) };
}

export async function migrateDatabase(url: string, io: CliIo): Promise<MigrateResult> {
  const result = await runMigrations({ connectionString: url, log: (line) => io.stderr.write(`${line}\n`) });
  for (const warning of result.warnings) io.stderr.write(`warning: ${warning}\n`);
  return result;
}

/** Runs `fn` with a client on the migrated database (the CLI is its own composition root). */
export async function withDatabase<T>(io: CliIo, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDatabase(io);
  try {
    await migrateDatabase(db.url, io);
    const prisma = createPrismaClient(db.url, { max: 2 });
    try {
      return await fn(prisma);
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await db.close();
  }
}
