// `kubelab sim`: the student's terminal (shell, kubectl, minikube) against a fresh simulated cluster,
// offline, in your own terminal. With stdin not a terminal it runs each line as if typed.
import type { Readable, Writable } from 'node:stream';
import { createEnvironment, type Environment } from '../kubectl/environment.js';
import { UsageError, type CliCommand, type CliIo } from './command.js';
import { serveSim } from './simServe.js';

export const SIM_HELP = `Usage: kubelab sim [options]

Runs the kubelab student shell (kubectl, minikube, k, curl and the usual utilities) against a
fresh simulated Kubernetes cluster, with no server and no database. Like the first lab, the
cluster starts absent: run "minikube start" first (or pass --started).

In a terminal it is interactive (Tab completion, history, Ctrl-C, Ctrl-D to leave). With input
piped in, each line runs as if typed and only what the terminal would show is printed.
"sleep N" advances the cluster's virtual clock at once.

Options:
  --echo        with piped input, print "$ <line>" before each line's output
  --settle      after each line, run the cluster until it has nothing left to do
  --seed N      seed for generated names and IPs (default 1)
  --nodes N     nodes for the cluster (with --started; minikube start --nodes otherwise)
  --started     begin with a running cluster instead of none
  --user NAME   the shell's user name (default: student)
  --serve       no shell: serve the (started) cluster's Kubernetes API on 127.0.0.1 for your own
                kubectl until Ctrl-C, printing its kubeconfig (save it, then kubectl --kubeconfig FILE)
  --port N      the port for --serve (default: any free port)

Example:
  printf 'minikube start\\nkubectl get nodes\\n' | npm run kubelab -- sim --echo --settle
`;

export interface SimOptions {
  echo: boolean;
  settle: boolean;
  seed: number;
  nodes: number;
  started: boolean;
  user: string;
  /** Serve the Kubernetes API on this port (0: any free one) instead of running the shell. */
  serve: number | undefined;
}

export function parseSimArgs(argv: readonly string[]): SimOptions {
  const opts: SimOptions = {
    echo: false,
    settle: false,
    seed: 1,
    nodes: 1,
    started: false,
    user: 'student',
    serve: undefined,
  };
  let port = 0;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const [flag, inline] = raw.includes('=')
      ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)]
      : [raw, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const int = (): number => {
      const v = value();
      if (!/^\d+$/.test(v)) throw new UsageError(`${flag} must be a whole number, got "${v}"`);
      return Number(v);
    };
    switch (flag) {
      case '--echo':
        opts.echo = true;
        break;
      case '--settle':
        opts.settle = true;
        break;
      case '--started':
        opts.started = true;
        break;
      case '--seed':
        opts.seed = int();
        break;
      case '--nodes':
        opts.nodes = Math.max(1, Math.min(10, int()));
        break;
      case '--serve':
        opts.serve = 0;
        break;
      case '--port':
        port = int();
        if (port > 65535) throw new UsageError('--port must be at most 65535');
        break;
      case '--user':
        opts.user = value();
        if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(opts.user)) throw new UsageError('--user must be a lower-case user name');
        break;
      default:
        throw new UsageError(`unknown option "${raw}"`);
    }
  }
  if (opts.serve !== undefined) opts.serve = port;
  else if (port !== 0) throw new UsageError('--port goes with --serve');
  return opts;
}

export function simEnvironment(opts: SimOptions, cols = 120, rows = 40): Environment {
  const env = createEnvironment({
    user: opts.user,
    virtualTime: true,
    cols,
    rows,
    cluster: { seed: opts.seed, nodes: opts.nodes, state: 'Absent' },
  });
  if (opts.started) {
    // As after `minikube start`: the cluster and the kubeconfig.
    env.run(`minikube start --nodes=${opts.nodes}`);
    env.cluster.settle();
  }
  return env;
}

