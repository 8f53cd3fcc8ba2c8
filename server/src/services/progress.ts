/**
 * Lab progress: the catalogue with the caller's progress, a lab's steps and their status, checking
 * steps against the student's live environment (by hand, and automatically after each command,
 * debounced), hints revealed one at a time, the reference solution after enough failed checks,
 * and the caller's scores. Completions are written once, in a transaction, before being reported.
 *
 * Attempts: every explicit check (the "Check" button) counts, passing or not; an automatic check
 * after a command counts only when it passes, so typing commands never unlocks the solution.
 */
import { getPrisma } from '../db/client.js';
import { evaluateStep, describeCheck, type CheckEnvironment, type StepEvaluation } from '../labs/checks/index.js';
import { checkEnvironment, type ShellView } from '../labs/environment.js';
import type { Lab, Step } from '../labs/format.js';
import type { Cluster } from '../sim/index.js';
import type { Actor } from './actor.js';
import { ConflictError, NotFoundError } from './errors.js';
import { authorize } from './policies.js';
import { findLab, getCatalogue } from './progressCatalog.js';
import { studentWorkTarget } from './targets.js';

export type StepStatus = 'pending' | 'passed' | 'failed';

export interface StepProgress {
  stepId: string;
  attempts: number;
  firstPassedAt: Date | null;
  hintsRevealed: number;
}

export interface LabProgressSummary {
  passed: number;
  total: number;
  percent: number;
}

/** The last evaluation of each step, kept in memory so the lab page can show why a step fails. */
const lastResults = new Map<string, StepEvaluation>();
const resultKey = (userId: string, labId: string, stepId: string) => `${userId}\u0000${labId}\u0000${stepId}`;

async function authorizeOwnWork(actor: Actor, action: 'use' | 'read', ownerId = actor.id): Promise<void> {
  authorize(actor, action, await studentWorkTarget(ownerId));
}

async function stepRows(userId: string, labId?: string): Promise<Map<string, StepProgress>> {
  const db = getPrisma();
  const where = labId ? { userId, labId } : { userId };
  const [steps, hints] = await Promise.all([
    db.stepCompletion.findMany({ where, select: { labId: true, stepId: true, attempts: true, firstPassedAt: true } }),
    db.hintReveal.groupBy({ by: ['labId', 'stepId'], where, _count: { _all: true } }),
  ]);
  const out = new Map<string, StepProgress>();
  const get = (lab: string, step: string) => {
    const key = `${lab}/${step}`;
    let p = out.get(key);
    if (!p) {
      p = { stepId: step, attempts: 0, firstPassedAt: null, hintsRevealed: 0 };
      out.set(key, p);
    }
    return p;
  };
  for (const s of steps)
    Object.assign(get(s.labId, s.stepId), { attempts: s.attempts, firstPassedAt: s.firstPassedAt });
  for (const h of hints) get(h.labId, h.stepId).hintsRevealed = h._count._all;
  return out;
}

function summary(lab: Lab, rows: Map<string, StepProgress>): LabProgressSummary {
  const passed = lab.steps.filter((s) => rows.get(`${lab.id}/${s.id}`)?.firstPassedAt).length;
  return { passed, total: lab.steps.length, percent: Math.round((100 * passed) / lab.steps.length) };
}

export interface CatalogueEntry {
  lab: Lab;
  chapterTitle: string;
  progress: LabProgressSummary;
}

/** Every lab in course order, with the caller's progress. */
export async function listLabs(actor: Actor): Promise<CatalogueEntry[]> {
  await authorizeOwnWork(actor, 'read');
  const catalogue = getCatalogue();
  const rows = await stepRows(actor.id);
  const titles = new Map(catalogue.chapters.map((c) => [c.id, c.title]));
  return catalogue.labs.map((lab) => ({
    lab,
    chapterTitle: titles.get(lab.chapter) ?? lab.chapter,
    progress: summary(lab, rows),
  }));
}

