/**
 * The program host of the simulated kubelet (sim/node/programs.ts): a container's command runs in
 * the student's own shell interpreter, in the image's flavour (busybox sh, alpine ash, Debian bash),
 * over the container's files and environment. Its clock is the container's own: the kubelet wakes
 * it when a `sleep` ends, so `while true; do echo hi; sleep 5; done` prints every 5 virtual seconds
 * without holding the thread. Each wake-up is one event of the shell's budget (commands, steps,
 * bytes): a loop that never sleeps ends with the shell's budget message and exit status 1.
 */
import { outsideBudget } from '../lib/budget.js';
import {
  ContainerLog,
  type ContainerProcess,
  type ProgramHost,
  servesWith,
  type ProgramSpec,
  type SharedVolume,
} from '../sim/index.js';
import { resolvePath, type Command, type ShellSession } from '../shell/index.js';
import { SHELLS, shellOver } from './containerShell.js';
import type { KubeEnv } from './env.js';

/**
 * A wake-up of a container's program is background work on a thread many students share: half the
 * budget of a student's line (about 12 ms of steps), and the kubelet wakes one program at most
 * MAX_WAKES (16) times per sync.
 */
const PROGRAM_LIMITS = { maxCommandsPerLine: 500, maxStepsPerLine: 50_000, maxBytesPerLine: 1024 * 1024 };

/** The host for `env`'s cluster: `cluster.setProgramHost(containerPrograms(env))`. */
export function containerPrograms(env: KubeEnv): ProgramHost {
  return (spec) => new ShellProcess(env, spec);
}

/**
 * The line a shell runs for the container's argv: a shell's `-c` script, a shell's script file
 * (sourced), nothing for a bare shell (no terminal: it reads EOF and exits 0), else the argv quoted.
 */
export function programLine(argv: readonly string[]): string {
  const [first = '', ...rest] = argv;
  const bin = first.slice(first.lastIndexOf('/') + 1);
  // `/bin/echo`: the runtime found it on the image (the kubelet checked); the shell runs its utility.
  if (!SHELLS.has(bin)) return [bin, ...rest].map(quote).join(' ');
  if (rest[0] === '-c') return rest[1] ?? '';
  return rest.length > 0 ? `. ${rest.map(quote).join(' ')}` : '';
}

/**
 * The image's server started by the container's script (`exec nginx -g 'daemon off;'`, `start-zookeeper`): it
 * runs until the container is stopped (the kubelet's plan gives the container the image's ports).
 */
function serving(name: string): Command {
  return {
    name,
    run: (args) => (servesWith(args) ? { program: () => ({}) } : { stdout: '', stderr: '', exitCode: 0 }),
  };
}

const quote = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

