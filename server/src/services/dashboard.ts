/**
 * The cohort dashboard: one row per student (labs passed, quiz scores, current lab and step, online, time on the
 * step, hints, failed checks, the "needs help" flag), the steps of one lab on demand, the activity feed, a student's
 * drill-down, and clearing a flag. Rows are computed in a few set-based queries so a 500-student cohort renders in
 * one pass; the realtime gateway asks for the rows of the students who just changed.
 */
import type { Db } from '../db/client.js';
import { listCohortActivities } from '../db/activities.js';
import { listEnrolledStudents } from '../db/cohorts.js';
import {
  commandHistoriesOf,
  currentLabsOf,
  enrolledAmong,
  hintCountsOf,
  labTotalsOf,
  stepsOfPairs,
  type CurrentStepRow,
} from '../db/dashboard.js';
import { quizBestOf } from '../db/scores.js';
import { answersSchema } from '../labs/quizFormat.js';
import type {
  ActivityLine,
  CohortBoard,
  FlagReason,
  HelpSettings,
  StepCell,
  StudentDetail,
  StudentLabCell,
  StudentRow,
} from './dashboardTypes.js';

export type * from './dashboardTypes.js';
import { activityLine, type ActivityEvent, type ActivityRecorder } from './activity.js';
import type { Actor, RequestContext } from './actor.js';
import { recordAudit } from './audit.js';
import type { Course } from './course.js';
import { ConflictError, NotFoundError } from './errors.js';
import { authorize, can } from './policies.js';
import { auditActorId } from './system.js';
import { loadCohortTarget } from './targets.js';

/** Who has a terminal open right now (the sandbox manager's `online()`). */
export type PresenceSource = () => readonly { userId: string; labId: string }[];

/** Commands shown per lab in a drill-down: the most recent ones. */
const MAX_COMMANDS = 500;

interface CohortContext {
  id: string;
  help: HelpSettings;
  dueDates: Map<string, Date>;
  clears: Map<string, { failedChecks: number; clearedAt: Date }>;
}

const clearKey = (userId: string, labId: string, stepId: string) => `${userId}\u0000${labId}\u0000${stepId}`;

export class DashboardService {
  private presence: PresenceSource = () => [];

  constructor(
    private readonly db: Db,
    private readonly course: Course,
    private readonly activity: ActivityRecorder,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** main.ts connects the sandbox manager once it exists (it is built after the services). */
  usePresence(source: PresenceSource): void {
    this.presence = source;
  }

  async board(actor: Actor, cohortId: string): Promise<CohortBoard> {
    const { cohort, target } = await loadCohortTarget(this.db, actor, cohortId);
    authorize(actor, 'viewDashboard', target);
    const [ctx, students] = await Promise.all([this.context(cohortId), listEnrolledStudents(this.db, cohortId)]);
    return {
      cohort: {
        id: cohort.id,
        name: cohort.name,
        course: cohort.course,
        archivedAt: iso(cohort.archivedAt),
        joinCode: can(actor, 'viewJoinCode', target) ? cohort.joinCode : null,
        help: ctx.help,
      },
      labs: this.course.labs.map((lab) => ({
        id: lab.id,
        title: lab.title,
        chapterTitle: this.course.chapterTitle(lab.chapter),
        steps: lab.steps.map((s) => ({ id: s.id, title: s.title })),
        dueAt: iso(ctx.dueDates.get(lab.id) ?? null),
      })),
      quizzes: this.course.quizzes.map((q) => ({
        id: q.id,
        title: q.title,
        chapterTitle: this.course.chapterTitle(q.chapter),
      })),
      students: await this.rows(ctx, students),
    };
  }

  /** Fresh rows of some students of a cohort (the live updates); students no longer enrolled are left out. */
  async rowsOf(cohortId: string, userIds: readonly string[]): Promise<StudentRow[]> {
    const [ctx, students] = await Promise.all([this.context(cohortId), enrolledAmong(this.db, cohortId, userIds)]);
    return this.rows(ctx, students);
  }

  private async context(cohortId: string): Promise<CohortContext> {
    const [cohort, dueDates, clears] = await Promise.all([
      this.db.cohort.findUnique({
        where: { id: cohortId },
        select: { helpFailedChecks: true, helpIdleMinutes: true },
      }),
      this.db.labDueDate.findMany({ where: { cohortId } }),
      this.db.helpFlagClear.findMany({ where: { cohortId } }),
    ]);
    if (!cohort) throw new NotFoundError('Cohort');
    return {
      id: cohortId,
      help: { failedChecks: cohort.helpFailedChecks, idleMinutes: cohort.helpIdleMinutes },
      dueDates: new Map(dueDates.map((d) => [d.labId, d.dueAt])),
      clears: new Map(clears.map((c) => [clearKey(c.userId, c.labId, c.stepId), c])),
    };
  }

  private async rows(ctx: CohortContext, students: { id: string; name: string; email: string }[]) {
    const ids = students.map((s) => s.id);
    const [totals, saved, hints, quizzes] = await Promise.all([
      labTotalsOf(this.db, ids),
      currentLabsOf(this.db, ids),
      hintCountsOf(this.db, ids),
      quizBestOf(this.db, ids),
    ]);
    // A lab open right now is the current one, even before its first save.
    const presence = new Map(this.presence().map((p) => [p.userId, p.labId]));
    const currentBy = new Map(saved.map((c) => [c.userId, c]));
    const wanted = new Set(ids);
    for (const [userId, labId] of presence) {
      if (wanted.has(userId) && currentBy.get(userId)?.labId !== labId)
        currentBy.set(userId, { userId, labId, openedAt: this.now(), lastActiveAt: this.now() });
    }
    const steps = await stepsOfPairs(this.db, [...currentBy.values()]);
    const online = new Set(presence.keys());
    const group = <T extends { userId: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const r of rows) {
        const list = map.get(r.userId);
        if (list) list.push(r);
        else map.set(r.userId, [r]);
      }
      return map;
    };
    const totalsBy = group(totals);
    const stepsBy = group(steps);
    const quizzesBy = group(quizzes);
    const now = this.now().getTime();
    const out = students.map((s): StudentRow => {
      const cur = currentBy.get(s.id);
      const labs = (totalsBy.get(s.id) ?? []).flatMap((t): StudentLabCell[] => {
        if (!this.course.hasLab(t.labId)) return [];
        const total = this.course.findLab(t.labId).steps.length;
        const completedAt = t.passed >= total ? t.lastPassedAt : null;
        const due = ctx.dueDates.get(t.labId);
        return [
          {
            labId: t.labId,
            passed: t.passed,
            total,
            completedAt: iso(completedAt),
            late: Boolean(completedAt && due && completedAt > due),
          },
        ];
      });
      const where = cur && this.course.hasLab(cur.labId) ? this.currentStep(cur, stepsBy.get(s.id) ?? []) : null;
      const isOnline = online.has(s.id);
      return {
        id: s.id,
        name: s.name,
        email: s.email,
        online: isOnline,
        currentLabId: cur?.labId ?? null,
        currentStepId: where?.stepId ?? null,
        stepStartedAt: iso(where?.startedAt ?? null),
        lastActiveAt: iso(cur?.lastActiveAt ?? null),
        hintsUsed: hints.get(s.id) ?? 0,
        failedChecks: where?.failedChecks ?? 0,
        labs,
        quizzes: (quizzesBy.get(s.id) ?? [])
          .filter((q) => this.course.hasQuiz(q.quizId))
          .map((q) => ({ quizId: q.quizId, score: q.bestScore, maxScore: q.maxScore, attempts: q.attempts })),
        flag: cur && where ? this.flagOf(ctx, s.id, cur.labId, where, isOnline, now) : null,
      };
    });
    await this.recordFlags(ctx, out);
    return out;
  }

