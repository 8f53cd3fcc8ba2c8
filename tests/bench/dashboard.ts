/**
 * The cohort dashboard's server time: the board of a 500-student cohort (every student somewhere in the course, with
 * steps, failed checks, hints, quiz attempts and lab sessions), and one live batch of 20 students' rows. Medians
 * after warm-up runs, against a database of its own.
 */
import { ActivityService } from '../../server/src/services/activity';
import { Course } from '../../server/src/services/course';
import { DashboardService } from '../../server/src/services/dashboard';
import { createTestDatabase } from '../support/db';
import type { Figure } from './sim';

const STUDENTS = 500;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

export async function benchDashboard(log: (line: string) => void = () => undefined): Promise<Figure[]> {
  const db = await createTestDatabase();
  try {
    const prisma = db.prisma;
    const course = Course.load();
    const admin = await prisma.user.create({
      data: { email: 'admin@example.com', name: 'Admin', role: 'admin', passwordHash: 'not-a-hash' },
    });
    const cohort = await prisma.cohort.create({ data: { name: 'Bench cohort', joinCode: 'BNCH-0001' } });
    const users = await prisma.user.createManyAndReturn({
      data: Array.from({ length: STUDENTS }, (_, i) => ({
        email: `student-${i}@example.com`,
        name: `Student ${String(i).padStart(3, '0')}`,
        role: 'student' as const,
        passwordHash: 'not-a-hash',
      })),
      select: { id: true },
    });
    await prisma.enrolment.createMany({ data: users.map((u) => ({ cohortId: cohort.id, userId: u.id })) });
    const now = Date.now();
    const steps: { userId: string; labId: string; stepId: string; attempts: number; firstPassedAt: Date | null }[] = [];
    const sessions: { userId: string; labId: string; lastActiveAt: Date }[] = [];
    const hints: { userId: string; labId: string; stepId: string; hintIndex: number }[] = [];
    const attempts: { userId: string; quizId: string; answers: object; score: number; maxScore: number }[] = [];
    users.forEach((u, i) => {
      // Student i has finished (i mod the course) labs and is part-way through the next one.
      const done = i % course.labs.length;
      course.labs.slice(0, done + 1).forEach((lab, l) => {
        sessions.push({ userId: u.id, labId: lab.id, lastActiveAt: new Date(now - (done - l + 1) * 60_000) });
        const passedHere = l < done ? lab.steps.length : i % lab.steps.length;
        lab.steps.forEach((step, s) => {
          if (s < passedHere)
            steps.push({
              userId: u.id,
              labId: lab.id,
              stepId: step.id,
              attempts: 1 + (s % 2),
              firstPassedAt: new Date(now - 3_600_000 + s),
            });
          else if (s === passedHere) {
            steps.push({ userId: u.id, labId: lab.id, stepId: step.id, attempts: i % 5, firstPassedAt: null });
            if (i % 3 === 0) hints.push({ userId: u.id, labId: lab.id, stepId: step.id, hintIndex: 0 });
          }
        });
      });
      for (const quiz of course.quizzes.slice(0, done))
        attempts.push({ userId: u.id, quizId: quiz.id, answers: {}, score: i % 7, maxScore: 7 });
    });
    await prisma.stepCompletion.createMany({ data: steps });
    await prisma.labSession.createMany({ data: sessions });
    await prisma.hintReveal.createMany({ data: hints });
    await prisma.quizAttempt.createMany({ data: attempts });
    log(`dashboard bench: ${STUDENTS} students, ${steps.length} checked steps, ${sessions.length} lab sessions`);

    const dashboard = new DashboardService(prisma, course, new ActivityService(prisma, () => undefined));
    const actor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role };
    const time = async (runs: number, fn: () => Promise<unknown>) => {
      const out: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await fn();
        out.push(performance.now() - t0);
      }
      return out;
    };
    const board = () => dashboard.board(actor, cohort.id);
    const first = await board();
    if (first.students.length !== STUDENTS) throw new Error(`the board has ${first.students.length} students`);
    await time(5, board);
    const full = median(await time(15, board));
    const some = users.slice(0, 20).map((u) => u.id);
    await time(5, () => dashboard.rowsOf(cohort.id, some));
    const batch = median(await time(15, () => dashboard.rowsOf(cohort.id, some)));
    return [
      { name: 'dashboard.cohort500_ms', value: full, unit: 'ms' },
      { name: 'dashboard.rows20_ms', value: batch, unit: 'ms' },
    ];
  } finally {
    await db.drop();
  }
}
