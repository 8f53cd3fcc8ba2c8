// A sandbox seen by both kubectls: our kubectl runs in the sandbox's shell, the real kubectl (v1.32 on the PATH) runs
// as a child process against the same cluster served by the ClusterHost, with the shell's files copied to its working
// folder. Reads run on the one cluster; a mutating command runs on a copy restored from a snapshot (same objects,
// clock and random generator, so the same generated names) for the real kubectl and on the sandbox for ours, and the
// sandbox carries on with our result.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createEnvironment, kubelabCommands, type Environment } from '../../../server/src/kubectl/environment';
import type { Lab } from '../../../server/src/labs/format';
import { createLabCluster, labFiles } from '../../../server/src/labs/setup';
import { kubeconfigYaml } from '../../../server/src/services/kubeApi';
import { Cluster, DEFAULT_START_TIME } from '../../../server/src/sim/index';
import type { ClusterHost } from './host';

export interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
}

const HOME = '/home/student';
const OUT = '/tmp/.differential-out';
const ERR = '/tmp/.differential-err';
/** The longest a command may run (virtual ms for ours); every waiting command in the sequences has a shorter timeout. */
const MAX_MS = 120_000;

/** At most this many real kubectl processes at once (2 cores; each mostly waits for its first answers). */
const REAL_CONCURRENCY = 4;
let running = 0;
const queue: (() => void)[] = [];
async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= REAL_CONCURRENCY) await new Promise<void>((resolve) => queue.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    queue.shift()?.();
  }
}

const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

export class Sandbox {
  private constructor(
    private readonly host: ClusterHost,
    readonly id: string,
    readonly env: Environment,
    private readonly dir: string,
  ) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'kubeconfig'), kubeconfigYaml('differential', host.url(id), id));
    host.serve(id, env.cluster, { kube: env.kube });
  }

  /** A started minikube cluster with nothing of the student's yet. */
  static fresh(host: ClusterHost, id: string, dir: string, seed: number): Sandbox {
    const env = createEnvironment({ virtualTime: true, cluster: { seed, state: 'Absent' } });
    env.run('minikube start');
    env.cluster.settle();
    return new Sandbox(host, id, env, dir);
  }

  /** A lab's starting point, with its files. */
  static forLab(host: ClusterHost, id: string, dir: string, lab: Lab, seed: number): Sandbox {
    const cluster = createLabCluster(lab, { seed, startTime: DEFAULT_START_TIME });
    const env = createEnvironment({ virtualTime: true, cluster, files: labFiles(lab) });
    const sandbox = new Sandbox(host, id, env, dir);
    for (const file of lab.cluster.files) sandbox.copyOut(file.path, file.content);
    return sandbox;
  }

  close(): void {
    this.host.drop(this.id);
  }

  /** A file in the student's home, also in the real kubectl's working folder. */
  write(file: string, content: string): void {
    this.env.shell.vfs.writeFile(`${HOME}/${file}`, content);
    this.copyOut(file, content);
  }

  /** A shell line only our side runs (minikube, pipes, exec): it moves the sandbox on. */
  shell(line: string): void {
    this.env.run(line, { maxMs: MAX_MS });
  }

  settle(): void {
    if (this.env.cluster.state === 'Running') this.env.cluster.settle();
  }

  /** A read: both kubectls on the same state. */
  async read(argv: readonly string[]): Promise<{ ours: Outcome; real: Outcome }> {
    const real = this.real(argv);
    return { ours: this.ours(argv), real: await real };
  }

  /**
   * A mutation: the real kubectl on a copy of the cluster, ours on the sandbox, which keeps our result. The copy's
   * clock runs while the real kubectl waits on it (`delete` waits for the object to go); a command that waits for
   * nothing can have it stand still, so that the two write the same resourceVersions, UIDs and times.
   */
  async mutate(argv: readonly string[], ticking = true): Promise<{ ours: Outcome; real: Outcome }> {
    const copy = Cluster.restore(this.env.cluster.snapshot());
    // Its own container shells and programs, as the sandbox's cluster has (for exec).
    const { kube } = kubelabCommands(copy, this.env.kube.user);
    const ours = this.ours(argv);
    this.host.serve(this.id, copy, { kube, ticking });
    try {
      return { ours, real: await this.real(argv) };
    } finally {
      copy.destroy();
      this.host.serve(this.id, this.env.cluster, { kube: this.env.kube });
    }
  }

  ours(argv: readonly string[]): Outcome {
    const vfs = this.env.shell.vfs;
    const r = this.env.run(`kubectl ${argv.map(quote).join(' ')} >${OUT} 2>${ERR}`, { maxMs: MAX_MS });
    const read = (file: string) => (vfs.stat(file) ? vfs.readFile(file) : '');
    return { stdout: read(OUT), stderr: read(ERR), code: r.exitCode ?? -1 };
  }

  /** The real kubectl in the sandbox's folder; `extraEnv` adds to its environment (KUBE_EDITOR), `input` is its stdin. */
  real(argv: readonly string[], extraEnv: Record<string, string> = {}, input?: string): Promise<Outcome> {
    const dir = this.dir;
    const kubeconfig = path.join(dir, 'kubeconfig');
    const args = ['--kubeconfig', kubeconfig, '--cache-dir', path.join(dir, 'cache'), ...argv];
    const env = { PATH: process.env.PATH ?? '', HOME: dir, KUBECONFIG: kubeconfig, ...extraEnv };
    return slot(
      () =>
        new Promise((resolve) => {
          const child = execFile('kubectl', args, { cwd: dir, env, timeout: MAX_MS }, (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
            resolve({ stdout, stderr, code });
          });
          if (input !== undefined) child.stdin?.end(input);
        }),
    );
  }

  private copyOut(file: string, content: string): void {
    const target = path.join(this.dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
