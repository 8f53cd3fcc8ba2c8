// The instructor's dashboard in Debian's Chromium, beside a student in a second browser context: each lands where
// their work is, a student flagged as stuck is at the top, and a matrix cell turns green without a reload when the
// student completes a step. Leaves docs/dashboard.png for the README.
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { addInstructor, createCohort, enrolStudent } from '../../server/src/services/cohorts';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createUser } from '../../server/src/services/users';
import { testDb } from '../support/db';
import { collectProblems, typeCommand, waitForTerminal } from '../support/browserStudent';
import { CHROMIUM } from './support/browser';
import { buildClient, startWholeServer, type WholeServer } from './support/server';

jest.setTimeout(150_000);

const SCREENSHOT = path.resolve(__dirname, '../../docs/dashboard.png');
const LAB = 'minikube-basics';
const PASSWORD = 'correct horse battery';

let client: ReturnType<typeof buildClient>;
let browser: Browser;
let whole: WholeServer;

beforeAll(async () => {
  client = buildClient();
  [browser, whole] = await Promise.all([
    chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    }),
    startWholeServer({ clientDist: client.dir }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await whole?.close();
  client?.remove();
});

async function person(role: 'student' | 'instructor', name: string, email: string) {
  await createUser(testDb(), SYSTEM_ACTOR, { email, name, role, password: PASSWORD });
  return { name, email };
}

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto(`${whole.url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Stan opened the lab, passed its first step, then failed the second three times: he needs help. */
async function stanIsStuck(email: string): Promise<void> {
  const user = (await testDb().user.findUnique({ where: { email } }))!;
  await testDb().labSession.create({ data: { userId: user.id, labId: LAB } });
  await testDb().stepCompletion.createMany({
    data: [
      { userId: user.id, labId: LAB, stepId: 'start', attempts: 1, firstPassedAt: new Date() },
      { userId: user.id, labId: LAB, stepId: 'status', attempts: 3 },
    ],
  });
}

it('shows the stuck student first and turns a cell green live as a student completes a step', async () => {
  const teacher = await person('instructor', 'Ines Instructor', 'ines@example.org');
  const students = await Promise.all([
    person('student', 'Aaron Early', 'aaron@example.org'),
    person('student', 'Sam Student', 'sam@example.org'),
    person('student', 'Stan Stuck', 'stan@example.org'),
  ]);
  const cohort = await createCohort(testDb(), SYSTEM_ACTOR, { name: 'Spring cohort' });
  await addInstructor(testDb(), SYSTEM_ACTOR, { cohortId: cohort.id, email: teacher.email });
  for (const s of students) await enrolStudent(testDb(), SYSTEM_ACTOR, { cohortId: cohort.id, email: s.email });
  await stanIsStuck('stan@example.org');

  // The instructor lands on their cohort (their only one), with the join code and Stan on top.
  const instructorContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const board = await instructorContext.newPage();
  const boardProblems = collectProblems(board);
  await logIn(board, teacher.email);
  await board.waitForURL(`${whole.url}/dashboard/${cohort.id}`);
  await board.getByRole('heading', { name: 'Spring cohort', level: 1 }).waitFor();
  await board.getByLabel('Join code').getByText(cohort.joinCode).waitFor();
  const rows = board.locator('table.matrix tbody tr');
  await rows.first().waitFor();
  expect(await rows.first().getAttribute('data-student')).toBe('stan@example.org');
  expect(await rows.first().getByText('Needs help').count()).toBe(1);
  expect(await rows.nth(1).getAttribute('data-student')).toBe('aaron@example.org');
  await board.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cohorts' }).waitFor();
  // An instructor grades their cohorts too: the top bar has one Grades link.
  expect(await board.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Grades' }).count()).toBe(1);

  // The steps of the lab, on demand: Sam has not passed "Start minikube".
  await board.getByRole('button', { name: 'Show the steps of Start, check, stop and restart minikube' }).click();
  const samStart = board.locator('tr[data-student="sam@example.org"] td[data-step="start"]');
  await samStart.waitFor();
  expect(await samStart.getAttribute('data-state')).toBe('pending');

  // Sam, in a browser of his own, lands on his labs and completes the step.
  const studentContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const lab = await studentContext.newPage();
  const labProblems = collectProblems(lab);
  await logIn(lab, 'sam@example.org');
  await lab.getByRole('heading', { name: 'Labs', level: 1 }).waitFor();
  expect(await lab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cohorts' }).count()).toBe(0);
  await lab.goto(`${whole.url}/labs/${LAB}`);
  await waitForTerminal(lab, (s) => /\$\s*$/.test(s), 'a prompt');
  await lab.locator('.xterm-helper-textarea').focus();
  await typeCommand(lab, 'minikube start', 60_000);

  // No reload on the instructor's side: the cell turns green from the socket.
  await board.locator('tr[data-student="sam@example.org"] td[data-step="start"][data-state="passed"]').waitFor({
    timeout: 30_000,
  });
  const green = await samStart.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(green).toBe('rgb(22, 163, 74)');
  await board
    .locator('.feed li', { hasText: 'passed Start, check, stop and restart minikube · Start minikube' })
    .waitFor();

  await board.screenshot({ path: SCREENSHOT, fullPage: false });
  expect(boardProblems).toEqual([]);
  expect(labProblems).toEqual([]);
  await studentContext.close();
  await instructorContext.close();
});
