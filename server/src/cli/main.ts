// `kubelab`: the operator's command line (`npm run kubelab -- <command> …`). Commands live in registry.ts.
import { ConfigError } from '../config.js';
import { MigrationError } from '../db/migrate.js';
import { DomainError } from '../services/errors.js';
import { UsageError, write, type CliIo } from './command.js';
import { commands, type CommandEntry } from './registry.js';

const HELP_FLAGS = new Set(['--help', '-h', 'help']);

function overview(prefix: string[] = []): string {
  const shown = commands.filter((c) => prefix.every((w, i) => c.name.split(' ')[i] === w));
  const width = Math.max(...shown.map((c) => c.name.length));
  return [
    `Usage: kubelab ${prefix.length ? `${prefix.join(' ')} ` : ''}<command> [options]   (from a checkout: npm run kubelab -- <command> …)`,
    '',
    'Commands:',
    ...shown.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `Run "kubelab <command> --help" for a command's options and an example.`,
    'The database is DATABASE_URL, or the embedded development database when it is unset.',
  ].join('\n');
}

/** The registered command whose name is the longest prefix of `argv`. */
function resolve(argv: string[]): { entry: CommandEntry; rest: string[] } | undefined {
  const matches = commands
    .map((entry) => ({ entry, words: entry.name.split(' ') }))
    .filter(({ words }) => words.every((w, i) => argv[i] === w))
    .sort((a, b) => b.words.length - a.words.length);
  const best = matches[0];
  return best && { entry: best.entry, rest: argv.slice(best.words.length) };
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || HELP_FLAGS.has(argv[0]!)) {
    write(io.stdout, overview());
    return 0;
  }
  const found = resolve(argv);
  if (!found) {
    const group = commands.some((c) => c.name.startsWith(`${argv[0]} `));
    if (group && (argv.length === 1 || HELP_FLAGS.has(argv[1]!))) {
      write(io.stdout, overview([argv[0]!]));
      return 0;
    }
    write(
      io.stderr,
      `error: unknown command "${argv.slice(0, group ? 2 : 1).join(' ')}"\n\n${overview(group ? [argv[0]!] : [])}`,
    );
    return 2;
  }
  const command = await found.entry.load();
  if (found.rest.some((a) => a === '--help' || a === '-h')) {
    write(io.stdout, command.help);
    return 0;
  }
  try {
    return await command.run(found.rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      write(io.stderr, `error: ${err.message}\nRun "kubelab ${found.entry.name} --help" for usage.`);
      return 2;
    }
    if (err instanceof DomainError || err instanceof ConfigError || err instanceof MigrationError) {
      write(io.stderr, `error: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

// Run when executed directly (tsx, node) or through the installed `bin/kubelab.cjs`, which requires this file.
if (require.main === module || /[\\/]kubelab(\.cjs)?$/.test(require.main?.filename ?? '')) {
  runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`kubelab: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
