// A student in Debian's Chromium: registers with a join code, opens a lab, types into the xterm terminal.
import { existsSync, mkdirSync } from 'node:fs';
import { testDb } from '../support/db';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createCohort } from '../../server/src/services/cohorts';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { echoFactory } from '../realtime/support/echoSandbox';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { buildClient, startWholeServer, type WholeServer } from './support/server';

jest.setTimeout(120_000);

// The README's picture of the lab page (KUBELAB_UPDATE_SCREENSHOT=1 retakes it).
const SCREENSHOT = path.resolve(__dirname, '../../docs/screenshot.png');
// A lab whose cluster is already running (the course's first day with kubectl).
const LAB = process.env.KUBELAB_TEST_LAB ?? 'kubectl-first-day';
let client: ReturnType<typeof buildClient>;
let browser: LaunchedBrowser;

beforeAll(async () => {
  client = buildClient();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  client?.remove();
});

async function waitForScreen(page: Page, pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await screen(page);
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`the terminal never showed ${String(pattern)}; it shows:\n${text}`);
    await page.waitForTimeout(100);
  }
}

/** What the terminal shows (xterm's DOM renderer keeps one element per row). */
async function screen(page: Page): Promise<string> {
  return page.locator('.xterm-rows').innerText();
}

/** Registers a new student through the form and opens a lab; returns the page with the terminal connected. */
async function registerAndOpenLab(whole: WholeServer, email: string): Promise<{ page: Page; problems: string[] }> {
  const cohort = await createCohort(testDb(), SYSTEM_ACTOR, { name: 'E2E cohort' });
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => {
    // Failed requests (401 before logging in, 404 while the labs API is missing) are not page errors.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(msg.text());
  });

  await page.goto(`${whole.url}/register`);
  await page.getByLabel('Join code').fill(cohort.joinCode);
  await page.getByLabel('Name').fill('Erin Example');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('a long enough password');
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByRole('heading', { name: 'Labs', level: 1 }).waitFor();
  if (process.env.KUBELAB_E2E_SHOT) {
    await page
      .locator('a.lab-card')
      .first()
      .waitFor({ timeout: 5000 })
      .catch(() => undefined);
    await page.screenshot({ path: process.env.KUBELAB_E2E_SHOT.replace(/\.png$/, '-catalogue.png') });
  }

  // The lab's card in the catalogue (waited for: the catalogue loads after the heading).
  const card = page.locator(`a.lab-card[href="/labs/${LAB}"]`);
  await card.waitFor();
  await card.click();
  await page.locator('.xterm-rows').waitFor();
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
  await page.locator('[data-testid="terminal"]').click();
  return { page, problems };
}

describe('with a stand-in environment', () => {
  let whole: WholeServer;
  beforeAll(async () => {
    whole = await startWholeServer({ clientDist: client.dir, sandboxFactory: echoFactory() });
  });
  afterAll(() => whole?.close());

  it('registers, opens a lab, types into the terminal, and reconnects after the network drops', async () => {
    const { page, problems } = await registerAndOpenLab(whole, 'echo@example.com');
    await page.keyboard.type('hello terminal');
    await page.keyboard.press('Enter');
    await waitForScreen(page, /ran: hello terminal/);

    await page.context().setOffline(true);
    await page
      .getByRole('status')
      .filter({ hasText: /Reconnecting|Connecting/ })
      .waitFor();
    await page.context().setOffline(false);
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 });
    // The same sandbox: its scrollback is replayed and its history kept.
    await waitForScreen(page, /ran: hello terminal/);
    await page.locator('[data-testid="terminal"]').click();
    await page.keyboard.type('history');
    await page.keyboard.press('Enter');
    await waitForScreen(page, /hello terminal\s+history/);
    if (process.env.KUBELAB_E2E_SHOT) await page.screenshot({ path: process.env.KUBELAB_E2E_SHOT });

    // Paste goes in as typed input; a double-clicked word copies with Ctrl+Shift+C.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: whole.url });
    await page.evaluate('navigator.clipboard.writeText("pasted words")');
    await page.locator('[data-testid="terminal"]').click();
    await page.keyboard.press('Control+V');
    await page.keyboard.press('Enter');
    await waitForScreen(page, /ran: pasted words/);
    const row = await page.locator('.xterm-rows > div', { hasText: 'ran: pasted words' }).first().boundingBox();
    await page.mouse.dblclick(row!.x + 60, row!.y + row!.height / 2);
    await page.keyboard.press('Control+Shift+C');
    expect(await page.evaluate('navigator.clipboard.readText()')).toMatch(/^(pasted|words)$/);

    // Shift+Tab leaves the terminal (Tab completes commands inside it).
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate('document.activeElement?.closest(".xterm") === null')).toBe(true);
    expect(problems.filter((p) => !/WebSocket|ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([]);
    await page.close();
  });
});

describe('with the real environment', () => {
  let whole: WholeServer;
  beforeAll(async () => {
    whole = await startWholeServer({ clientDist: client.dir });
  });
  afterAll(() => whole?.close());

  it('registers with a join code, opens a lab and runs kubectl get nodes in the terminal', async () => {
    const { page, problems } = await registerAndOpenLab(whole, 'erin@example.com');
    await page.keyboard.type('kubectl get nodes');
    await page.keyboard.press('Enter');
    const text = await waitForScreen(page, /\bReady\b/);
    expect(text).toMatch(/NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION/);
    expect(text).toMatch(/\S+\s+Ready\s+control-plane/);

    // Rewritten only when missing or asked for, so that a test run leaves the working tree clean.
    if (!existsSync(SCREENSHOT) || process.env.KUBELAB_UPDATE_SCREENSHOT) {
      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
