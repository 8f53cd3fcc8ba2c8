import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import {
  defaultMigrationsDir,
  MIGRATION_LOCK_KEY,
  MigrationError,
  readMigrations,
  runMigrations,
} from '../../server/src/db/migrate';
import { createEmptyDatabase } from '../support/db';

type Empty = Awaited<ReturnType<typeof createEmptyDatabase>>;

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

function copyMigrations(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kubelab-migrations-'));
  cpSync(defaultMigrationsDir(), dir, { recursive: true });
  return dir;
}

describe('runMigrations', () => {
  let db: Empty;
  beforeEach(async () => {
    db = await createEmptyDatabase();
  });
  afterEach(() => db.drop());

  it('applies every migration once, with Prisma bookkeeping, and is idempotent', async () => {
    const local = readMigrations(defaultMigrationsDir());
    const first = await runMigrations({ connectionString: db.url });
    expect(first.applied).toEqual(local.map((m) => m.name));
    const second = await runMigrations({ connectionString: db.url });
    expect(second).toEqual({ applied: [], warnings: [] });

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      db.url,
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows).toHaveLength(local.length);
    rows.forEach((r, i) => {
      expect(r.migration_name).toBe(local[i]!.name);
      expect(r.checksum).toBe(local[i]!.checksum);
      expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(r.finished_at).toBeInstanceOf(Date);
      expect(r.applied_steps_count).toBe(1);
    });
    const tables = await query<{ tablename: string }>(
      db.url,
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    );
    expect(tables.map((t) => t.tablename)).toEqual(
      expect.arrayContaining([
        'users',
        'cohorts',
        'enrolments',
        'sessions',
        'lab_sessions',
        'step_completions',
        'quiz_attempts',
        'audit_logs',
      ]),
    );
  });

  it('applies a new migration later and warns about edited ones', async () => {
    const dir = copyMigrations();
    await runMigrations({ connectionString: db.url, migrationsDir: dir });
    mkdirSync(path.join(dir, '29990101000000_add_thing'));
    writeFileSync(
      path.join(dir, '29990101000000_add_thing', 'migration.sql'),
      'CREATE TABLE "thing" ("id" INTEGER PRIMARY KEY);\n',
    );
    const first = readMigrations(dir)[0]!;
    writeFileSync(path.join(dir, first.name, 'migration.sql'), `${first.sql}\n-- edited\n`);
    const result = await runMigrations({ connectionString: db.url, migrationsDir: dir });
    expect(result.applied).toEqual(['29990101000000_add_thing']);
    expect(result.warnings).toEqual([`migration ${first.name} was edited after it was applied`]);
  });

  it('records a failing migration, then refuses to continue (P3009)', async () => {
    const dir = copyMigrations();
    mkdirSync(path.join(dir, '29990101000000_broken'));
    writeFileSync(
      path.join(dir, '29990101000000_broken', 'migration.sql'),
      'CREATE TABLE "ok" ("id" INTEGER);\nSELECT * FROM "no_such_table";\n',
    );
    await expect(runMigrations({ connectionString: db.url, migrationsDir: dir })).rejects.toMatchObject({
      code: 'P3018',
      migrationName: '29990101000000_broken',
    });
    const [row] = await query<{ finished_at: Date | null; logs: string }>(
      db.url,
      `SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`,
    );
    expect(row!.finished_at).toBeNull();
    expect(row!.logs).toMatch(/no_such_table/);
    // The whole file ran as one transaction: the first statement was rolled back too.
    expect(await query(db.url, `SELECT 1 FROM pg_tables WHERE tablename = 'ok'`)).toHaveLength(0);

    const again = runMigrations({ connectionString: db.url, migrationsDir: dir });
    await expect(again).rejects.toBeInstanceOf(MigrationError);
    await expect(again).rejects.toMatchObject({ code: 'P3009' });
    await expect(again).rejects.toThrow(/29990101000000_broken failed earlier/);
  });

  it('waits for the advisory lock that another migrator holds', async () => {
    const holder = new Client({ connectionString: db.url });
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    let done = false;
    const run = runMigrations({ connectionString: db.url }).then((r) => {
      done = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(done).toBe(false);
    expect(await query(db.url, `SELECT 1 FROM pg_tables WHERE tablename = '_prisma_migrations'`)).toHaveLength(0);
    await holder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    await holder.end();
    expect((await run).applied.length).toBeGreaterThan(0);
  });

  it('lets two runners race without applying anything twice', async () => {
    const [a, b] = await Promise.all([
      runMigrations({ connectionString: db.url }),
      runMigrations({ connectionString: db.url }),
    ]);
    expect(a.applied.length + b.applied.length).toBe(readMigrations(defaultMigrationsDir()).length);
  });
});
