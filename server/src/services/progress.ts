/**
 * Lab progress: the catalogue with the caller's progress, a lab's steps and their status, checking
 * steps against the student's live environment (by hand, and automatically after each command,
 * debounced), hints revealed one at a time, the reference solution after enough failed checks,
 * and the caller's scores. Completions are written once, in a transaction, before being reported.
 *
 * One ProgressService per server, built by main.ts: it holds the last results, the live environments and the
 * timers of the automatic checks, and one listener list (the realtime gateway subscribes once).
 *
 * Attempts: every explicit check (the "Check" button) counts, passing or not; an automatic check
 * after a command counts only when it passes, so typing commands never unlocks the solution.
 */
import type { Db } from '../db/client.js';
import {
  describeCheck,
  needsCluster,
  sameEvaluation,
  type CheckEnvironment,
  type StepEvaluation,
} from '../labs/checks/index.js';
import { checkSteps, type StepOutcome } from '../labs/progressCheck.js';
import { checkEnvironment, type ShellView } from '../labs/environment.js';
import type { Lab, Step } from '../labs/format.js';
import type { Cluster } from '../sim/index.js';
import type { ActivityEvent, ActivityRecorder } from './activity.js';
import type { Actor } from './actor.js';
import { ConflictError, NotFoundError } from './errors.js';
import { authorize } from './policies.js';
import type { Course } from './course.js';
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

const resultKey = (userId: string, labId: string, stepId: string) => `${userId}\u0000${labId}\u0000${stepId}`;
const envKey = (userId: string, labId: string) => `${userId}\u0000${labId}`;

async function authorizeOwnWork(db: Db, actor: Actor, action: 'use' | 'read', ownerId = actor.id): Promise<void> {
  authorize(actor, action, await studentWorkTarget(db, ownerId));
}

/** The steps of a lab the student has passed. */
async function passedStepIds(db: Db, userId: string, labId: string): Promise<Set<string>> {
  const rows = await db.stepCompletion.findMany({
    where: { userId, labId, firstPassedAt: { not: null } },
    select: { stepId: true },
  });
  return new Set(rows.map((r) => r.stepId));
}

async function stepRows(db: Db, userId: string, labId?: string): Promise<Map<string, StepProgress>> {
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
  /**
   * The student has done part of the step and what is left is the cluster catching up (pods becoming Ready, a
   * rollout, an eviction): the step passes by itself when it gets there, checked again as the cluster changes.
   */
  waitingOnCluster: boolean;
}

export interface LabView {
  lab: Lab;
  chapterTitle: string;
  progress: LabProgressSummary;
  steps: StepView[];
  /** The first step not passed yet, or null when the lab is complete. */
  currentStepId: string | null;
  /** The quiz of the lab's chapter, if it has one. */
  quizId: string | null;
}

/** Records one evaluation. Returns whether this evaluation is the step's first pass. */
async function record(
  db: Db,
  userId: string,
  labId: string,
  stepId: string,
  passed: boolean,
  counts: boolean,
): Promise<boolean> {
  if (!counts && !passed) return false;
  const now = new Date();
  return db.$transaction(async (tx) => {
    const row = await tx.stepCompletion.upsert({
      where: { userId_labId_stepId: { userId, labId, stepId } },
      create: { userId, labId, stepId, attempts: 1, firstPassedAt: null, lastCheckedAt: now },
      update: { attempts: { increment: 1 }, lastCheckedAt: now },
    });
    if (!passed) return false;
    // Only one writer sets firstPassedAt: the condition makes the update a no-op for the others (two checks of one
    // lab in the same millisecond included, so a first pass is announced exactly once).
    const set = await tx.stepCompletion.updateMany({
      where: { id: row.id, firstPassedAt: null },
      data: { firstPassedAt: now },
    });
    return set.count === 1;
  });
}

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

/**
 * Where a lab's checks run: a live environment in this thread, or one in the sandbox worker thread that holds it
 * (the pool answers by message). One object per registration: the automatic checks compare it by identity.
 */