  /** The first step of the lab not passed yet, when it began and how many checks of it failed. */
  private currentStep(cur: { labId: string; openedAt: Date }, rows: CurrentStepRow[]) {
    const lab = this.course.findLab(cur.labId);
    const byStep = new Map(rows.map((r) => [r.stepId, r]));
    let startedAt = cur.openedAt;
    for (const step of lab.steps) {
      const row = byStep.get(step.id);
      if (row?.firstPassedAt) {
        if (row.firstPassedAt > startedAt) startedAt = row.firstPassedAt;
        continue;
      }
      return { stepId: step.id, startedAt, failedChecks: row?.attempts ?? 0 };
    }
    return null;
  }

  private flagOf(
    ctx: CohortContext,
    userId: string,
    labId: string,
    where: { stepId: string; startedAt: Date; failedChecks: number },
    online: boolean,
    now: number,
  ): StudentRow['flag'] {
    const clear = ctx.clears.get(clearKey(userId, labId, where.stepId));
    const failedSince = where.failedChecks - (clear?.failedChecks ?? 0);
    const quietSince = Math.max(where.startedAt.getTime(), clear?.clearedAt.getTime() ?? 0);
    const reason: FlagReason | null =
      failedSince >= ctx.help.failedChecks
        ? 'failed_checks'
        : online && now - quietSince >= ctx.help.idleMinutes * 60_000
          ? 'idle'
          : null;
    return reason ? { labId, stepId: where.stepId, reason } : null;
  }

  /** A flag is an event of the feed once per episode (a cleared flag that comes back is a new one). */
  private async recordFlags(ctx: CohortContext, rows: StudentRow[]): Promise<void> {
    const events: ActivityEvent[] = rows.flatMap((r) =>
      r.flag
        ? [
            {
              kind: 'flagged' as const,
              userId: r.id,
              cohortId: ctx.id,
              labId: r.flag.labId,
              stepId: r.flag.stepId,
              reason: r.flag.reason,
              episode: ctx.clears.get(clearKey(r.id, r.flag.labId, r.flag.stepId))?.clearedAt.getTime() ?? 0,
            },
          ]
        : [],
    );
    if (events.length > 0) await this.activity.recordNew(events);
  }

