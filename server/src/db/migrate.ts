// Applies prisma/migrations/* the way `prisma migrate deploy` does, keeping Prisma's `_prisma_migrations` bookkeeping,
// so the app can migrate itself without Prisma's native schema engine (see ../shared/notes/prisma-offline.md).
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/** Prisma's own advisory-lock key: Prisma and this runner never migrate the same database at the same time. */
export const MIGRATION_LOCK_KEY = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  /** Problems worth a warning that do not stop start-up (edited or unknown migrations). */
  warnings: string[];
}

export interface MigrateOptions {
  connectionString: string;
  migrationsDir?: string;
  log?: (line: string) => void;
}

/** A migration failed now or earlier; like Prisma's P3009/P3018 it must be fixed by hand before anything else runs. */
export class MigrationError extends Error {
  constructor(
    readonly code: 'P3009' | 'P3018',
    message: string,
    readonly migrationName: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** Finds `prisma/migrations` above this file (works from server/src/db and from dist/server/src/db). */
export function defaultMigrationsDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'prisma', 'migrations');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`prisma/migrations not found above ${__dirname}`);
  }
}

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

/** The migration folders in name order, as Prisma sorts them. */
export function readMigrations(dir: string): LocalMigration[] {
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory() && existsSync(path.join(dir, name, 'migration.sql')))
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    });
}

interface MigrationRow {
  id: string;
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

export async function runMigrations(options: MigrateOptions): Promise<MigrateResult> {
  const log = options.log ?? (() => undefined);
  const local = readMigrations(options.migrationsDir ?? defaultMigrationsDir());
  const client = new Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await applyPending(client, local, log);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function applyPending(
  client: Client,
  local: LocalMigration[],
  log: (line: string) => void,
): Promise<MigrateResult> {
  await client.query(CREATE_TABLE);
  const { rows } = await client.query<MigrationRow>(
    'SELECT id, migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at',
  );
  const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      'P3009',
      `Migration ${failed.migration_name} failed earlier and blocks new migrations (Prisma P3009). ` +
        `Fix the database by hand, then mark it with \`prisma migrate resolve --rolled-back ${failed.migration_name}\` ` +
        `(or delete its row from "_prisma_migrations"). Its log:\n${failed.logs ?? '(none)'}`,
      failed.migration_name,
    );
  }
  const applied = new Map(rows.filter((r) => r.rolled_back_at === null).map((r) => [r.migration_name, r]));
  const warnings: string[] = [];
  for (const m of local) {
    const row = applied.get(m.name);
    if (row && row.checksum !== m.checksum) warnings.push(`migration ${m.name} was edited after it was applied`);
  }
  const localNames = new Set(local.map((m) => m.name));
  for (const name of applied.keys()) {
    if (!localNames.has(name))
      warnings.push(`migration ${name} is applied in the database but missing from prisma/migrations`);
  }

  const done: string[] = [];
  for (const m of local.filter((l) => !applied.has(l.name))) {
    const id = randomUUID();
    await client.query(
      'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
      [id, m.checksum, m.name],
    );
    try {
      // No parameters: node-postgres sends it with the simple protocol, and PostgreSQL runs it as one implicit transaction.
      await client.query(m.sql);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, message]);
      throw new MigrationError('P3018', `Migration ${m.name} failed: ${message}`, m.name);
    }
    await client.query('UPDATE "_prisma_migrations" SET applied_steps_count = 1, finished_at = now() WHERE id = $1', [
      id,
    ]);
    log(`applied migration ${m.name}`);
    done.push(m.name);
  }
  return { applied: done, warnings };
}
