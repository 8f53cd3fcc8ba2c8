/**
 * Proves a lab solvable: in a fresh simulated cluster, before each step every check must fail
 * (unless marked `mayPassBefore`), then the step's reference solution is typed line by line, the
 * cluster settles, and every check must pass. Pure: the environment (shell with kubectl and
 * minikube) comes from the caller's factory.
 */
import type { Cluster } from '../sim/index.js';
import { evaluateCheck, describeCheck, type CheckEnvironment } from './checks/index.js';
import type { Lab } from './format.js';
import { createLabCluster, labFiles } from './setup.js';

export interface ReplayShell {
  readonly check: CheckEnvironment;
  /** Runs one line to completion; a line still running (a watch) is interrupted. */
  runLine(line: string): { exitCode: number | undefined; output: string; status: string };
}

export type ReplayEnvironmentFactory = (cluster: Cluster, files: Record<string, string>) => ReplayShell;

export interface ReplayProblem {
  labId: string;
  stepId: string;
  message: string;
}

export interface ReplayResult {
  labId: string;
  ok: boolean;
  problems: ReplayProblem[];
  /** Per step: the lines run and how they ended (for the CLI's --verbose). */
  transcript: { stepId: string; line: string; exitCode: number | undefined; output: string }[];
}

const MAX_OUTPUT = 600;

export function replayLab(
  lab: Lab,
  makeEnvironment: ReplayEnvironmentFactory,
  opts: { seed?: number } = {},
): ReplayResult {
  const cluster = createLabCluster(lab, { seed: opts.seed ?? 1 });
  const env = makeEnvironment(cluster, labFiles(lab));
  const problems: ReplayProblem[] = [];
  const transcript: ReplayResult['transcript'] = [];
  for (const [index, step] of lab.steps.entries()) {
    const say = (message: string) =>
      problems.push({ labId: lab.id, stepId: step.id, message: `step ${index + 1} "${step.id}": ${message}` });
    step.checks.forEach((check, i) => {
      if (check.mayPassBefore) return;
      const r = evaluateCheck(check, env.check);
      if (r.passed)
        say(
          `check ${i + 1} (${describeCheck(check)}) already passes before the step's solution runs (${r.message}); make it specific to this step or mark it mayPassBefore`,
        );
    });
    const failedLines: string[] = [];
    for (const line of step.solution) {
      const r = env.runLine(line);
      transcript.push({ stepId: step.id, line, exitCode: r.exitCode, output: r.output });
      if (r.status === 'incomplete') say(`solution line "${line}" is incomplete (an open quote or heredoc)`);
      if (r.exitCode !== 0)
        failedLines.push(
          `"${line}" exited ${r.exitCode ?? '(still running)'}: ${r.output.trim().slice(0, MAX_OUTPUT)}`,
        );
      cluster.settle();
    }
    if (step.waitSeconds) cluster.advance(step.waitSeconds * 1000);
    cluster.settle();
    step.checks.forEach((check, i) => {
      const r = evaluateCheck(check, env.check);
      if (!r.passed) {
        const lines = failedLines.length > 0 ? `; failing solution lines: ${failedLines.join('; ')}` : '';
        say(`check ${i + 1} (${describeCheck(check)}) fails after the solution ran: ${r.message}${lines}`);
      }
    });
  }
  return { labId: lab.id, ok: problems.length === 0, problems, transcript };
}