  /** Every student's state on each step of one lab (the matrix's "steps on demand"). */
  async labSteps(actor: Actor, cohortId: string, labId: string): Promise<StepCell[]> {
    const { target } = await loadCohortTarget(this.db, actor, cohortId);
    authorize(actor, 'viewDashboard', target);
    this.course.findLab(labId);
    const rows = await this.db.stepCompletion.findMany({
      where: { labId, user: { enrolments: { some: { cohortId } } } },
      select: { userId: true, stepId: true, attempts: true, firstPassedAt: true },
    });
    return rows.map((r) => ({
      studentId: r.userId,
      stepId: r.stepId,
      state: r.firstPassedAt ? 'passed' : r.attempts > 0 ? 'failed' : 'pending',
      attempts: r.attempts,
      passedAt: iso(r.firstPassedAt),
    }));
  }

  async feed(
    actor: Actor,
    cohortId: string,
    page: { limit: number; before?: string | undefined },
  ): Promise<ActivityLine[]> {
    const { target } = await loadCohortTarget(this.db, actor, cohortId);
    authorize(actor, 'viewDashboard', target);
    return (await listCohortActivities(this.db, cohortId, page)).map(activityLine);
  }

  async student(actor: Actor, cohortId: string, userId: string): Promise<StudentDetail> {
    const { target } = await loadCohortTarget(this.db, actor, cohortId);
    authorize(actor, 'viewDashboard', target);
    const enrolment = await this.db.enrolment.findUnique({
      where: { cohortId_userId: { cohortId, userId } },
      include: { user: { select: { id: true, name: true, email: true } } },
    });
    if (!enrolment) throw new NotFoundError('Student of this cohort');
    const [steps, hints, attempts, histories] = await Promise.all([
      this.db.stepCompletion.findMany({ where: { userId } }),
      this.db.hintReveal.groupBy({ by: ['labId', 'stepId'], where: { userId }, _count: { _all: true } }),
      this.db.quizAttempt.findMany({ where: { userId }, orderBy: { submittedAt: 'asc' } }),
      commandHistoriesOf(this.db, userId),
    ]);
    const stepOf = new Map(steps.map((s) => [`${s.labId}/${s.stepId}`, s]));
    const hintsOf = new Map(hints.map((h) => [`${h.labId}/${h.stepId}`, h._count._all]));
    const commandsOf = new Map(histories.map((h) => [h.labId, asCommands(h.commands)]));
    const touched = new Set([...steps.map((s) => s.labId), ...histories.map((h) => h.labId)]);
    return {
      student: enrolment.user,
      labs: this.course.labs
        .filter((lab) => touched.has(lab.id))
        .map((lab) => ({
          labId: lab.id,
          title: lab.title,
          steps: lab.steps.map((s) => {
            const row = stepOf.get(`${lab.id}/${s.id}`);
            return {
              id: s.id,
              title: s.title,
              attempts: row?.attempts ?? 0,
              hints: hintsOf.get(`${lab.id}/${s.id}`) ?? 0,
              passedAt: iso(row?.firstPassedAt ?? null),
            };
          }),
          commands: commandsOf.get(lab.id) ?? [],
        })),
      quizAttempts: attempts
        .filter((a) => this.course.hasQuiz(a.quizId))
        .map((a) => ({
          id: a.id,
          quizId: a.quizId,
          score: a.score,
          maxScore: a.maxScore,
          submittedAt: a.submittedAt.toISOString(),
          // Validated when submitted; a row from an older format shows as no answers rather than failing the page.
          answers: answersSchema.catch({}).parse(a.answers),
        })),
    };
  }

  /** The instructor saw to it: the flag goes until the student is stuck again (N more failed checks, M more minutes). */
  async clearFlag(
    actor: Actor,
    input: { cohortId: string; userId: string; context?: RequestContext },
  ): Promise<StudentRow> {
    const { target } = await loadCohortTarget(this.db, actor, input.cohortId);
    authorize(actor, 'manage', target);
    const [row] = await this.rowsOf(input.cohortId, [input.userId]);
    if (!row) throw new NotFoundError('Student of this cohort');
    if (!row.flag) throw new ConflictError(`${row.name} is not flagged as needing help.`);
    const { labId, stepId } = row.flag;
    const data = { failedChecks: row.failedChecks, clearedAt: this.now(), clearedBy: actor.id };
    await this.db.helpFlagClear.upsert({
      where: { cohortId_userId_labId_stepId: { cohortId: input.cohortId, userId: input.userId, labId, stepId } },
      create: { cohortId: input.cohortId, userId: input.userId, labId, stepId, ...data },
      update: data,
    });
    await recordAudit(this.db, {
      actorId: auditActorId(actor),
      action: 'dashboard.flag_cleared',
      target: { type: 'user', id: input.userId },
      context: input.context,
      detail: { cohortId: input.cohortId, labId, stepId },
    });
    const [fresh] = await this.rowsOf(input.cohortId, [input.userId]);
    return fresh ?? row;
  }
}

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

function asCommands(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const commands = value.filter((v): v is string => typeof v === 'string');
  return commands.slice(-MAX_COMMANDS);
}
