// Aggregates of students' progress (steps, hints, quizzes, lab activity) for dashboards and score exports.
import type { PrismaClient } from './client.js';

export interface LabProgressRow {
  userId: string;
  labId: string;
  stepsCompleted: number;
  checkAttempts: number;
  hintsRevealed: number;
  lastActiveAt: Date | null;
}

export interface QuizBestRow {
  userId: string;
  quizId: string;
  bestScore: number;
  maxScore: number;
  attempts: number;
  lastSubmittedAt: Date;
}

/** Per student and lab: steps passed, checks run, hints revealed, last terminal activity. */
export async function labProgressOf(db: PrismaClient, userIds: string[]): Promise<LabProgressRow[]> {
  if (userIds.length === 0) return [];
  const [steps, hints, sessions] = await Promise.all([
    db.stepCompletion.groupBy({
      by: ['userId', 'labId'],
      where: { userId: { in: userIds } },
      _count: { firstPassedAt: true },
      _sum: { attempts: true },
    }),
    db.hintReveal.groupBy({ by: ['userId', 'labId'], where: { userId: { in: userIds } }, _count: { _all: true } }),
    db.labSession.findMany({
      where: { userId: { in: userIds } },
      select: { userId: true, labId: true, lastActiveAt: true },
    }),
  ]);
  const rows = new Map<string, LabProgressRow>();
  const row = (userId: string, labId: string): LabProgressRow => {
    const key = `${userId}\u0000${labId}`;
    let r = rows.get(key);
    if (!r) {
      r = { userId, labId, stepsCompleted: 0, checkAttempts: 0, hintsRevealed: 0, lastActiveAt: null };
      rows.set(key, r);
    }
    return r;
  };
  for (const s of steps) {
    const r = row(s.userId, s.labId);
    r.stepsCompleted = s._count.firstPassedAt;
    r.checkAttempts = s._sum.attempts ?? 0;
  }
  for (const h of hints) row(h.userId, h.labId).hintsRevealed = h._count._all;
  for (const s of sessions) row(s.userId, s.labId).lastActiveAt = s.lastActiveAt;
  return [...rows.values()].sort((a, b) => a.userId.localeCompare(b.userId) || a.labId.localeCompare(b.labId));
}

/** Per student and quiz: the best score, its maximum, and how many attempts were submitted. */
export async function quizBestOf(db: PrismaClient, userIds: string[]): Promise<QuizBestRow[]> {
  if (userIds.length === 0) return [];
  const groups = await db.quizAttempt.groupBy({
    by: ['userId', 'quizId'],
    where: { userId: { in: userIds } },
    _max: { score: true, maxScore: true, submittedAt: true },
    _count: { _all: true },
    orderBy: [{ userId: 'asc' }, { quizId: 'asc' }],
  });
  return groups.map((g) => ({
    userId: g.userId,
    quizId: g.quizId,
    bestScore: g._max.score ?? 0,
    maxScore: g._max.maxScore ?? 0,
    attempts: g._count._all,
    lastSubmittedAt: g._max.submittedAt ?? new Date(0),
  }));
}