/** How long (virtual ms) a running program may stay silent before the next input line is typed into it. */
const QUIET_MS = 2000;
/** How long (virtual ms) a program may run after the input ends before Ctrl-C stops it. */
const DRAIN_MS = 120_000;
const STEP_MS = 100;
/** CSI sequences other than colours (cursor moves, erases) that the line editor emits. */
const CURSOR_CONTROL = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-LSTfhlnsu]`, 'g');

/**
 * Piped input: each line runs as if typed and what the terminal shows is printed. A line that
 * starts a program (minikube start, rollout status, `run -it`) runs on the virtual clock; when it
 * goes quiet, the next input lines are typed into it (a shell in a pod reads them), and it is
 * stopped with Ctrl-C if still running when the input ends.
 */
export async function runPiped(opts: SimOptions, input: Readable, output: Writable): Promise<number> {
  const env = simEnvironment(opts);
  const shell = env.shell;
  let last = 0;
  let exited = false;
  let running = false;
  let lastOutputAt = env.cluster.now();
  shell.onExit((code) => {
    exited = true;
    last = code;
  });
  // Cursor movement and erase sequences of the line editor mean nothing in a log; colours stay.
  const log = (d: string) => output.write(d.replace(/\r\n/g, '\n').replace(CURSOR_CONTROL, '').replace(/\r/g, ''));
  shell.onOutput((d) => {
    lastOutputAt = env.cluster.now();
    log(d);
  });
  shell.onCommand((record) => {
    running = false;
    if (record.exitCode !== null) last = record.exitCode;
  });
  const drive = (untilQuiet: boolean, budget: number): void => {
    const deadline = env.cluster.now() + budget;
    while (running && !exited && env.cluster.now() < deadline) {
      env.cluster.advance(STEP_MS);
      shell.tick(env.cluster.now());
      // A program reading the keyboard (a shell in a pod) gets the next line once it goes quiet.
      if (untilQuiet && env.kube.readingInput > 0 && env.cluster.now() - lastOutputAt >= QUIET_MS) return;
    }
  };
  // Read everything first: readline's async iterator drops lines that arrive while a long
  // synchronous step (a program on the virtual clock) runs.
  let text = '';
  for await (const chunk of input) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  let continuing = false;
  for (const line of lines) {
    if (exited) break;
    if (running) {
      // A program is in the foreground: the line is typed into it.
      shell.write(`${line}\r`);
      drive(true, DRAIN_MS);
      continue;
    }
    // Lines of an unfinished command (heredoc, open quote) echo with bash's continuation prompt.
    if (opts.echo) output.write(`${continuing ? '>' : '$'} ${line}\n`);
    const r = shell.runLine(line);
    // What a program printed as it started (a pod shell's first prompt) is terminal output too.
    if (r.output) log(r.output);
    continuing = r.status === 'incomplete';
    if (r.status === 'done' && r.exitCode !== undefined) last = r.exitCode;
    if (r.status === 'running') {
      running = true;
      lastOutputAt = env.cluster.now();
      drive(true, DRAIN_MS);
    }
    if (!running && opts.settle && env.cluster.state === 'Running') env.cluster.settle();
  }
  if (running && !exited) {
    drive(false, DRAIN_MS);
    if (running) shell.write('\x03');
  }
  return last;
}

/** A terminal: raw keys in, ANSI out, the cluster's clock following real time. */
export function runInteractive(
  opts: SimOptions,
  io: { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream },
): Promise<number> {
  const env = simEnvironment(opts, io.stdout.columns || 80, io.stdout.rows || 24);
  return new Promise((resolve) => {
    const off = env.shell.onOutput((d) => io.stdout.write(d));
    let last = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      env.cluster.advance(now - last);
      last = now;
      env.shell.tick(env.cluster.now());
    }, 100);
    const onData = (data: Buffer): void => env.shell.write(data.toString('utf8'));
    const onResize = (): void => env.shell.resize(io.stdout.columns || 80, io.stdout.rows || 24);
    env.shell.onExit((code) => {
      clearInterval(timer);
      off();
      io.stdin.off('data', onData);
      io.stdout.off('resize', onResize);
      if (io.stdin.isTTY) io.stdin.setRawMode(false);
      io.stdin.pause();
      resolve(code);
    });
    if (io.stdin.isTTY) io.stdin.setRawMode(true);
    io.stdin.on('data', onData);
    io.stdout.on('resize', onResize);
    io.stdin.resume();
    env.shell.start();
  });
}

/** `kubelab sim …`: argv after `sim`. */
export async function run(
  argv: readonly string[],
  io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(SIM_HELP);
    return 0;
  }
  const opts = parseSimArgs(argv);
  if (opts.serve !== undefined) {
    const stopped = new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    return serveSim(simEnvironment({ ...opts, started: true }), opts.serve, io.stdout, stopped);
  }
  const stdin = io.stdin as NodeJS.ReadStream;
  if (stdin.isTTY && (io.stdout as NodeJS.WriteStream).isTTY)
    return runInteractive(opts, { stdin, stdout: io.stdout as NodeJS.WriteStream });
  return runPiped(opts, io.stdin, io.stdout);
}

export const sim: CliCommand = {
  help: SIM_HELP,
  run: (args, io) => run(args, io),
};

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`kubelab sim: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = err instanceof UsageError ? 2 : 1;
    },
  );
}
