/**
 * The activity feed: one line per real event of a student (a step passed, a lab completed, a quiz submitted, a hint
 * or solution revealed, flagged as needing help). Written to the database once, whoever reports it and however
 * often (each event has a unique key), then told to listeners (the dashboards) with exactly the rows written.
 * A failed automatic check is never an activity.
 */
import type { Db } from '../db/client.js';
import { existingDedupeKeys, insertActivities, type NewActivityRow } from '../db/activities.js';
import type { Activity } from '../db/types.js';

import type { ActivityKind, ActivityLine } from './dashboardTypes.js';

export type ActivityEvent =
  | { kind: 'step_passed'; userId: string; labId: string; stepId: string; at: Date }
  | { kind: 'lab_completed'; userId: string; labId: string; at: Date }
  | { kind: 'quiz_submitted'; userId: string; quizId: string; attemptId: string; score: number; maxScore: number }
  | { kind: 'hint_revealed'; userId: string; labId: string; stepId: string; index: number }
  | { kind: 'solution_revealed'; userId: string; labId: string; stepId: string }
  | {
      kind: 'flagged';
      userId: string;
      cohortId: string;
      labId: string;
      stepId: string;
      reason: 'failed_checks' | 'idle';
      /** Distinguishes a new episode after the instructor cleared the last flag on this step. */
      episode: number;
    };

function rowOf(e: ActivityEvent): NewActivityRow {
  switch (e.kind) {
    case 'step_passed':
      return { ...base(e, e.labId, e.stepId), createdAt: e.at, dedupeKey: `step:${e.userId}:${e.labId}:${e.stepId}` };
    case 'lab_completed':
      return { ...base(e, e.labId, null), createdAt: e.at, dedupeKey: `lab:${e.userId}:${e.labId}` };
    case 'quiz_submitted':
      return {
        userId: e.userId,
        kind: e.kind,
        quizId: e.quizId,
        detail: { score: e.score, maxScore: e.maxScore },
        dedupeKey: `quiz:${e.attemptId}`,
      };
    case 'hint_revealed':
      return {
        ...base(e, e.labId, e.stepId),
        detail: { index: e.index },
        dedupeKey: `hint:${e.userId}:${e.labId}:${e.stepId}:${e.index}`,
      };
    case 'solution_revealed':
      return { ...base(e, e.labId, e.stepId), dedupeKey: `solution:${e.userId}:${e.labId}:${e.stepId}` };
    case 'flagged':
      return {
        ...base(e, e.labId, e.stepId),
        cohortId: e.cohortId,
        detail: { reason: e.reason },
        dedupeKey: `flag:${e.cohortId}:${e.userId}:${e.labId}:${e.stepId}:${e.episode}`,
      };
  }
}

/** A stored row as a feed line (the kind column is written only from the typed events above). */
export function activityLine(a: Activity): ActivityLine {
  const raw = a.detail;
  const detail: ActivityLine['detail'] = {};
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw))
    for (const [k, v] of Object.entries(raw))
      if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') detail[k] = v;
  return {
    id: a.id,
    at: a.createdAt.toISOString(),
    studentId: a.userId,
    kind: a.kind as ActivityKind,
    labId: a.labId,
    stepId: a.stepId,
    quizId: a.quizId,
    cohortId: a.cohortId,
    detail,
  };
}

function base(e: ActivityEvent, labId: string, stepId: string | null) {
  return { userId: e.userId, kind: e.kind, labId, stepId };
}

type ActivityListener = (written: ActivityLine[]) => void;

/** What progress, quizzes and the dashboard call to report events. */
export interface ActivityRecorder {
  record(events: ActivityEvent[]): Promise<Activity[]>;
  recordNew(events: ActivityEvent[]): Promise<Activity[]>;
}

export class ActivityService implements ActivityRecorder {
  private readonly listeners = new Set<ActivityListener>();

  constructor(
    private readonly db: Db,
    private readonly onError: (err: unknown, context: string) => void,
  ) {}

  /** The dashboards' gateway subscribes here; it hears each written row once. */
  onActivity(listener: ActivityListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async record(events: ActivityEvent[]): Promise<Activity[]> {
    return this.write(events.map(rowOf));
  }

  /** Like `record`, for events reported again and again (flags seen on every read): known ones cost one lookup. */
  async recordNew(events: ActivityEvent[]): Promise<Activity[]> {
    const rows = events.map(rowOf);
    const known = await existingDedupeKeys(
      this.db,
      rows.map((r) => r.dedupeKey),
    );
    return this.write(rows.filter((r) => !known.has(r.dedupeKey)));
  }

  private async write(rows: NewActivityRow[]): Promise<Activity[]> {
    const written = await insertActivities(this.db, rows);
    if (written.length === 0) return written;
    const lines = written.map(activityLine);
    for (const l of this.listeners) {
      try {
        l(lines);
      } catch (err) {
        this.onError(err, 'activity listener');
      }
    }
    return written;
  }
}
