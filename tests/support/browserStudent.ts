// What a student does in the browser, for Playwright tests: register with a join code, read the xterm
// terminal's screen, and type a command into it as a user would (waiting for the prompt to come back).
import type { Page } from 'playwright-core';

/** Registers a new student through the form and waits for the catalogue. */
export async function registerStudent(
  page: Page,
  baseUrl: string,
  student: { joinCode: string; name: string; email: string; password: string },
): Promise<void> {
  await page.goto(`${baseUrl}/register`);
  await page.getByLabel('Join code').fill(student.joinCode);
  await page.getByLabel('Name').fill(student.name);
  await page.getByLabel('Email').fill(student.email);
  await page.getByLabel('Password', { exact: true }).fill(student.password);
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByRole('heading', { name: 'Labs', level: 1 }).waitFor();
}

/** Collects page errors and console errors (failed resource loads, such as a 401 before logging in, are not errors). */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(msg.text());
  });
  return problems;
}

/** What the terminal shows (xterm's DOM renderer keeps one element per visible row). */
export async function terminalScreen(page: Page): Promise<string> {
  return (await page.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ');
}

/** Polls the terminal's screen until `test` accepts it; the error shows the screen. */
export async function waitForTerminal(
  page: Page,
  test: (screen: string) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await terminalScreen(page);
    if (test(text)) return text;
    if (Date.now() > deadline) throw new Error(`the terminal never showed ${what}; it shows:\n${text}`);
    await page.waitForTimeout(100);
  }
}

// Compared without white space: long lines wrap over several rows.
const squeeze = (s: string) => s.replace(/\s+/g, '');
/** The prompt with nothing typed after it (`student@minikube:~$`). */
const BARE_PROMPT = /[$#]$/;

/**
 * Types one command line into the terminal (which must have the focus) with the keyboard, checks it was
 * echoed after the prompt, presses Enter, and waits until the prompt is back with nothing after it.
 */
export async function typeCommand(page: Page, line: string, timeoutMs = 30_000): Promise<string> {
  await page.keyboard.type(line);
  const typed = squeeze(line);
  await waitForTerminal(
    page,
    (s) => squeeze(s).endsWith(`$${typed}`),
    `the typed line "${line}" after the prompt`,
    timeoutMs,
  );
  await page.keyboard.press('Enter');
  return waitForTerminal(page, (s) => BARE_PROMPT.test(squeeze(s)), `the prompt again after "${line}"`, timeoutMs);
}