export interface CheckTarget {
  /** checkSteps' outcomes for the steps not in `done`. */
  checkSteps(lab: Lab, done: ReadonlySet<string>): StepOutcome[] | Promise<StepOutcome[]>;
  /** A number that moves whenever the cluster changes (its resourceVersion). */
  version(): number | Promise<number>;
}

type Environment = CheckEnvironment | CheckTarget;

const targetOf = (env: Environment): CheckTarget =>
  'checkSteps' in env
    ? env
    : { checkSteps: (lab, done) => checkSteps(lab, done, env), version: () => env.cluster.store.resourceVersion() };

/** What the sandbox manager holds: a cluster and a shell session. */
export interface SandboxLike {
  readonly cluster: Cluster;
  readonly shell: ShellView & { onCommand(listener: (record: unknown) => void): () => void };
}

export interface ProgressServiceDeps {
  db: Db;
  course: Course;
  /** Errors of background work (automatic checks, listeners): they must reach an operator, not a student. */
  onError: (err: unknown, context: string) => void;
  /** Delay before an automatic check after a command (default 400 ms). */
  debounceMs?: number;
  /** After a failing automatic check, look again a little later: pods take time to become Ready. */
  followUpsMs?: readonly number[];
  /** After the follow-ups, how often open steps are checked again while the cluster keeps changing (default 5 s). */
  recheckMs?: number;
  /** Where steps passed, labs completed and hints and solutions revealed are reported (the activity feed). */
  activity?: ActivityRecorder;
}

function findStep(lab: Lab, stepId: string): Step {
  const step = lab.steps.find((s) => s.id === stepId);
  if (!step) throw new NotFoundError('Step');
  return step;
}

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

export class ProgressService {
  private readonly db: Db;
  private readonly course: Course;
  private readonly onError: ProgressServiceDeps['onError'];
  private readonly delaysMs: readonly number[];
  private readonly recheckMs: number;
  /** The last evaluation of each step, kept in memory so the lab page can show why a step fails. */
  private readonly lastResults = new Map<string, StepEvaluation>();
  /** The live environment of each open lab, for "Check my work". */
  private readonly environments = new Map<string, CheckTarget>();
  /** The registration each live environment came with (an object compared by identity). */
  private readonly registrations = new Map<string, object>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly listeners = new Set<ProgressListener>();
  private readonly activity: ActivityRecorder | undefined;
  /**
   * The steps of each live lab known to have passed (a first pass is never taken back), read once when its
   * environment registers: automatic checks run after every command of every student, and reading them from the
   * database each time was the main thread's largest cost after the sockets.
   */
  private readonly passed = new Map<string, Promise<Set<string>>>();
  /** Each lab's evaluation in progress: they run one at a time, or two would both record the step they began on. */
  private readonly evaluating = new Map<string, Promise<unknown>>();
  /** A "Check" pressed while one runs gets that one's answer: a double click is one attempt, not two. */
  private readonly checking = new Map<string, Promise<ProgressEvent[]>>();

  constructor(deps: ProgressServiceDeps) {
    this.db = deps.db;
    this.activity = deps.activity;
    this.course = deps.course;
    this.onError = deps.onError;
    const debounce = deps.debounceMs ?? 400;
    this.recheckMs = deps.recheckMs ?? 5_000;
    this.delaysMs = [debounce, ...(deps.followUpsMs ?? [3_000, 10_000, 30_000]).map((d) => d + debounce)];
  }

