// `kubelab labs validate`: checks every lab and quiz file (file:line messages), then proves each lab
// solvable by replaying its reference solutions in a fresh simulated cluster.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkEnvironment } from '../labs/environment.js';
import type { Lab } from '../labs/format.js';
import { buildCatalogue, formatProblem } from '../labs/loader.js';
import { replayAdversarial, replayLab, type ReplayEnvironmentFactory } from '../labs/replay.js';
import { defaultLabsDir, readCatalogueFiles } from '../services/course.js';
import { UsageError, write, type CliCommand, type CliIo } from './command.js';

export interface ValidateOptions {
  dir: string;
  replay: boolean;
  /** Only these labs (ids) are replayed. */
  only?: readonly string[];
  /** The shell with kubectl and minikube used for replays (default: the real environment builder). */
  environment?: ReplayEnvironmentFactory;
  onLab?: (lab: Lab, ok: boolean) => void;
}

export interface ValidateReport {
  problems: string[];
  labs: number;
  quizzes: number;
  questions: number;
  replayed: number;
}

/** Virtual time a solution line may keep running before it is interrupted. */
const MAX_PROGRAM_MS = 5 * 60 * 1000;

/** The real student environment (kubectl, minikube, the shell), in virtual time. */
export async function realEnvironment(): Promise<ReplayEnvironmentFactory> {
  const { createEnvironment } = await import('../kubectl/environment.js');
  return (cluster, files) => {
    const env = createEnvironment({ cluster, files, virtualTime: true, user: 'student' });
    return {
      check: checkEnvironment(cluster, env.shell, 'student'),
      runLine(line) {
        const r = env.shell.runLine(line);
        if (r.status !== 'running') return { exitCode: r.exitCode, output: r.output, status: r.status };
        // A program still running (a spinner, `rollout status`): let virtual time pass until it ends;
        // one that never ends (a watch) is stopped as a student would, with Ctrl-C.
        let output = r.output;
        const off = env.shell.onOutput((data) => (output += data));
        try {
          for (let waited = 0; waited < MAX_PROGRAM_MS && env.shell.busy; waited += 1000) {
            cluster.advance(1000);
            env.shell.tick(cluster.now());
          }
          if (env.shell.busy) env.shell.write('\x03');
          const exitCode = env.shell.commandLog().at(-1)?.exitCode ?? undefined;
          return { exitCode, output, status: 'done' };
        } finally {
          off();
        }
      },
    };
  };
}

export async function validateLabs(opts: ValidateOptions): Promise<ValidateReport> {
  const loaded = buildCatalogue(readCatalogueFiles(opts.dir));
  const report: ValidateReport = {
    problems: loaded.problems.map(formatProblem),
    labs: 0,
    quizzes: 0,
    questions: 0,
    replayed: 0,
  };
  const catalogue = loaded.value;
  if (!catalogue) return report;
  report.labs = catalogue.labs.length;
  report.quizzes = catalogue.quizzes.length;
  report.questions = catalogue.quizzes.reduce((n, q) => n + q.questions.length, 0);
  if (!opts.replay) return report;
  const environment = opts.environment ?? (await realEnvironment());
  for (const lab of catalogue.labs) {
    if (opts.only && !opts.only.includes(lab.id)) continue;
    const file = catalogue.sources[lab.id] ?? lab.id;
    let result;
    try {
      result = replayLab(lab, environment);
      // A lab that fails in order is broken already; its adversarial replays would only repeat that.
      if (result.ok) result.problems.push(...replayAdversarial(lab, environment));
    } catch (err) {
      report.problems.push(`${file}: replay crashed: ${err instanceof Error ? err.message : String(err)}`);
      opts.onLab?.(lab, false);
      continue;
    }
    report.replayed++;
    report.problems.push(...result.problems.map((p) => `${file}: ${p.message}`));
    opts.onLab?.(lab, result.problems.length === 0);
  }
  return report;
}

const help = `Usage: kubelab labs validate [--dir DIR] [--no-replay] [--lab ID]...

Checks every lab (labs/*/lab.yaml), chapter and quiz file against the format, reporting each
problem as file:line:column. Then replays every lab's reference solutions in a fresh simulated
cluster: before each step all of its checks must fail and no later step may pass, after its
solution all must pass within 60 s of cluster time. Then three students replay it adversarially,
the product's checker watching: a prompt one (every command at once), one who runs the next
step's solution before the current one has settled, and one who repeats a step. Each must
complete the lab; a step that traps one is reported with the sequence that trapped it.

Options:
  --dir DIR      The course folder (default: the repository's labs/)
  --no-replay    Only validate the files
  --lab ID       Replay only this lab (repeatable)

Example:
  npm run kubelab -- labs validate --lab rollouts-and-rollbacks`;

export async function run(
  argv: string[],
  io: Pick<CliIo, 'stdout' | 'stderr'> = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { dir: { type: 'string' }, 'no-replay': { type: 'boolean' }, lab: { type: 'string', multiple: true } },
      strict: true,
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const dir = values.dir ? path.resolve(values.dir) : defaultLabsDir();
  const report = await validateLabs({
    dir,
    replay: !values['no-replay'],
    ...(values.lab ? { only: values.lab } : {}),
    onLab: (lab, ok) => write(io.stdout, `${ok ? 'ok  ' : 'FAIL'} ${lab.id} (${lab.steps.length} steps)`),
  });
  for (const p of report.problems) write(io.stderr, p);
  const summary = `${report.labs} labs, ${report.quizzes} quizzes (${report.questions} questions), ${report.replayed} replayed`;
  if (report.problems.length > 0) {
    write(io.stderr, `\n${report.problems.length} problem(s); ${summary}`);
    return 1;
  }
  write(io.stdout, `All good: ${summary}.`);
  return 0;
}

export const labsValidate: CliCommand = { help, run: (args, io) => run(args, io) };
