// A student's lab over time, in Chromium: resetting a broken lab (a fresh cluster in the starting state, the
// steps done kept), a half-typed line that does not survive a reload, the notice when the lab is open in two
// tabs, the form errors in words, and a login page that asks the server nothing that fails.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { addInstructor, createCohort } from '../../server/src/services/cohorts';
import { createUser } from '../../server/src/services/users';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { testDb } from '../support/db';
import { registerStudent, terminalScreen, typeCommand, waitForTerminal } from '../support/browserStudent';
import { axeViolations } from './support/axe';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { buildClient, startWholeServer, type WholeServer } from './support/server';

jest.setTimeout(180_000);

const LAB = 'self-healing';
// The README's picture of the lab page at 768 px (KUBELAB_UPDATE_SCREENSHOT=1 retakes it).
const SCREENSHOT_768 = path.resolve(__dirname, '../../docs/lab-768.png');
let client: ReturnType<typeof buildClient>;
let browser: LaunchedBrowser;
let whole: WholeServer;
let page: Page;
let joinCode: string;
let cohortId: string;

beforeAll(async () => {
  client = buildClient();
  [browser, whole] = await Promise.all([launchBrowser(), startWholeServer({ clientDist: client.dir })]);
  const cohort = await createCohort(testDb(), SYSTEM_ACTOR, { name: 'Lab life cohort' });
  joinCode = cohort.joinCode;
  cohortId = cohort.id;
});

afterAll(async () => {
  await browser?.close();
  await whole?.close();
  client?.remove();
});

/** Opens the lab and waits for the prompt, with the focus in the terminal. */
async function openLab(p: Page): Promise<void> {
  await p.goto(`${whole.url}/labs/${LAB}`);
  await waitForTerminal(p, (s) => /\$\s*$/.test(s.trimEnd()), 'the prompt');
  await p.locator('.xterm-helper-textarea').focus();
}

const step = (p: Page, id: string) => p.locator(`.step[data-step-id="${id}"]`);

it('the login page loads without a failing request, and form errors are sentences without field names', async () => {
  const fresh = await browser.context.browser()!.newContext();
  const anonymous = await fresh.newPage();
  const failed: string[] = [];
  anonymous.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await anonymous.goto(`${whole.url}/login`);
  await anonymous.getByRole('button', { name: 'Log in' }).waitFor();
  expect(failed).toEqual([]);

  await anonymous.goto(`${whole.url}/register`);
  await anonymous.getByLabel('Join code').fill('   ');
  await anonymous.getByLabel('Name').fill('Kim');
  await anonymous.getByLabel('Email').fill('kim@example.com');
  await anonymous.getByLabel('Password', { exact: true }).fill('a long enough password');
  await anonymous.getByRole('button', { name: 'Register' }).click();
  const alert = anonymous.getByRole('alert').filter({ hasText: /\S/ });
  await alert.waitFor();
  expect(await alert.innerText()).toBe('The join code must not be empty.');
  await fresh.close();
});

it('resets a broken lab: a fresh cluster and shell in the starting state, the steps done kept', async () => {
  page = await browser.context.newPage();
  await registerStudent(page, whole.url, {
    joinCode,
    name: 'Robin Student',
    email: 'robin@example.com',
    password: 'a long enough password',
  });
  await openLab(page);
  await typeCommand(page, 'kubectl get pods -l app=web -o wide');
  await step(page, 'observe').and(page.locator('[data-status="passed"]')).waitFor({ timeout: 30_000 });
  await typeCommand(page, 'kubectl delete deployment web');
  await typeCommand(page, 'kubectl get deployments');
  expect(await terminalScreen(page)).toContain('No resources found in default namespace.');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset lab' }).click();
  // The terminal reconnects by itself to the fresh environment: a new screen with only the prompt.
  await waitForTerminal(page, (s) => !s.includes('kubectl delete') && /\$\s*$/.test(s.trimEnd()), 'a fresh prompt');
  await page.locator('.xterm-helper-textarea').focus();
  const screen = await typeCommand(page, 'kubectl get deployment web');
  expect(screen).toMatch(/web\s+3\/3\s+3\s+3/);
  await page.reload();
  await expect(step(page, 'observe').getAttribute('data-status')).resolves.toBe('passed');
});