  /** The realtime gateway subscribes here to push checked steps to the student's tabs and the dashboards. */
  onProgress(listener: ProgressListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every lab in course order, with the caller's progress. */
  async listLabs(actor: Actor): Promise<CatalogueEntry[]> {
    await authorizeOwnWork(this.db, actor, 'read');
    const rows = await stepRows(this.db, actor.id);
    return this.course.labs.map((lab) => ({
      lab,
      chapterTitle: this.course.chapterTitle(lab.chapter),
      progress: summary(lab, rows),
    }));
  }

  async getLab(actor: Actor, labId: string): Promise<LabView> {
    await authorizeOwnWork(this.db, actor, 'read');
    const lab = this.course.findLab(labId);
    const rows = await stepRows(this.db, actor.id, labId);
    const steps = lab.steps.map((s) => this.stepView(actor.id, lab, s, rows.get(`${lab.id}/${s.id}`)));
    return {
      lab,
      chapterTitle: this.course.chapterTitle(lab.chapter),
      progress: summary(lab, rows),
      steps,
      currentStepId: steps.find((s) => s.status !== 'passed')?.step.id ?? null,
      quizId: this.course.quizIdOf(lab.chapter),
    };
  }

  private stepView(actorId: string, lab: Lab, step: Step, row: StepProgress | undefined): StepView {
    const passed = Boolean(row?.firstPassedAt);
    const attempts = row?.attempts ?? 0;
    const failedChecks = Math.max(0, attempts - (passed ? 1 : 0));
    const last = this.lastResults.get(resultKey(actorId, lab.id, step.id));
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
      waitingOnCluster:
        !passed &&
        last !== undefined &&
        last.checks.some((c) => c.passed) &&
        step.checks.every((c, i) => last.checks[i]?.passed === true || needsCluster(c)),
    };
  }

  /**
   * Evaluates every step not done yet against `env` (see labs/progressCheck.ts), records the passes and tells
   * listeners about them and about the current step. `explicit`: the student pressed "Check" (a failure of the
   * current step counts as an attempt; later steps the student has not reached count nothing).
   */
  evaluate(userId: string, labId: string, env: Environment, explicit: boolean): Promise<ProgressEvent[]> {
    const key = envKey(userId, labId);
    const running = explicit ? this.checking.get(key) : undefined;
    if (running) return running;
    const events = this.evaluateOpenSteps(userId, labId, targetOf(env), explicit).then((r) => r.events);
    if (explicit) {
      this.checking.set(key, events);
      const forget = () => this.checking.get(key) === events && this.checking.delete(key);
      events.then(forget, forget);
    }
    return events;
  }

  private evaluateOpenSteps(
    userId: string,
    labId: string,
    env: CheckTarget,
    explicit: boolean,
  ): Promise<{ events: ProgressEvent[]; allDone: boolean }> {
    const key = envKey(userId, labId);
    const run = () => this.evaluateNow(userId, labId, env, explicit);
    const result = (this.evaluating.get(key) ?? Promise.resolve()).then(run, run);
    const settled = result.catch(() => undefined);
    this.evaluating.set(key, settled);
    void settled.then(() => this.evaluating.get(key) === settled && this.evaluating.delete(key));
    return result;
  }

  private async evaluateNow(
    userId: string,
    labId: string,
    env: CheckTarget,
    explicit: boolean,
  ): Promise<{ events: ProgressEvent[]; allDone: boolean }> {
    const lab = this.course.findLab(labId);
    const done = await this.passedSteps(userId, labId);
    const events: ProgressEvent[] = [];
    const outcomes = await env.checkSteps(lab, done);
    for (const { step, evaluation, current } of outcomes) {
      const key = resultKey(userId, labId, step.id);
      const same = sameEvaluation(this.lastResults.get(key), evaluation);
      this.lastResults.set(key, evaluation);
      // A failure is announced on the step the student is on, when they asked or when it reads differently: each
      // announcement reloads the student's lab page and the dashboards' row, and most commands change neither.
      if (!evaluation.passed && (!current || (same && !explicit))) continue;
      const completed = await record(this.db, userId, labId, step.id, evaluation.passed, explicit && current);
      if (evaluation.passed) done.add(step.id);
      const event = { userId, labId, stepId: step.id, passed: evaluation.passed, completed, evaluation };
      events.push(event);
      for (const l of this.listeners) {
        try {
          l(event);
        } catch (err) {
          this.onError(err, 'listener');
        }
      }
    }
    await this.reportCompletions(userId, lab, done, events);
    return { events, allDone: outcomes.every((o) => o.evaluation.passed) };
  }