export interface StepView {
  step: Step;
  status: StepStatus;
  attempts: number;
  failedChecks: number;
  firstPassedAt: Date | null;
  /** The hints revealed so far, in order. */
  hints: string[];
  hintsTotal: number;
  /** The reference solution, once unlocked (step passed, or enough failed checks). */
  solution: string[] | null;
  solutionAfterFailedChecks: number;
  /** What each check is about, with the last result when the step has been checked since the server started. */
  checks: { description: string; passed: boolean | null; message: string | null }[];
}

export interface LabView {
  lab: Lab;
  chapterTitle: string;
  progress: LabProgressSummary;
  steps: StepView[];
  /** The first step not passed yet, or null when the lab is complete. */
  currentStepId: string | null;
}

function stepView(actorId: string, lab: Lab, step: Step, row: StepProgress | undefined): StepView {
  const passed = Boolean(row?.firstPassedAt);
  const attempts = row?.attempts ?? 0;
  const failedChecks = Math.max(0, attempts - (passed ? 1 : 0));
  const last = lastResults.get(resultKey(actorId, lab.id, step.id));
  const unlocked = passed || failedChecks >= lab.solutionAfterFailedChecks;
  return {
    step,
    // Failed only after the student asked for a check; automatic checks just keep the messages fresh.
    status: passed ? 'passed' : failedChecks > 0 && last && !last.passed ? 'failed' : 'pending',
    attempts,
    failedChecks,
    firstPassedAt: row?.firstPassedAt ?? null,
    hints: step.hints.slice(0, row?.hintsRevealed ?? 0),
    hintsTotal: step.hints.length,
    solution: unlocked ? step.solution : null,
    solutionAfterFailedChecks: lab.solutionAfterFailedChecks,
    checks: step.checks.map((c, i) => {
      const r = last?.checks[i];
      return { description: describeCheck(c), passed: r?.passed ?? null, message: r?.message ?? null };
    }),
  };
}

export async function getLab(actor: Actor, labId: string): Promise<LabView> {
  await authorizeOwnWork(actor, 'read');
  const lab = findLab(labId);
  const rows = await stepRows(actor.id, labId);
  const catalogue = getCatalogue();
  const steps = lab.steps.map((s) => stepView(actor.id, lab, s, rows.get(`${lab.id}/${s.id}`)));
  return {
    lab,
    chapterTitle: catalogue.chapters.find((c) => c.id === lab.chapter)?.title ?? lab.chapter,
    progress: summary(lab, rows),
    steps,
    currentStepId: steps.find((s) => s.status !== 'passed')?.step.id ?? null,
  };
}

/** Records one evaluation. Returns whether this evaluation is the step's first pass. */
async function record(
  userId: string,
  labId: string,
  stepId: string,
  passed: boolean,
  counts: boolean,
): Promise<boolean> {
  if (!counts && !passed) return false;
  const db = getPrisma();
  const now = new Date();
  return db.$transaction(async (tx) => {
    const row = await tx.stepCompletion.upsert({
      where: { userId_labId_stepId: { userId, labId, stepId } },
      create: { userId, labId, stepId, attempts: 1, firstPassedAt: passed ? now : null, lastCheckedAt: now },
      update: { attempts: { increment: 1 }, lastCheckedAt: now },
    });
    if (!passed) return false;
    if (row.firstPassedAt && row.firstPassedAt.getTime() === now.getTime()) return true;
    // Only one writer sets firstPassedAt: the condition makes the update a no-op for the others.
    const set = await tx.stepCompletion.updateMany({
      where: { id: row.id, firstPassedAt: null },
      data: { firstPassedAt: now },
    });
    return set.count === 1;
  });
}

// ---------------------------------------------------------------------------------------------
// Live environments and automatic checks

const environments = new Map<string, CheckEnvironment>();
const envKey = (userId: string, labId: string) => `${userId}\u0000${labId}`;

export interface ProgressEvent {
  userId: string;
  labId: string;
  stepId: string;
  passed: boolean;
  /** True the first time the step passes (a completion was just written). */
  completed: boolean;
  evaluation: StepEvaluation;
}

type ProgressListener = (event: ProgressEvent) => void;
const listeners = new Set<ProgressListener>();

