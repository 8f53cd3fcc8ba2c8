/**
 * Proves a lab solvable, and proves it cannot trap anyone. Pure: the environment (shell with kubectl and
 * minikube) comes from the caller's factory.
 *
 * In order (`replayLab`): in a fresh simulated cluster, before each step every check must fail (unless marked
 * `mayPassBefore`) and no later step may pass as a whole (steps are checked in any order, see progressCheck.ts,
 * so one that passes early would be given away); then the step's reference solution is typed line by line and
 * every check must pass within `MAX_WAIT_MS` of cluster time (a student never waits idle longer).
 *
 * Adversarially (`replayAdversarial`), with the product's own checker run after every line and while time
 * passes, three students must each complete the lab: a prompt one who types every next command at once, one
 * who runs the next step's solution before the current step has settled, and one who repeats a step.
 */
import type { Cluster } from '../sim/index.js';
import { evaluateCheck, describeCheck, evaluateStep, type CheckEnvironment } from './checks/index.js';
import type { Lab, Step } from './format.js';
import { checkSteps } from './progressCheck.js';
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
  /** Per step: cluster time from the end of its solution until its checks passed (null: they never did). */
  waits: { stepId: string; ms: number | null }[];
}

const MAX_OUTPUT = 600;
/** No step may keep a student waiting idle longer than this for the cluster. */
export const MAX_WAIT_MS = 60_000;
/** How long the in-order replay looks for a step's checks to pass (beyond MAX_WAIT_MS it is a problem anyway). */
const WAIT_LIMIT_MS = 15 * 60_000;
/** Between two commands of a prompt student: a quick typist (or a click on Run). */
const PROMPT_GAP_MS = 1000;
/** How long an adversarial student may wait at the end, the product re-checking as the cluster changes. */
const FINISH_LIMIT_MS = 10 * 60_000;
const RECHECK_MS = 5000;

export function replayLab(
  lab: Lab,
  makeEnvironment: ReplayEnvironmentFactory,
  opts: { seed?: number } = {},
): ReplayResult {
  const cluster = createLabCluster(lab, { seed: opts.seed ?? 1 });
  const env = makeEnvironment(cluster, labFiles(lab));
  const problems: ReplayProblem[] = [];
  const transcript: ReplayResult['transcript'] = [];
  const waits: ReplayResult['waits'] = [];
  for (const [index, step] of lab.steps.entries()) {
    const say = (message: string, about: Step = step) =>
      problems.push({ labId: lab.id, stepId: about.id, message: `step ${stepName(lab, about)}: ${message}` });
    step.checks.forEach((check, i) => {
      if (check.mayPassBefore) return;
      const r = evaluateCheck(check, env.check);
      if (r.passed)
        say(
          `check ${i + 1} (${describeCheck(check)}) already passes before the step's solution runs (${r.message}); make it specific to this step or mark it mayPassBefore`,
        );
    });
    for (const later of lab.steps.slice(index + 1)) {
      if (evaluateStep(later, env.check).passed)
        say(
          `already passes before step ${stepName(lab, step)}'s solution runs; steps are checked in any order, so a student would get it without doing it: make one of its checks specific to it`,
          later,
        );
    }
    const failedLines: string[] = [];
    for (const line of step.solution) {
      const r = env.runLine(line);
      transcript.push({ stepId: step.id, line, exitCode: r.exitCode, output: r.output });
      if (r.status === 'incomplete') say(`solution line "${line}" is incomplete (an open quote or heredoc)`);
      if (r.exitCode !== 0)
        failedLines.push(
          `"${line}" exited ${r.exitCode ?? '(still running)'}: ${r.output.trim().slice(0, MAX_OUTPUT)}`,
        );
    }
    const waited = waitForStep(cluster, step, env.check);
    waits.push({ stepId: step.id, ms: waited });
    if (waited !== null && waited > MAX_WAIT_MS)
      say(
        `its checks pass only after ${Math.round(waited / 1000)} s of cluster time; no step may keep a student waiting more than ${MAX_WAIT_MS / 1000} s (shorten it as an operator would, e.g. tolerationSeconds)`,
      );
    cluster.settle();
    step.checks.forEach((check, i) => {
      const r = evaluateCheck(check, env.check);
      if (!r.passed) {
        const lines = failedLines.length > 0 ? `; failing solution lines: ${failedLines.join('; ')}` : '';
        say(`check ${i + 1} (${describeCheck(check)}) fails after the solution ran: ${r.message}${lines}`);
      }
    });
  }
  return { labId: lab.id, ok: problems.length === 0, problems, transcript, waits };
}