  /** The lab's passed steps: remembered while its environment is registered, else read from the database. */
  private passedSteps(userId: string, labId: string): Promise<Set<string>> {
    const key = envKey(userId, labId);
    const known = this.passed.get(key);
    if (known) return known;
    const read = passedStepIds(this.db, userId, labId);
    if (this.registrations.has(key)) {
      this.passed.set(key, read);
      // A failed read is not remembered: the next check reads again.
      read.catch(() => this.passed.get(key) === read && this.passed.delete(key));
    }
    return read;
  }

  /** First passes become activities, and the lab's completion when its last step was among them. */
  private async reportCompletions(
    userId: string,
    lab: Lab,
    /** The steps passed so far, those of `events` included. */
    passed: ReadonlySet<string>,
    events: ProgressEvent[],
  ): Promise<void> {
    const completed = events.filter((e) => e.completed);
    if (!this.activity || completed.length === 0) return;
    const at = new Date();
    const activities: ActivityEvent[] = completed.map((e) => ({
      kind: 'step_passed',
      userId,
      labId: lab.id,
      stepId: e.stepId,
      at,
    }));
    if (lab.steps.every((s) => passed.has(s.id))) activities.push({ kind: 'lab_completed', userId, labId: lab.id, at });
    await this.activity.record(activities).catch((err: unknown) => this.onError(err, 'activity'));
  }

  /** "Check my work": evaluates the lab's current step against the caller's live environment. */
  async checkStep(actor: Actor, labId: string): Promise<LabView> {
    await authorizeOwnWork(this.db, actor, 'use');
    this.course.findLab(labId);
    const env = this.environments.get(envKey(actor.id, labId));
    if (!env)
      throw new ConflictError(
        'Your environment for this lab is not running: open the lab so its terminal starts, then check again.',
      );
    await this.evaluate(actor.id, labId, env, true);
    return this.getLab(actor, labId);
  }

  /**
   * Call after every command a student's shell finishes (and when a sandbox is created or restored). Checks run
   * debounced; a failing check is retried a few times in the following half-minute, so a step turns green when
   * its pods become Ready.
   */
  commandFinished(userId: string, labId: string, env: Environment): void {
    if (!this.course.hasLab(labId)) return;
    const key = envKey(userId, labId);
    const target = targetOf(env);
    this.environments.set(key, target);
    this.schedule(userId, labId, target, this.delaysMs);
  }

  /**
   * Checks after each delay in turn while a step is open; after the last one, keeps watching: every
   * `recheckMs`, the open steps are checked again if the cluster changed meanwhile (a node evicting its pods
   * minutes later, a rollout finishing while the student reads on), until every step is done or the sandbox goes.
   * A look that finds the cluster still at version `seen` (-1: unknown, as after a command) skips the checks: what they read
   * besides the cluster (the commands run, the files) changes only with a command, which starts over.
   */
  private schedule(userId: string, labId: string, env: CheckTarget, delays: readonly number[], seen = -1): void {
    const key = envKey(userId, labId);
    this.clearTimer(key);
    const [first, ...rest] = delays;
    const t = setTimeout(() => {
      this.timers.delete(key);
      if (this.environments.get(key) !== env) return;
      const check = async () => {
        const version = await env.version();
        const next = rest.map((d) => d - (first ?? 0));
        if (version === seen) return this.schedule(userId, labId, env, next, seen);
        const { allDone } = await this.evaluateOpenSteps(userId, labId, env, false);
        if (!allDone && this.environments.get(key) === env) this.schedule(userId, labId, env, next, version);
      };
      check().catch((err: unknown) => {
        this.onError(err, 'automatic check');
        // Failed (the database busy or away, the sandbox's worker restarting): tried again later, never dropped, or
        // a step the student did would wait for their next command. -1: checked whether the cluster moved or not.
        if (this.environments.get(key) === env && !this.timers.has(key))
          this.schedule(
            userId,
            labId,
            env,
            rest.map((d) => d - (first ?? 0)),
            -1,
          );
      });
    }, first ?? this.recheckMs);
    t.unref();
    this.timers.set(key, t);
  }

