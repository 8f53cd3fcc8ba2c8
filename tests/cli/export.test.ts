// `kubelab export`: a cohort's grades from the command line, in each format, to a file or standard output; audited.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { courseItems } from '../../server/src/labs/grading';
import { createCohort, enrolStudent } from '../../server/src/services/cohorts';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createUser } from '../../server/src/services/users';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { checkCanvas, checkMoodle, parseCsv } from '../support/gradebookFiles';
import { kubelab } from '../support/kubelabCli';
import { testCourse } from '../support/services';

jest.setTimeout(60_000);

let db: TestDatabase;
let env: NodeJS.ProcessEnv;
let dir: string;
const items = courseItems(testCourse().catalogue);

beforeAll(async () => {
  db = await createTestDatabase();
  env = { DATABASE_URL: db.url, NODE_ENV: 'test' };
  dir = mkdtempSync(path.join(os.tmpdir(), 'kubelab-export-'));
  await createCohort(db.prisma, SYSTEM_ACTOR, { name: 'Spring 2026' });
  const cohort = (await db.prisma.cohort.findFirstOrThrow()).id;
  for (const [email, name] of [
    ['zoe@example.org', 'Zoë Ñúñez'],
    ['sam@example.org', 'Sam, "the" Student'],
  ] as const) {
    const { user } = await createUser(db.prisma, SYSTEM_ACTOR, {
      email,
      name,
      role: 'student',
      password: 'a long password',
    });
    await enrolStudent(db.prisma, SYSTEM_ACTOR, { cohortId: cohort, email });
    await db.prisma.quizAttempt.create({
      data: { userId: user.id, quizId: 'minikube-quiz', answers: {}, score: 5, maxScore: 11 },
    });
  }
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.drop();
});

it('writes the Canvas file with --out, and says where', async () => {
  const out = path.join(dir, 'canvas.csv');
  const run = await kubelab(['export', '--cohort', 'Spring 2026', '--format', 'canvas', '--out', out, '--bom'], env);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain(`Wrote the canvas grades of "Spring 2026" to ${out}`);
  const bytes = readFileSync(out);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const { students, maxima } = checkCanvas(parseCsv(bytes.toString('utf8')));
  expect(maxima).toEqual(items.map((i) => i.maxPoints));
  expect(students.map((s) => s[0])).toEqual(['Sam, "the" Student', 'Zoë Ñúñez']);
  expect(await db.prisma.auditLog.count({ where: { action: 'scores.exported', actorId: null } })).toBe(1);
});

it('prints Moodle and long formats to standard output', async () => {
  const moodle = await kubelab(['export', '--cohort', 'Spring 2026', '--format', 'moodle'], env);
  expect(moodle.code).toBe(0);
  checkMoodle(
    parseCsv(moodle.stdout),
    items.map((i) => i.maxPoints),
  );
  const long = await kubelab(['export', '--cohort', 'Spring 2026', '--format', 'long'], env);
  expect(parseCsv(long.stdout)).toHaveLength(1 + 2 * items.length);
});

it('explains bad usage', async () => {
  const bad = await kubelab(['export', '--cohort', 'Spring 2026', '--format', 'xlsx'], env);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('--format: must be one of csv, json, canvas, moodle, long');
  const missing = await kubelab(['export', '--cohort', 'Nope', '--format', 'csv'], env);
  expect(missing.code).not.toBe(0);
  expect(missing.stderr).toContain('Cohort "Nope" not found.');
});
