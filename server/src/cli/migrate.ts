// kubelab migrate
import { parseFlags } from './args.js';
import { write, type CliCommand } from './command.js';
import { migrateDatabase, openDatabase } from './database.js';

export const migrate: CliCommand = {
  help: `Usage: kubelab migrate

Applies the database migrations in prisma/migrations that the database does not have yet, the
same way \`prisma migrate deploy\` would (the server also does this when it starts). Safe to run
again: nothing happens when the database is up to date. Uses DATABASE_URL, or the embedded
development database when it is unset.

Example:
  DATABASE_URL=postgresql://kubelab@db:5432/kubelab npm run kubelab -- migrate`,

  async run(args, io) {
    parseFlags(args, {});
    const db = await openDatabase(io);
    try {
      const { applied } = await migrateDatabase(db.url, io);
      write(
        io.stdout,
        applied.length
          ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
          : 'The database is up to date.',
      );
    } finally {
      await db.close();
    }
    return 0;
  },
};
