// A whole lab in Debian's Chromium, as a student does it: register with a join code, open the lab from the
// catalogue, read each step, type its commands into the terminal, watch the step turn green by itself, take
// the chapter quiz, and find the progress in the catalogue. Leaves docs/lab-complete.png for the README.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { testDb } from '../support/db';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Lab } from '../../server/src/labs/format';
import { questionPoints } from '../../server/src/labs/quiz';
import type { Question, Quiz } from '../../server/src/labs/quizFormat';
import { createCohort } from '../../server/src/services/cohorts';
import { loadCatalogue } from '../../server/src/services/course';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { collectProblems, registerStudent, terminalScreen, typeCommand } from '../support/browserStudent';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { buildClient, startWholeServer, type WholeServer } from './support/server';

jest.setTimeout(150_000);

const SCREENSHOT = path.resolve(__dirname, '../../docs/lab-complete.png');
const LAB_ID = 'kubectl-first-day';
// Generous: a step turns green after the server's debounced check and the page's reload.
const STEP_TIMEOUT_MS = 30_000;

// The lab and its quiz as the course files define them (the answers never reach the browser before submitting).
const catalogue = loadCatalogue();
const lab: Lab = catalogue.labs.find((l) => l.id === LAB_ID)!;
const chapterTitle = catalogue.chapters.find((c) => c.id === lab.chapter)!.title;
const quiz: Quiz = catalogue.quizzes.find((q) => q.chapter === lab.chapter)!;

let client: ReturnType<typeof buildClient>;
let browser: LaunchedBrowser;
let whole: WholeServer;

beforeAll(async () => {
  client = buildClient();
  [browser, whole] = await Promise.all([launchBrowser(), startWholeServer({ clientDist: client.dir })]);
});

afterAll(async () => {
  await browser?.close();
  await whole?.close();
  client?.remove();
});

