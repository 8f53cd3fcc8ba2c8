// The activity feed's rows: written once per event (the dedupe key is unique), read newest first per cohort.
import type { PrismaClient } from './client.js';
import type { Activity } from './types.js';

export interface NewActivityRow {
  userId: string;
  kind: string;
  labId?: string | null;
  stepId?: string | null;
  quizId?: string | null;
  cohortId?: string | null;
  detail?: Record<string, string | number | boolean | null>;
  dedupeKey: string;
  createdAt?: Date;
}

/** Inserts the events not written before; returns only the rows this call wrote. */
export function insertActivities(db: PrismaClient, rows: NewActivityRow[]): Promise<Activity[]> {
  if (rows.length === 0) return Promise.resolve([]);
  return db.activity.createManyAndReturn({ data: rows, skipDuplicates: true });
}

/** Which of these events are written already (so a read that sees 200 flags does not rewrite them every time). */
export async function existingDedupeKeys(db: PrismaClient, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.$queryRaw<{ key: string }[]>`
    SELECT dedupe_key AS key FROM activities WHERE dedupe_key = ANY(${keys}::text[])`;
  return new Set(rows.map((r) => r.key));
}

/**
 * A page of a cohort's feed, newest first: the events of its students (those of another cohort's flags
 * excepted). `before` is the id of the last row of the previous page.
 */
export async function listCohortActivities(
  db: PrismaClient,
  cohortId: string,
  page: { limit: number; before?: string | undefined },
): Promise<Activity[]> {
  return db.activity.findMany({
    where: {
      user: { enrolments: { some: { cohortId } } },
      OR: [{ cohortId: null }, { cohortId }],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: page.limit,
    ...(page.before ? { cursor: { id: page.before }, skip: 1 } : {}),
  });
}
