/**
 * The grade export at scale: 10,000 students × the course's 16 labs and 8 quizzes (3 steps passed per lab, 2
 * attempts per quiz, a hint in every other lab), exported as CSV to a sink. Reports the wall time and how far
 * the process's resident memory rose above where it started (sampled at every chunk): the export reads
 * students a page at a time (prefetching the next), so the figure stays flat however large the cohort. A 50-student
 * export runs first, as a warm server would have run one.
 */
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Course } from '../../server/src/services/course';
import { exportGrades } from '../../server/src/services/gradeExport';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createTestDatabase } from '../support/db';
import { collectGarbage } from './gc';
import type { Figure } from './sim';

const STUDENTS = 10_000;

export async function benchExport(log: (line: string) => void = () => undefined): Promise<Figure[]> {
  const course = Course.load();
  const db = await createTestDatabase();
  try {
    log(`seeding ${STUDENTS} students, ${course.labs.length} labs, ${course.quizzes.length} quizzes`);
    const cohort = await db.prisma.cohort.create({ data: { name: 'Bench cohort', joinCode: 'BENCH-0001' } });
    const labs = course.labs.map((l) => l.id);
    const quizzes = course.quizzes.map((q) => q.id);
    await db.prisma.$executeRaw`
      INSERT INTO users (id, email, name, role, password_hash, updated_at)
      SELECT gen_random_uuid(), 'student' || i || '@example.org', 'Student ' || lpad(i::text, 5, '0'), 'student', 'x', now()
      FROM generate_series(1, ${STUDENTS}::int) i`;
    await db.prisma.$executeRaw`
      INSERT INTO enrolments (cohort_id, user_id) SELECT ${cohort.id}::uuid, id FROM users WHERE role = 'student'`;
    await db.prisma.$executeRaw`
      INSERT INTO step_completions (id, user_id, lab_id, step_id, attempts, first_passed_at)
      SELECT gen_random_uuid(), u.id, l, 'step-' || k, 1 + k, now()
      FROM users u CROSS JOIN unnest(${labs}::text[]) l CROSS JOIN generate_series(1, 3) k WHERE u.role = 'student'`;
    await db.prisma.$executeRaw`
      INSERT INTO hint_reveals (id, user_id, lab_id, step_id, hint_index)
      SELECT gen_random_uuid(), u.id, l, 'step-1', 0
      FROM users u CROSS JOIN unnest(${labs}::text[]) WITH ORDINALITY AS x(l, n) WHERE u.role = 'student' AND n % 2 = 0`;
    await db.prisma.$executeRaw`
      INSERT INTO quiz_attempts (id, user_id, quiz_id, answers, score, max_score, submitted_at)
      SELECT gen_random_uuid(), u.id, q, '{}', k * 3, 10, now() - k * interval '1 hour'
      FROM users u CROSS JOIN unnest(${quizzes}::text[]) q CROSS JOIN generate_series(1, 2) k WHERE u.role = 'student'`;
    // A small cohort exported first warms up what a long-running server has warm (JIT, the query compiler).
    const warmUp = await db.prisma.cohort.create({ data: { name: 'Warm-up', joinCode: 'BENCH-0002' } });
    await db.prisma.$executeRaw`
      INSERT INTO enrolments (cohort_id, user_id)
      SELECT ${warmUp.id}::uuid, id FROM users WHERE role = 'student' ORDER BY email LIMIT 50`;
    await db.prisma.$executeRaw`ANALYZE`;
    const exportTo = async (cohortId: string, sink: Writable) => {
      const file = await exportGrades(db.prisma, course, SYSTEM_ACTOR, {
        cohortId,
        options: { format: 'csv', bom: true, moodleScale: 'points' },
      });
      await pipeline(file.body, sink);
    };
    await exportTo(warmUp.id, new Writable({ write: (_chunk, _encoding, done) => done() }));

    collectGarbage();
    const before = process.memoryUsage().rss;
    let peak = before;
    let bytes = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        peak = Math.max(peak, process.memoryUsage().rss);
        done();
      },
    });
    const started = performance.now();
    const cpu = process.cpuUsage();
    await exportTo(cohort.id, sink);
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    log(`exported ${(bytes / 1e6).toFixed(1)} MB of CSV`);
    return [
      { name: 'export.csv_10k_ms', value: ms, unit: 'ms' },
      { name: 'export.rss_delta_mb', value: (peak - before) / 2 ** 20, unit: 'MB' },
      // This process's share (grading, CSV): on a busy machine the wall time is mostly waiting for PostgreSQL.
      { name: 'export.csv_10k_node_cpu_ms', value: (used.user + used.system) / 1000, unit: 'ms' },
    ];
  } finally {
    await db.drop();
  }
}