/** A prompt as the page shows it: Markdown's code marks are gone. */
const plain = (markdown: string) => markdown.replace(/`/g, '').trim();

/** A CSS colour (`rgb(r, g, b)`) whose green clearly dominates. */
function isGreen(color: string): boolean {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return g > 1.3 * r && g > 1.3 * b;
}

async function ariaNumber(locator: Locator, attribute: string): Promise<number> {
  return Number(await locator.getAttribute(attribute));
}

/** Answers one question the way a student would, with the right answer from the quiz file. */
async function answer(group: Locator, q: Question): Promise<void> {
  switch (q.type) {
    case 'single':
      await group.getByRole('radio', { name: q.choices.find((c) => c.correct)!.text, exact: true }).check();
      break;
    case 'multiple':
      for (const c of q.choices.filter((c) => c.correct))
        await group.getByRole('checkbox', { name: c.text, exact: true }).check();
      break;
    case 'truefalse':
      await group.getByRole('radio', { name: q.answer ? 'True' : 'False', exact: true }).check();
      break;
    case 'command':
      await group.getByRole('textbox').pressSequentially(q.accepted[0]!);
      break;
  }
}

it('completes a lab, its chapter quiz, and sees the progress in the catalogue', async () => {
  expect(lab).toBeDefined();
  expect(quiz).toBeDefined();
  const cohort = await createCohort(testDb(), SYSTEM_ACTOR, { name: 'Lab flow cohort' });
  const page: Page = await browser.context.newPage();
  const problems = collectProblems(page);

  await registerStudent(page, whole.url, {
    joinCode: cohort.joinCode,
    name: 'Lena Learner',
    email: 'lena@example.com',
    password: 'a long enough password',
  });

  // The catalogue: the lab under its chapter, not started yet.
  const chapterSection = page.getByRole('region', { name: chapterTitle, exact: true });
  const card = chapterSection.getByRole('link', { name: new RegExp(`^${lab.title}`) });
  const cardProgress = card.getByRole('progressbar', { name: `Progress in ${lab.title}`, exact: true });
  await cardProgress.waitFor();
  expect(await ariaNumber(cardProgress, 'aria-valuenow')).toBe(0);
  await card.click();

  // The lab page: its title, the steps, and a connected terminal.
  await page.getByRole('heading', { name: lab.title, level: 1 }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 });
  const steps = page.getByRole('list', { name: 'Steps' });
  const labProgress = page.getByRole('progressbar', { name: 'Lab progress', exact: true });
  await labProgress.waitFor();
  expect(await ariaNumber(labProgress, 'aria-valuenow')).toBe(0);

  for (const [index, step] of lab.steps.entries()) {
    // The step is the current one, still to do, and its instructions show the commands to type.
    const item = steps
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: step.title, exact: true }) });
    // The step's heading comes first in it, and carries its status as text ("current step", then "✓ done").
    const heading = item.getByRole('heading', { level: 2 }).first();
    await heading.and(page.locator('[aria-current="step"]')).waitFor({ timeout: STEP_TIMEOUT_MS });
    expect(await heading.innerText()).toMatch(/current step$/);
    const instructions = await item.locator('.step-body').innerText();
    for (const line of step.solution) expect(instructions).toContain(line);

    await page.getByTestId('terminal').click();
    for (const line of step.solution) await typeCommand(page, line);

    // It turns green by itself: no button pressed.
    await heading
      .getByText('✓ done', { exact: true })
      .waitFor({ timeout: STEP_TIMEOUT_MS })
      .catch(async (err: unknown) => {
        // Say what the student sees: the step (with its failing checks) and the terminal.
        const seen = `step:\n${await item.innerText()}\n\nterminal:\n${await terminalScreen(page)}`;
        throw new Error(`step "${step.title}" did not turn green: ${String(err)}\n${seen}`);
      });
    expect(await item.getAttribute('data-status')).toBe('passed');
    expect(isGreen(await heading.getByText('✓ done', { exact: true }).evaluate((e) => getComputedStyle(e).color))).toBe(
      true,
    );
    await page
      .getByText(`${index + 1} of ${lab.steps.length} steps done`, { exact: true })
      .waitFor({ timeout: STEP_TIMEOUT_MS });
  }

  // Every step green, the lab complete at 100%.
  const done = page.getByRole('region', { name: 'Lab complete' });
  await done.waitFor();
  expect(await ariaNumber(labProgress, 'aria-valuenow')).toBe(100);
  expect(await page.locator('[aria-current="step"]').count()).toBe(0);
  // The page scrolls the "Lab complete" box into view by itself (the screenshot for the README shows it).
  await page.waitForFunction(() => {
    const box = document.querySelector('.lab-done')!.getBoundingClientRect();
    const pane = document.querySelector('.instructions')!.getBoundingClientRect();
    return box.top >= pane.top - 1 && box.bottom <= pane.bottom + 1;
  });
  // Only the instructions scrolled: the page itself (and its top bar) stays put.
  expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
  // docs/ is rewritten only on purpose (or when missing), so a test run leaves the tree clean.
  const shot =
    process.env.KUBELAB_UPDATE_SCREENSHOT === '1' || !existsSync(SCREENSHOT)
      ? SCREENSHOT
      : path.join(tmpdir(), 'kubelab-lab-complete.png');
  mkdirSync(path.dirname(shot), { recursive: true });
  rmSync(shot, { force: true });
  await page.screenshot({ path: shot });
  expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');

  // The chapter quiz: questions from the page, answers from the quiz file (the page's payload has none).
  const quizLoaded = page.waitForResponse(
    (r) => r.url().endsWith(`/api/quizzes/${quiz.id}`) && r.request().method() === 'GET',
  );
  await done.getByRole('link', { name: `Take the chapter quiz: ${chapterTitle}` }).click();
  const sent = JSON.stringify(await (await quizLoaded).json());
  expect(sent).not.toMatch(/"correct"|"accepted"|"answer"|"explanation"/);
  await page.getByRole('heading', { name: quiz.title, level: 1 }).waitFor();
  for (const q of quiz.questions) await answer(page.getByRole('group', { name: plain(q.prompt), exact: true }), q);
  await page.getByRole('button', { name: 'Submit answers' }).click();

  const max = quiz.questions.reduce((n, q) => n + questionPoints(q, quiz.scoring), 0);
  await page
    .getByRole('status')
    .filter({ hasText: `You scored ${max} of ${max}.` })
    .waitFor({ timeout: 15_000 });
  // The course shows right answers only after the last attempt: no per-question feedback yet.
  expect(quiz.scoring.showAnswers).toBe('after-last-attempt');
  await page.getByText('The right answers and explanations are shown after your last attempt.').waitFor();
  expect(await page.getByRole('note').count()).toBe(0);

  // Back in the catalogue: the lab and its chapter at 100%.
  await page.getByRole('link', { name: '← All labs' }).click();
  await page.getByRole('heading', { name: 'Labs', level: 1 }).waitFor();
  await cardProgress.waitFor();
  expect(await ariaNumber(cardProgress, 'aria-valuenow')).toBe(100);
  expect(await cardProgress.innerText()).toBe('100%');
  const chapterProgress = page.getByRole('progressbar', { name: `Progress in chapter ${chapterTitle}`, exact: true });
  await chapterProgress.waitFor();
  expect(await ariaNumber(chapterProgress, 'aria-valuenow')).toBe(100);

  expect(problems).toEqual([]);
  await page.close();
});