/** Socket gateways subscribe here to push "step passed" to the student's tabs (and the dashboard). */
export function onProgress(listener: ProgressListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let reportError: (err: unknown, context: string) => void = (err, context) =>
  process.stderr.write(`progress: ${context}: ${err instanceof Error ? err.message : String(err)}\n`);
export function setProgressErrorHandler(handler: (err: unknown, context: string) => void): void {
  reportError = handler;
}

/**
 * Evaluates the current step (and the ones after it, while they pass) against `env`, records the
 * outcome and tells listeners. `explicit`: the student pressed "Check" (a failure counts as an attempt).
 */
export async function evaluateProgress(
  userId: string,
  labId: string,
  env: CheckEnvironment,
  explicit: boolean,
): Promise<ProgressEvent[]> {
  const lab = findLab(labId);
  const rows = await stepRows(userId, labId);
  const events: ProgressEvent[] = [];
  for (const step of lab.steps) {
    if (rows.get(`${labId}/${step.id}`)?.firstPassedAt) continue;
    const evaluation = evaluateStep(step, env);
    lastResults.set(resultKey(userId, labId, step.id), evaluation);
    const completed = await record(userId, labId, step.id, evaluation.passed, explicit);
    const event = { userId, labId, stepId: step.id, passed: evaluation.passed, completed, evaluation };
    events.push(event);
    for (const l of listeners) {
      try {
        l(event);
      } catch (err) {
        reportError(err, 'listener');
      }
    }
    if (!evaluation.passed) break;
  }
  return events;
}

/** "Check my work": evaluates the lab's current step against the caller's live environment. */
export async function checkStep(actor: Actor, labId: string): Promise<LabView> {
  await authorizeOwnWork(actor, 'use');
  findLab(labId);
  const env = environments.get(envKey(actor.id, labId));
  if (!env)
    throw new ConflictError(
      'Your environment for this lab is not running: open the lab so its terminal starts, then check again.',
    );
  await evaluateProgress(actor.id, labId, env, true);
  return getLab(actor, labId);
}

const DEBOUNCE_MS = 400;
/** After a failing automatic check, look again a little later: pods take time to become Ready. */
const FOLLOW_UPS_MS = [3_000, 10_000, 30_000];
const timers = new Map<string, NodeJS.Timeout[]>();

function clearTimers(key: string): void {
  for (const t of timers.get(key) ?? []) clearTimeout(t);
  timers.delete(key);
}

function schedule(key: string, delays: readonly number[], run: () => Promise<boolean>): void {
  clearTimers(key);
  const [first, ...rest] = delays;
  if (first === undefined) return;
  const t = setTimeout(() => {
    timers.delete(key);
    run().then(
      (passedAll) => {
        if (!passedAll && rest.length > 0)
          schedule(
            key,
            rest.map((d) => d - first),
            run,
          );
      },
      (err: unknown) => reportError(err, 'automatic check'),
    );
  }, first);
  t.unref();
  timers.set(key, [t]);
}

/**
 * The sandbox manager's hook: call after every command a student's shell finishes (and when a
 * sandbox is created or restored). Checks run debounced; a failing check is retried a few times
 * in the following half-minute, so a step turns green when its pods become Ready.
 */
export function onCommandFinished(userId: string, labId: string, env: CheckEnvironment): void {
  let known: boolean;
  try {
    known = getCatalogue().labs.some((l) => l.id === labId);
  } catch (err) {
    // A broken course must not break the student's shell: report it and skip the checks.
    reportError(err, 'catalogue');
    return;
  }
  if (!known) return;
  const key = envKey(userId, labId);
  environments.set(key, env);
  const run = async () => {
    const events = await evaluateProgress(userId, labId, env, false);
    return events.every((e) => e.passed);
  };
  schedule(key, [DEBOUNCE_MS, ...FOLLOW_UPS_MS.map((d) => d + DEBOUNCE_MS)], run);
}

/** The sandbox went away (evicted, shut down): forget its environment and pending checks. */
export function onSandboxClosed(userId: string, labId: string): void {
  const key = envKey(userId, labId);
  clearTimers(key);
  environments.delete(key);
}

/** What the sandbox manager holds: a cluster and a shell session. */
export interface SandboxLike {
  readonly cluster: Cluster;
  readonly shell: ShellView & { onCommand(listener: (record: unknown) => void): () => void };
}

/** One call per live sandbox: registers it for checks and checks after each command. Returns the unsubscribe. */
export function watchSandboxProgress(
  userId: string,
  labId: string,
  sandbox: SandboxLike,
  user = 'student',
): () => void {
  const env = checkEnvironment(sandbox.cluster, sandbox.shell, user);
  environments.set(envKey(userId, labId), env);
  const off = sandbox.shell.onCommand(() => onCommandFinished(userId, labId, env));
  return () => {
    off();
    onSandboxClosed(userId, labId);
  };
}

/** Shutdown hook: no automatic check may start after the database is closed. */
export function stopProgressTimers(): void {
  for (const key of [...timers.keys()]) clearTimers(key);
}

// ---------------------------------------------------------------------------------------------
// Hints and solutions

function findStep(lab: Lab, stepId: string): Step {
  const step = lab.steps.find((s) => s.id === stepId);
  if (!step) throw new NotFoundError('Step');
  return step;
}

/** Reveals the next hint of a step (recorded, so instructors can weigh hints in scores). */
export async function revealHint(
  actor: Actor,
  labId: string,
  stepId: string,
): Promise<{ index: number; hint: string; remaining: number }> {
  await authorizeOwnWork(actor, 'use');
  const step = findStep(findLab(labId), stepId);
  const db = getPrisma();
  return db.$transaction(async (tx) => {
    const revealed = await tx.hintReveal.count({ where: { userId: actor.id, labId, stepId } });
    const hint = step.hints[revealed];
    if (hint === undefined)
      throw new ConflictError(
        step.hints.length === 0 ? 'This step has no hints.' : 'Every hint of this step is already shown.',
      );
    await tx.hintReveal.createMany({
      data: [{ userId: actor.id, labId, stepId, hintIndex: revealed }],
      skipDuplicates: true,
    });
    return { index: revealed, hint, remaining: step.hints.length - revealed - 1 };
  });
}

/** The reference solution of a step, once the step passed or enough checks failed. */
export async function revealSolution(actor: Actor, labId: string, stepId: string): Promise<{ solution: string[] }> {
  await authorizeOwnWork(actor, 'use');
  const lab = findLab(labId);
  const step = findStep(lab, stepId);
  const row = (await stepRows(actor.id, labId)).get(`${labId}/${stepId}`);
  const view = stepView(actor.id, lab, step, row);
  if (!view.solution) {
    const left = lab.solutionAfterFailedChecks - view.failedChecks;
    throw new ConflictError(`The solution unlocks after ${left} more failed check${left === 1 ? '' : 's'}.`);
  }
  return { solution: view.solution };
}

// ---------------------------------------------------------------------------------------------
// Scores

export interface LabScore {
  labId: string;
  title: string;
  chapter: string;
  stepsPassed: number;
  totalSteps: number;
  checkAttempts: number;
  hintsUsed: number;
  completedAt: Date | null;
}

/** A lab's score is its steps passed; attempts and hints are reported beside it. */
export async function labScoresOf(actor: Actor, userId = actor.id): Promise<LabScore[]> {
  await authorizeOwnWork(actor, 'read', userId);
  const rows = await stepRows(userId);
  return getCatalogue().labs.map((lab) => {
    const steps = lab.steps.map((s) => rows.get(`${lab.id}/${s.id}`));
    const passedAt = steps.map((s) => s?.firstPassedAt ?? null);
    const complete = passedAt.every((d) => d !== null);
    return {
      labId: lab.id,
      title: lab.title,
      chapter: lab.chapter,
      stepsPassed: passedAt.filter((d) => d !== null).length,
      totalSteps: lab.steps.length,
      checkAttempts: steps.reduce((n, s) => n + (s?.attempts ?? 0), 0),
      hintsUsed: steps.reduce((n, s) => n + (s?.hintsRevealed ?? 0), 0),
      completedAt: complete ? new Date(Math.max(...passedAt.map((d) => d.getTime()))) : null,
    };
  });
}

/** For tests: forget in-memory state (last results, environments, timers). */
export function resetProgressState(): void {
  stopProgressTimers();
  environments.clear();
  lastResults.clear();
}