class ShellProcess implements ContainerProcess {
  readonly log = new ContainerLog();
  exit: { at: number; code: number } | undefined;
  /** Times programs of the run asked to be woken at (a pipeline's stages each sleep on their own), soonest first. */
  private readonly wakes: number[] = [];
  private clock: number;
  private started = false;
  private readonly session: ShellSession;
  /** The version of each shared volume this container's files reflect. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly env: KubeEnv,
    private readonly spec: ProgramSpec,
  ) {
    this.clock = spec.startedAt;
    this.session = shellOver(env, { metadata: spec.pod }, spec.container, spec, {
      cols: 80,
      rows: 24,
      clock: { now: () => this.clock, wake: (at) => this.wakeUpAt(at) },
      writable: [...spec.shared.keys(), spec.terminationLog],
      commands: spec.servers.map(serving),
      limits: PROGRAM_LIMITS,
    });
    this.session.onOutput((data) => this.log.write(this.clock, data));
    this.session.onCommand((record) => this.finish(record.exitCode ?? 0));
    this.session.onExit((code) => this.finish(code));
  }

  advance(until: number, maxWakes: number): void {
    outsideBudget(() => {
      if (!this.started) {
        this.started = true;
        this.step(() => {
          const result = this.session.runLine(programLine(this.spec.argv));
          this.log.write(this.clock, result.output);
          if (result.status === 'incomplete') this.log.write(this.clock, this.session.endInput().output);
          if (result.status !== 'running' && !this.exit) this.finish(result.exitCode ?? 2);
        });
      }
      for (let wakes = 0; wakes < maxWakes && !this.exit; wakes++) {
        const at = this.wakeAt;
        if (at === undefined || at > until) break;
        while (this.wakes[0] !== undefined && this.wakes[0] <= at) this.wakes.shift();
        this.clock = at;
        this.step(() => this.session.tick(at));
      }
    });
  }

  get wakeAt(): number | undefined {
    return this.exit ? undefined : this.wakes[0];
  }

  private wakeUpAt(at: number): void {
    if (!Number.isFinite(at) || this.wakes.includes(at)) return;
    const i = this.wakes.findIndex((w) => w > at);
    this.wakes.splice(i < 0 ? this.wakes.length : i, 0, at);
  }

  exec(argv: readonly string[]): { exitCode: number; output: string } {
    return outsideBudget(() => {
      for (const [path, vol] of this.spec.shared) this.pull(path, vol);
      const files: Record<string, string> = {};
      const dirs: string[] = [];
      for (const entry of this.session.vfs.snapshot().entries)
        if (entry.type === 'dir') dirs.push(entry.path);
        else files[entry.path] = entry.content ?? '';
      // Its own shell over a copy of the files: a probe's `sleep` takes no time, its writes stay its own.
      const probe = shellOver(
        this.env,
        { metadata: this.spec.pod },
        this.spec.container,
        { ...this.spec, files, dirs },
        {
          cols: 80,
          rows: 24,
          clock: { now: () => this.clock, advance: () => undefined },
          limits: PROGRAM_LIMITS,
        },
      );
      try {
        let r = probe.runLine(programLine(argv));
        if (r.status === 'incomplete') r = probe.endInput();
        return { exitCode: r.exitCode ?? 1, output: r.output };
      } finally {
        probe.dispose();
      }
    });
  }

  file(path: string): string | undefined {
    return this.session.vfs.stat(path)?.type === 'file' ? this.session.vfs.readFile(path) : undefined;
  }

  dispose(): void {
    this.session.dispose();
  }

  private finish(code: number): void {
    if (this.exit) return;
    this.exit = { at: this.clock, code };
    this.wakes.length = 0;
  }

  /** Runs one step of the program with the pod's shared volumes copied in before and out after. */
  private step(run: () => void): void {
    for (const [path, vol] of this.spec.shared) this.pull(path, vol);
    run();
    for (const [path, vol] of this.spec.shared) this.push(path, vol);
  }

  private pull(mount: string, vol: SharedVolume): void {
    if (this.seen.get(mount) === vol.version) return;
    for (const [rel, content] of Object.entries(vol.files)) this.session.vfs.seedFile(resolvePath(mount, rel), content);
    this.seen.set(mount, vol.version);
  }

  private push(mount: string, vol: SharedVolume): void {
    const now = new Map<string, string>();
    const walk = (dir: string, rel: string): void => {
      for (const name of this.session.vfs.readdir(dir)) {
        const path = `${dir}/${name}`;
        const inside = rel ? `${rel}/${name}` : name;
        if (this.session.vfs.isDir(path)) walk(path, inside);
        else now.set(inside, this.session.vfs.readFile(path));
      }
    };
    if (this.session.vfs.isDir(mount)) walk(mount === '/' ? '' : mount, '');
    const files: Record<string, string> = {};
    const room = this.spec.room(vol);
    let bytes = 0;
    for (const [rel, content] of now) {
      bytes += rel.length + content.length;
      if (bytes > room) break;
      files[rel] = content;
    }
    const before = Object.keys(vol.files);
    const changed = before.length !== Object.keys(files).length || before.some((rel) => vol.files[rel] !== files[rel]);
    if (!changed) return;
    vol.files = files;
    vol.version++;
    this.seen.set(mount, vol.version);
  }
}