/** Lets cluster time pass a second at a time until the step passes; the time it took, or null. */
function waitForStep(cluster: Cluster, step: Step, env: CheckEnvironment): number | null {
  for (let waited = 0; waited <= WAIT_LIMIT_MS; waited += 1000) {
    if (evaluateStep(step, env).passed) return waited;
    cluster.advance(1000);
  }
  return null;
}

function stepName(lab: Lab, step: Step): string {
  return `${lab.steps.indexOf(step) + 1} "${step.id}"`;
}

/** One thing an adversarial student does: type a line, or (after a step) let the cluster settle. */
type Action = { line: string } | { settle: true };

interface Student {
  /** Who they are, for the message: "a prompt student (…)". */
  who: string;
  actions: Action[];
}

/** The students `replayAdversarial` plays. */
export function adversarialStudents(lab: Lab): Student[] {
  const lines = (step: Step): Action[] => step.solution.map((line) => ({ line }));
  const settled = (step: Step): Action[] => [...lines(step), { settle: true }];
  const students: Student[] = [
    { who: 'a prompt student (every next command at once, no waiting)', actions: lab.steps.flatMap(lines) },
  ];
  for (const [i, step] of lab.steps.entries()) {
    const next = lab.steps[i + 1];
    if (!next) break;
    students.push({
      who: `a student who runs step ${stepName(lab, next)} before step ${stepName(lab, step)} has settled`,
      actions: lab.steps.flatMap((s) => (s === step ? lines(s) : settled(s))),
    });
  }
  for (const step of lab.steps)
    students.push({
      who: `a student who does step ${stepName(lab, step)} twice`,
      actions: lab.steps.flatMap((s) => (s === step ? [...settled(s), ...settled(s)] : settled(s))),
    });
  return students;
}

/** Plays every adversarial student; a problem for each step one of them can never complete. */
export function replayAdversarial(
  lab: Lab,
  makeEnvironment: ReplayEnvironmentFactory,
  opts: { seed?: number } = {},
): ReplayProblem[] {
  const problems: ReplayProblem[] = [];
  for (const student of adversarialStudents(lab)) {
    const stuck = playStudent(lab, makeEnvironment, student.actions, opts.seed ?? 1);
    for (const step of stuck) {
      const sequence = student.actions.map((a) => ('line' in a ? a.line : '(waits)')).join(' → ');
      problems.push({
        labId: lab.id,
        stepId: step.id,
        message: `step ${stepName(lab, step)} traps ${student.who}: it never passes after ${sequence}`,
      });
    }
  }
  return problems;
}

/** The steps never done when the student has finished and the cluster has had its time. */
function playStudent(lab: Lab, makeEnvironment: ReplayEnvironmentFactory, actions: Action[], seed: number): Step[] {
  const cluster = createLabCluster(lab, { seed });
  const env = makeEnvironment(cluster, labFiles(lab));
  const done = new Set<string>();
  // The product's checker: every open step, after each command and while time passes.
  const check = () => {
    for (const o of checkSteps(lab, done, env.check)) if (o.evaluation.passed) done.add(o.step.id);
  };
  for (const action of actions) {
    if ('line' in action) {
      env.runLine(action.line);
      check();
      cluster.advance(PROMPT_GAP_MS);
    } else {
      cluster.settle();
    }
    check();
  }
  for (let waited = 0; done.size < lab.steps.length && waited < FINISH_LIMIT_MS; waited += RECHECK_MS) {
    cluster.advance(RECHECK_MS);
    check();
  }
  return lab.steps.filter((s) => !done.has(s.id));
}
