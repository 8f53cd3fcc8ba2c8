// Score exports: CSV content (including formula-injection safety), JSON, who may export, and the audit trail.
import request from 'supertest';
import { testDb } from '../support/db';
import { buildWorld, createTestApp, errorOf, makeUser, type TestApp, type World } from './helpers';
import { enrolStudent } from '../../server/src/services/cohorts';
import { SYSTEM_ACTOR } from '../../server/src/services/system';

/** RFC 4180 rows (quoted fields, doubled quotes) to objects keyed by the header row. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted || (ch !== ',' && ch !== '\n' && ch !== '\r')) {
      field += ch;
    } else if (ch === ',' || ch === '\n') {
      row.push(field);
      field = '';
      if (ch === '\n') {
        rows.push(row);
        row = [];
      }
    }
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app);
  await makeUser('student', 'eve@example.org', '=HYPERLINK("http://evil")');
  await enrolStudent(testDb(), SYSTEM_ACTOR, { cohortId: w.cohortA.id, email: 'eve@example.org' });
  const sam = w.student.user.id;
  await t.db.prisma.stepCompletion.createMany({
    data: [
      { userId: sam, labId: 'minikube-basics', stepId: 'a', attempts: 1, firstPassedAt: new Date() },
      { userId: sam, labId: 'minikube-basics', stepId: 'b', attempts: 4, firstPassedAt: new Date() },
      { userId: sam, labId: 'kubectl-first-day', stepId: 'a', attempts: 2, firstPassedAt: null },
      // Left by an id the course does not have: never a column, never counted.
      { userId: sam, labId: 'no-such-lab', stepId: 'a', attempts: 9, firstPassedAt: new Date() },
    ],
  });
  await t.db.prisma.quizAttempt.create({
    data: { userId: sam, quizId: 'features-quiz', answers: { a: 1 }, score: 7, maxScore: 10 },
  });
  await t.db.prisma.labSession.create({
    data: { userId: sam, labId: 'minikube-basics', lastActiveAt: new Date('2026-01-02T03:04:05Z') },
  });
}, 60_000);
afterAll(() => t.close());

const csvUrl = () => `/api/cohorts/${w.cohortA.id}/scores.csv`;

describe('GET /api/cohorts/:id/scores.csv', () => {
  it('unauthenticated → 401', async () => expect((await request(t.app).get(csvUrl())).status).toBe(401));
  it('invalid → 400', async () =>
    expect(errorOf(await w.grader.get('/api/cohorts/abc/scores.csv')).message).toBe('id: must be a UUID'));
  it('students and other instructors → 403', async () => {
    expect((await w.student.get(csvUrl())).status).toBe(403);
    expect((await w.otherStudent.get(csvUrl())).status).toBe(403);
    expect((await w.otherInstructor.get(csvUrl())).status).toBe(403);
  });
  it('the grader gets one row per student, per-lab and per-quiz columns in course order, formulas neutralised; audited', async () => {
    const res = await w.grader.get(csvUrl());
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename=kubelab-scores-cohort-a.csv');
    const rows = parseCsv(res.text);
    expect(Object.keys(rows[0]!)).toEqual([
      'student_id',
      'email',
      'name',
      'enrolled_at',
      'last_active_at',
      'steps_completed',
      'check_attempts',
      'hints_revealed',
      'quiz_score',
      'quiz_max_score',
      'lab:minikube-basics:steps_completed',
      'lab:kubectl-first-day:steps_completed',
      'quiz:features-quiz:best_score',
    ]);
    expect(rows).toHaveLength(2);
    const eve = rows.find((r) => r.email === 'eve@example.org')!;
    expect(eve.name).toBe(`'=HYPERLINK("http://evil")`);
    expect(eve).toMatchObject({
      steps_completed: '0',
      'lab:minikube-basics:steps_completed': '0',
      'quiz:features-quiz:best_score': '',
    });
    const sam = rows.find((r) => r.email === 'sam@example.org')!;
    expect(sam).toMatchObject({
      student_id: w.student.user.id,
      name: 'Sam Student',
      last_active_at: '2026-01-02T03:04:05.000Z',
      steps_completed: '2',
      check_attempts: '7',
      quiz_score: '7',
      quiz_max_score: '10',
      'lab:minikube-basics:steps_completed': '2',
      'lab:kubectl-first-day:steps_completed': '0',
      'quiz:features-quiz:best_score': '7',
    });
    const audit = await t.db.prisma.auditLog.findMany({ where: { action: 'scores.exported' } });
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: w.grader.user.id,
        targetId: w.cohortA.id,
        detail: { format: 'csv', students: 2 },
      }),
    ]);
  });
});

describe('GET /api/cohorts/:id/scores.json', () => {
  const url = () => `/api/cohorts/${w.cohortA.id}/scores.json`;
  it('unauthenticated → 401', async () => expect((await request(t.app).get(url())).status).toBe(401));
  it('invalid → 400', async () => expect((await w.admin.get('/api/cohorts/1/scores.json')).status).toBe(400));
  it('student → 403', async () => expect((await w.student.get(url())).status).toBe(403));
  it('the instructor gets the report, without quiz answers; audited', async () => {
    const res = await w.instructor.get(url());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      cohort: { id: w.cohortA.id },
      labIds: ['minikube-basics', 'kubectl-first-day'],
      quizIds: ['features-quiz'],
    });
    expect(res.text).not.toContain('answers');
    expect(
      await t.db.prisma.auditLog.count({ where: { action: 'scores.exported', actorId: w.instructor.user.id } }),
    ).toBe(1);
  });
});