it('a half-typed line does not survive a reload to join the next command', async () => {
  await openLab(page);
  await page.keyboard.type('cat > hello.yaml <<EOF');
  await page.keyboard.press('Enter');
  await page.keyboard.type('kind: Po');
  await waitForTerminal(page, (s) => s.includes('> kind: Po'), 'the half-typed heredoc');
  await openLab(page);
  const screen = await typeCommand(page, 'echo fresh start');
  expect(screen).toMatch(/\$ echo fresh start\s+fresh start\s/);
  expect(await typeCommand(page, 'cat hello.yaml')).toContain('cat: hello.yaml: No such file or directory');
});

it('says so when the lab is open in another tab, in both tabs, and stops saying it when one closes', async () => {
  const other = await browser.context.newPage();
  await openLab(other);
  const notice = 'This lab is open in 2 tabs. They share one terminal';
  await other.getByText(notice).waitFor();
  await page.getByText(notice).waitFor();
  await other.close();
  await page.getByText(notice).waitFor({ state: 'detached' });
});

it('at 768 px the instructions sit above the terminal, both usable, the step to work on in view', async () => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await openLab(page);
  await typeCommand(page, 'clear');
  await typeCommand(page, 'kubectl get pods -l app=web -o wide');
  const instructions = (await page.locator('.instructions').boundingBox())!;
  const terminal = (await page.locator('[data-testid="terminal"]').boundingBox())!;
  expect(instructions.y + instructions.height).toBeLessThanOrEqual(terminal.y + 1);
  expect(instructions.height).toBeGreaterThan(300);
  expect(terminal.height).toBeGreaterThan(300);
  await page.locator('.step-current').waitFor();
  if (!existsSync(SCREENSHOT_768) || process.env.KUBELAB_UPDATE_SCREENSHOT)
    await page.screenshot({ path: SCREENSHOT_768 });
});

it('says a step waits for the cluster, turns it green by itself when the cluster gets there, and axe finds nothing', async () => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await openLab(page);
  await typeCommand(page, 'kubectl delete pods -l app=web');
  await step(page, 'delete-pods').and(page.locator('[data-status="passed"]')).waitFor({ timeout: 30_000 });
  await typeCommand(page, 'minikube node stop minikube-m02');
  const waiting = step(page, 'stop-node').getByRole('status').filter({ hasText: 'Waiting for the cluster' });
  await waiting.waitFor({ timeout: 30_000 });
  expect(await axeViolations(page)).toEqual([]);
  // Nobody types anything: the node's pods are evicted after its 40 s grace and their 10 s toleration.
  await step(page, 'stop-node').and(page.locator('[data-status="passed"]')).waitFor({ timeout: 120_000 });

  for (const url of ['/', '/quizzes/minikube-quiz']) {
    await page.goto(`${whole.url}${url}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('main').getByRole('button').or(page.locator('main a')).first().waitFor();
    expect([url, await axeViolations(page)]).toEqual([url, []]);
  }

  const email = 'ivy-instructor@example.com';
  await createUser(testDb(), SYSTEM_ACTOR, {
    email,
    name: 'Ivy',
    role: 'instructor',
    password: 'a long enough password',
  });
  await addInstructor(testDb(), SYSTEM_ACTOR, { cohortId, email });
  const staff = await browser.context.browser()!.newContext();
  const teacher = await staff.newPage();
  await teacher.goto(`${whole.url}/login`);
  await teacher.getByLabel('Email').fill(email);
  await teacher.getByLabel('Password').fill('a long enough password');
  await teacher.getByRole('button', { name: 'Log in' }).click();
  // Logged in (where an instructor lands is the dashboard tests' business).
  await teacher.getByRole('button', { name: 'Log out' }).waitFor();
  await teacher.goto(`${whole.url}/dashboard/${cohortId}`);
  await teacher.getByText('Robin Student').first().waitFor();
  expect(await axeViolations(teacher)).toEqual([]);
  await staff.close();
}, 240_000);
