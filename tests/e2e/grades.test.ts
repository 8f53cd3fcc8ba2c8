// A grader in Debian's Chromium: opens the Grades page, logs in, lands on Grades, sees the gradebook (every lab
// and quiz of the course with its maximum), downloads the Canvas file and the test parses it as Canvas would.
// Leaves docs/grades.png for the README.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { courseItems } from '../../server/src/labs/grading';
import { addGrader, addInstructor, createCohort, enrolStudent } from '../../server/src/services/cohorts';
import { loadCatalogue } from '../../server/src/services/course';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createUser } from '../../server/src/services/users';
import { testDb } from '../support/db';
import { checkCanvas, parseCsv } from '../support/gradebookFiles';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { buildClient, startWholeServer, type WholeServer } from './support/server';

jest.setTimeout(120_000);

const SCREENSHOT = path.resolve(__dirname, '../../docs/grades.png');
const PASSWORD = 'correct horse battery';
const catalogue = loadCatalogue();
const items = courseItems(catalogue);
const STUDENTS = [
  { email: 'zoe@example.org', name: 'Zoë Ñúñez' },
  { email: 'eve@example.org', name: '=HYPERLINK("http://evil")' },
  { email: 'sam@example.org', name: 'Sam Student' },
];

let client: ReturnType<typeof buildClient>;
let browser: LaunchedBrowser;
let whole: WholeServer;

beforeAll(async () => {
  client = buildClient();
  [browser, whole] = await Promise.all([launchBrowser(), startWholeServer({ clientDist: client.dir })]);
  const db = testDb();
  await createUser(db, SYSTEM_ACTOR, {
    email: 'greta@example.org',
    name: 'Greta Grader',
    role: 'grader',
    password: PASSWORD,
  });
  const cohort = await createCohort(db, SYSTEM_ACTOR, { name: 'Spring 2026' });
  await addGrader(db, SYSTEM_ACTOR, { cohortId: cohort.id, email: 'greta@example.org' });
  await createUser(db, SYSTEM_ACTOR, {
    email: 'ines@example.org',
    name: 'Ines',
    role: 'instructor',
    password: PASSWORD,
  });
  await addInstructor(db, SYSTEM_ACTOR, { cohortId: cohort.id, email: 'ines@example.org' });
  for (const s of STUDENTS) {
    const { user } = await createUser(db, SYSTEM_ACTOR, { ...s, role: 'student', password: PASSWORD });
    await enrolStudent(db, SYSTEM_ACTOR, { cohortId: cohort.id, email: s.email });
    // Some progress in the first chapters for everyone, so the table (and the README's screenshot) shows grades.
    const index = STUDENTS.indexOf(s);
    for (const [j, lab] of catalogue.labs.slice(0, 5).entries())
      await db.stepCompletion.createMany({
        data: lab.steps.slice(0, (index + j) % (lab.steps.length + 1)).map((step) => ({
          userId: user.id,
          labId: lab.id,
          stepId: step.id,
          attempts: 2,
          firstPassedAt: new Date(),
        })),
      });
    for (const [j, quiz] of catalogue.quizzes.slice(0, 3).entries())
      await db.quizAttempt.create({
        data: { userId: user.id, quizId: quiz.id, answers: {}, score: 3 + index + j, maxScore: 30 },
      });
    if (s.email === 'sam@example.org') {
      await db.stepCompletion.createMany({
        data: ['one', 'two', 'three'].map((stepId) => ({
          userId: user.id,
          labId: 'minikube-basics',
          stepId,
          attempts: 1,
          firstPassedAt: new Date(),
        })),
      });
      await db.quizAttempt.create({
        data: { userId: user.id, quizId: 'minikube-quiz', answers: {}, score: 8, maxScore: 11 },
      });
    }
  }
});

afterAll(async () => {
  await browser?.close();
  await whole?.close();
  client?.remove();
});

it('a grader logs in, lands on Grades, downloads the Canvas file, and it imports', async () => {
  const page = await browser.context.newPage();
  // The front page: a grader's landing is the Grades page, nothing to type.
  await page.goto(whole.url);
  await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
  await page.getByLabel('Email').fill('greta@example.org');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();

  // One cohort: the page opens it.
  await page.getByRole('heading', { name: 'Grades: Spring 2026', level: 1 }).waitFor();
  expect(new URL(page.url()).pathname).toMatch(/^\/grades\/[0-9a-f-]{36}$/);
  expect(
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Grades' })
      .getAttribute('aria-current'),
  ).toBe('page');

  // Every item of the course, in course order, with its maximum; then the totals.
  const table = page.getByRole('region', { name: 'Grades table' }).getByRole('table');
  await table.getByRole('row').filter({ hasText: 'Sam Student' }).waitFor();
  const headers = await table.locator('thead th').allInnerTexts();
  expect(headers).toHaveLength(1 + items.length + 4);
  items.forEach((item, i) => expect(headers[1 + i]!.replace(/\s+/g, ' ')).toContain(`/ ${item.maxPoints}`));
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBe(3);
  const sam = table.getByRole('row').filter({ hasText: 'Sam Student' });
  const samCells = await sam.locator('td').allInnerTexts();
  expect(samCells[items.findIndex((i) => i.id === 'lab:minikube-basics')]).toBe('3');
  expect(samCells[items.findIndex((i) => i.id === 'quiz:minikube-quiz')]).toBe('8');

  mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  rmSync(SCREENSHOT, { force: true });
  await page.screenshot({ path: SCREENSHOT });
  expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Canvas gradebook' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('kubelab-grades-spring-2026-canvas.csv');
  const file = readFileSync(await download.path());
  // The page asks for a BOM by default (Excel); Canvas's importer reads it.
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const { items: titles, maxima, students } = checkCanvas(parseCsv(file.toString('utf8')));
  expect(maxima).toEqual(items.map((i) => i.maxPoints));
  expect(titles).toHaveLength(items.length);
  expect(students.map((s) => [s[0], s[3], s[4]])).toEqual([
    ['\'=HYPERLINK("http://evil")', 'eve@example.org', 'Spring 2026'],
    ['Sam Student', 'sam@example.org', 'Spring 2026'],
    ['Zoë Ñúñez', 'zoe@example.org', 'Spring 2026'],
  ]);
  await page.close();
});

it('an instructor changes the grading scheme: saved, and the page shows it', async () => {
  // The grader of the test above is still logged in: start without a session.
  await browser.context.clearCookies();
  const page = await browser.context.newPage();
  await page.goto(`${whole.url}/grades`);
  await page.getByLabel('Email').fill('ines@example.org');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Grades: Spring 2026', level: 1 }).waitFor();
  await page.getByText('no hint penalty').waitFor();

  await page.getByText('Grading scheme', { exact: true }).click();
  await page.getByLabel('Lab weight').fill('70');
  await page.getByLabel('Quiz weight').fill('30');
  await page.getByLabel('Points off per hint').fill('0.5');
  await page.getByLabel('Quiz attempt that counts').selectOption('last');
  await page.getByLabel('Due date of Kubernetes architecture').fill('2026-06-01T09:30');
  await page.getByRole('button', { name: 'Save the scheme' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await page.getByText('labs 70 : quizzes 30 · −0.5 per hint · quizzes count the last attempt').waitFor();
  const stored = await whole.db.prisma.cohortGrading.findFirstOrThrow();
  expect(stored).toMatchObject({ labWeight: 70, quizWeight: 30, hintPenalty: 0.5, quizAttempt: 'last' });
  expect(Object.keys(stored.quizDueDates as object)).toEqual(['architecture-quiz']);
  await page.close();
});
