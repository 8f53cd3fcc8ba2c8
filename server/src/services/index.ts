/**
 * The services a server runs on, built once by the composition root (main.ts; tests build their own) and passed
 * down to the HTTP routes, the socket gateways and the sandbox factory. Nothing in services/ keeps module state:
 * what has state or settings is one of these objects, and the database is passed in, never looked up.
 */
import type { Db } from '../db/client.js';
import type { Actor } from './actor.js';
import { AccessEvents } from './accessEvents.js';
import { ActivityService } from './activity.js';
import { regenerateJoinCode, removeMember, setArchived, setLabDueDate, updateHelpSettings } from './cohortAdmin.js';
import { DashboardService } from './dashboard.js';
import { listAudit } from './audit.js';
import { AuthService } from './auth.js';
import type { Course } from './course.js';
import {
  addGrader,
  addInstructor,
  createCohort,
  enrolStudent,
  findCohortByReference,
  getCohort,
  joinCohort,
  listMyCohorts,
} from './cohorts.js';
import { databaseReachable } from './health.js';
import { LabResetService } from './labReset.js';
import { ApiTokenService } from './apiTokens.js';
import { KubeApiService, type KubeApiLimits } from './kubeApi.js';
import { exportGrades } from './gradeExport.js';
import { getGradingSettings, gradebook, updateGradingSettings } from './grades.js';
import { ProgressService } from './progress.js';
import { QuizService } from './quizzes.js';
import { createSandboxAccess } from './sandboxesAccess.js';
import { createDbSandboxStore, type DbSandboxStore, type StoreLeases } from './sandboxesStore.js';
import { cohortDashboard, exportScores, exportScoresCsv, type ExportInput } from './scores.js';
import { SessionService } from './sessions.js';
import { createUser, getUser, listUsers, updateUser, type UpdateUserInput } from './users.js';

type DbFunction = (db: Db, ...args: never[]) => unknown;
type WithoutDb<F> = F extends (db: Db, ...args: infer A) => infer R ? (...args: A) => R : never;
/** A group of use cases written as functions of the database, with the server's database given. */
export type Bound<M extends Record<string, DbFunction>> = { readonly [K in keyof M]: WithoutDb<M[K]> };

export function bindDb<M extends Record<string, DbFunction>>(db: Db, fns: M): Bound<M> {
  const bound = Object.entries(fns).map(([name, fn]) => [name, (...args: never[]) => fn(db, ...args)]);
  return Object.fromEntries(bound) as Bound<M>;
}

function createUseCases(db: Db, course: Course, accessEvents: AccessEvents) {
  return {
    users: {
      ...bindDb(db, { createUser, getUser, listUsers }),
      updateUser: (actor: Actor, input: UpdateUserInput) => updateUser(db, actor, input, accessEvents),
    },
    cohorts: bindDb(db, {
      addGrader,
      addInstructor,
      createCohort,
      enrolStudent,
      findCohortByReference,
      getCohort,
      joinCohort,
      listMyCohorts,
      regenerateJoinCode,
      removeMember,
      setArchived,
      updateHelpSettings,
    }),
    cohortDueDates: {
      setLabDueDate: (actor: Actor, input: Parameters<typeof setLabDueDate>[3]) =>
        setLabDueDate(db, course, actor, input),
    },
    scores: {
      cohortDashboard: (actor: Actor, input: { cohortId: string }) => cohortDashboard(db, course, actor, input),
      exportScores: (actor: Actor, input: ExportInput & { format: 'csv' | 'json' }) =>
        exportScores(db, course, actor, input),
      exportScoresCsv: (actor: Actor, input: ExportInput) => exportScoresCsv(db, course, actor, input),
    },
    grades: {
      ...bindDb(db, { getGradingSettings }),
      gradebook: (actor: Actor, input: { cohortId: string }) => gradebook(db, course, actor, input),
      updateGradingSettings: (actor: Actor, input: Parameters<typeof updateGradingSettings>[3]) =>
        updateGradingSettings(db, course, actor, input),
      exportGrades: (actor: Actor, input: Parameters<typeof exportGrades>[3]) => exportGrades(db, course, actor, input),
    },
    audit: bindDb(db, { listAudit }),
    health: bindDb(db, { databaseReachable }),
  };
}

export type Services = ReturnType<typeof createUseCases> & {
  course: Course;
  sessions: SessionService;
  auth: AuthService;
  progress: ProgressService;
  quizzes: QuizService;
  /** Graders' API tokens for scripted exports. */
  apiTokens: ApiTokenService;
  /** The activity feed: progress, quizzes and flags write it; the dashboards' gateway listens. */
  activity: ActivityService;
  dashboard: DashboardService;
  /** Who may open, watch and follow sandboxes (the realtime gateways' questions). */
  access: ReturnType<typeof createSandboxAccess>;
  /** Logouts and role changes, for the socket gateways to close what they no longer allow. */
  accessEvents: AccessEvents;
  /** Where the sandbox manager keeps snapshots. */
  sandboxStore: DbSandboxStore;
  /** Lab resets (main.ts hands it the sandbox manager). */
  labResets: LabResetService;
  /** Students' own kubectl on their sandboxes: kubeconfigs and the API's limits (main.ts hands it the sandboxes). */
  kubeApi: KubeApiService;
};

export interface ServicesDeps {
  db: Db;
  course: Course;
  sessions: { secret: string; ttlHours: number };
  /** Errors of background work that must reach an operator. */
  onError: (err: unknown, context: string) => void;
  /** Automatic-check timing (tests shorten it). */
  progress?: { debounceMs?: number; followUpsMs?: readonly number[]; recheckMs?: number };
  /** Limits per kubeconfig on the Kubernetes API (config's KUBE_API_*). */
  kubeApi?: KubeApiLimits;
  /** Ownership leases of live labs (main.ts; tests without them open labs by raising the epoch alone). */
  sandboxLeases?: StoreLeases;
}

export function createServices(deps: ServicesDeps): Services {
  const { db, course } = deps;
  const sessions = new SessionService(db, deps.sessions);
  const accessEvents = new AccessEvents(deps.onError);
  const activity = new ActivityService(db, deps.onError);
  const progress = new ProgressService({ db, course, onError: deps.onError, activity, ...deps.progress });
  const sandboxStore = createDbSandboxStore(db, { leases: deps.sandboxLeases });
  const access = createSandboxAccess({
    db,
    authenticate: (token) => sessions.find(token),
    labExists: (labId) => course.hasLab(labId),
  });
  return {
    ...createUseCases(db, course, accessEvents),
    course,
    sessions,
    accessEvents,
    auth: new AuthService(db, sessions, accessEvents),
    progress,
    quizzes: new QuizService(db, course, activity),
    apiTokens: new ApiTokenService(db, (token) => sessions.sessionIdOf(token)),
    activity,
    dashboard: new DashboardService(db, course, activity),
    access,
    sandboxStore,
    kubeApi: new KubeApiService(
      db,
      (secret) => sessions.sessionIdOf(secret),
      (actor, labId) => access.canUseLab(actor, labId),
      deps.kubeApi ?? {
        requestsPerSecond: 20,
        watches: 10,
        watchMs: 30 * 60_000,
        streams: 5,
        streamIdleMs: 15 * 60_000,
      },
    ),
    labResets: new LabResetService({
      db,
      course,
      progress,
      sandboxes: { reset: (userId, labId) => sandboxStore.delete(userId, labId) },
    }),
  };
}