  private clearTimer(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  /** One call per live sandbox: registers it for checks and checks after each command. Returns the unsubscribe. */
  watchSandbox(userId: string, labId: string, sandbox: SandboxLike, user = 'student'): () => void {
    const env = checkEnvironment(sandbox.cluster, sandbox.shell, user);
    const release = this.register(userId, labId, env);
    const off = sandbox.shell.onCommand(() => this.commandFinished(userId, labId, env));
    return () => {
      off();
      release();
    };
  }

  /**
   * Registers a live environment (a sandbox in a worker thread comes as a CheckTarget) for "Check my work" and
   * looks at its open steps at once: a restored cluster may have moved on while the student was away (pods
   * evicted, a rollout finished). Returns the function that forgets it.
   */
  register(userId: string, labId: string, env: Environment): () => void {
    const key = envKey(userId, labId);
    const target = targetOf(env);
    const registration = {};
    this.registrations.set(key, registration);
    this.environments.set(key, target);
    if (this.course.hasLab(labId)) this.schedule(userId, labId, target, []);
    return () => {
      // A newer registration (the sandbox reopened) stays.
      if (this.registrations.get(key) !== registration) return;
      this.registrations.delete(key);
      this.passed.delete(key);
      this.clearTimer(key);
      this.environments.delete(key);
    };
  }

  /** Drops the remembered check results of a lab (it was reset: they describe a cluster that is gone). */
  forgetResults(userId: string, labId: string): void {
    const prefix = resultKey(userId, labId, '');
    for (const key of [...this.lastResults.keys()]) if (key.startsWith(prefix)) this.lastResults.delete(key);
  }

  /** Shutdown hook: no automatic check may start after the database is closed. */
  stop(): void {
    for (const key of [...this.timers.keys()]) this.clearTimer(key);
  }

  /** Reveals the next hint of a step (recorded, so instructors can weigh hints in scores). */
  async revealHint(
    actor: Actor,
    labId: string,
    stepId: string,
  ): Promise<{ index: number; hint: string; remaining: number }> {
    await authorizeOwnWork(this.db, actor, 'use');
    const step = findStep(this.course.findLab(labId), stepId);
    const shown = await this.db.$transaction(async (tx) => {
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
    await this.activity
      ?.record([{ kind: 'hint_revealed', userId: actor.id, labId, stepId, index: shown.index }])
      .catch((err: unknown) => this.onError(err, 'activity'));
    return shown;
  }

  /** The reference solution of a step, once the step passed or enough checks failed. */
  async revealSolution(actor: Actor, labId: string, stepId: string): Promise<{ solution: string[] }> {
    await authorizeOwnWork(this.db, actor, 'use');
    const lab = this.course.findLab(labId);
    const step = findStep(lab, stepId);
    const row = (await stepRows(this.db, actor.id, labId)).get(`${labId}/${stepId}`);
    const view = this.stepView(actor.id, lab, step, row);
    if (!view.solution) {
      const left = lab.solutionAfterFailedChecks - view.failedChecks;
      throw new ConflictError(`The solution unlocks after ${left} more failed check${left === 1 ? '' : 's'}.`);
    }
    await this.activity
      ?.record([{ kind: 'solution_revealed', userId: actor.id, labId, stepId }])
      .catch((err: unknown) => this.onError(err, 'activity'));
    return { solution: view.solution };
  }

  /** A lab's score is its steps passed; attempts and hints are reported beside it. */
  async labScoresOf(actor: Actor, userId = actor.id): Promise<LabScore[]> {
    await authorizeOwnWork(this.db, actor, 'read', userId);
    const rows = await stepRows(this.db, userId);
    return this.course.labs.map((lab) => {
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
}
