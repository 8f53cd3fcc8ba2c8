// The lab page at a student's window sizes: every command in the instructions readable (wrapped, or
// scrollable and reachable by keyboard), copy and run buttons, a resizable split remembered after a
// reload, real Markdown, "Lab not found" without a terminal, and no accessibility violations (axe).
import type { Page } from 'playwright-core';
import { createCohort } from '../../server/src/services/cohorts';
import { questionPoints } from '../../server/src/labs/quiz';
import { loadCatalogue } from '../../server/src/services/course';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { testDb } from '../support/db';
import { registerStudent, waitForTerminal } from '../support/browserStudent';
import { axeViolations } from './support/axe';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { buildClient, startWholeServer, type WholeServer } from './support/server';

jest.setTimeout(240_000);

const VIEWPORTS = [
  { width: 1366, height: 800 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
];
const catalogue = loadCatalogue();
const LAB_IDS = catalogue.labs.map((l) => l.id);
const SCREENSHOTS = process.env.KUBELAB_E2E_SHOT_DIR;

let client: ReturnType<typeof buildClient>;
let browser: LaunchedBrowser;
let whole: WholeServer;
let page: Page;

beforeAll(async () => {
  client = buildClient();
  [browser, whole] = await Promise.all([launchBrowser(), startWholeServer({ clientDist: client.dir })]);
  const cohort = await createCohort(testDb(), SYSTEM_ACTOR, { name: 'Lab page cohort' });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: whole.url });
  page = await browser.context.newPage();
  await registerStudent(page, whole.url, {
    joinCode: cohort.joinCode,
    name: 'Pat Student',
    email: 'pat@example.com',
    password: 'a long enough password',
  });
});

afterAll(async () => {
  await browser?.close();
  await whole?.close();
  client?.remove();
});

/** Opens a lab and expands every step, so that all its code blocks are on the page. */
async function openWithAllSteps(labId: string): Promise<void> {
  await page.goto(`${whole.url}/labs/${labId}`);
  await page.locator('.step').first().waitFor();
  const collapsed = page.locator('.step-title button[aria-expanded="false"]');
  while ((await collapsed.count()) > 0) await collapsed.first().click();
}

interface BlockMeasure {
  text: string;
  command: boolean;
  overflows: boolean;
  focusable: boolean;
  scrolls: boolean;
}

function measureBlocks(): Promise<BlockMeasure[]> {
  return page.$$eval('pre.md-code', (blocks) =>
    blocks.map((pre) => ({
      text: pre.textContent ?? '',
      command: pre.classList.contains('code-command'),
      overflows: pre.scrollWidth > pre.clientWidth + 1,
      focusable: (pre as HTMLElement).tabIndex >= 0,
      scrolls: ['auto', 'scroll'].includes(getComputedStyle(pre).overflowX),
    })),
  );
}

it.each(VIEWPORTS)('shows every code block of every lab readably at $width×$height', async (viewport) => {
  await page.setViewportSize(viewport);
  for (const labId of LAB_IDS) {
    await openWithAllSteps(labId);
    const blocks = await measureBlocks();
    // A command is always fully visible; other text may scroll, if a keyboard can reach it.
    const unreadable = blocks.filter((b) => (b.command ? b.overflows : b.overflows && !(b.focusable && b.scrolls)));
    expect({ labId, unreadable }).toEqual({ labId, unreadable: [] });
    // Both panes keep a usable size.
    expect((await page.locator('.instructions').boundingBox())!.height).toBeGreaterThan(300);
    expect((await page.locator('[data-testid="terminal"]').boundingBox())!.height).toBeGreaterThan(300);
  }
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/lab-${viewport.width}x${viewport.height}.png` });
});

describe('at 1366×800', () => {
  beforeAll(() => page.setViewportSize(VIEWPORTS[0]!));

  it('copies a command exactly and runs it in the terminal', async () => {
    await page.goto(`${whole.url}/labs/kubectl-first-day`);
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    const block = page.locator('.step-current .code-block').first();
    const command = (await block.locator('code').textContent())!;
    expect(command).toBe('kubectl get deployments\nkubectl get pods');

    await block.getByRole('button', { name: 'Copy' }).click();
    await page.getByText('Copied to the clipboard.').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);

    await block.getByRole('button', { name: 'Run' }).click();
    await waitForTerminal(page, (s) => /hello\s+1\/1/.test(s) && /hello-\S+\s+1\/1\s+Running/.test(s), 'both outputs');
    // The step's checks see the commands as typed ones: the step turns green by itself.
    await page.locator('.step[data-step-id="get"][data-status="passed"]').waitFor({ timeout: 30_000 });
    // The next step is scrolled into view, and shows no failure before the student has checked it.
    const next = page.locator('.step-current');
    await expect(next.getAttribute('data-step-id')).resolves.toBe('describe');
    // At the pane's top, or as near as the pane scrolls.
    const scrolledTo = () =>
      page.evaluate(() => {
        const step = document.querySelector('.step-current')!.getBoundingClientRect();
        const pane = document.querySelector('.instructions')!;
        const offset = step.top - pane.getBoundingClientRect().top;
        return offset >= -1 && (offset <= 10 || pane.scrollTop >= pane.scrollHeight - pane.clientHeight - 1);
      });
    for (let i = 0; i < 30 && !(await scrolledTo()); i++) await page.waitForTimeout(100);
    expect(await scrolledTo()).toBe(true);
    expect(await next.locator('.check-fail').count()).toBe(0);
  });

  it('gives emoji two cells in the terminal, as the server line editor does (Unicode 11)', async () => {
    await page.goto(`${whole.url}/labs/kubectl-first-day`);
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    await page.locator('[data-testid="terminal"]').click();
    await page.keyboard.type('echo ✅✅');
    await waitForTerminal(page, (s) => s.includes('echo ✅✅'), 'the typed emoji');
    // The cursor's cell, from its place on the row: after `student@minikube:~$ echo ` and two wide emoji.
    const cursor = await page.evaluate(() => {
      const cell = document.querySelector<HTMLElement>('.xterm-rows .xterm-cursor')!;
      const row = cell.parentElement!;
      const line = row.textContent.replace(/\u00a0/g, ' ').trimEnd();
      const column =
        (cell.getBoundingClientRect().left - row.getBoundingClientRect().left) / cell.getBoundingClientRect().width;
      return { column: Math.round(column), expected: line.indexOf('echo ') + 'echo '.length + 4 };
    });
    expect(cursor.column).toBe(cursor.expected);
    await page.keyboard.press('Enter');
  });

  it('resizes the split with the keyboard and the mouse, and remembers it after a reload', async () => {
    await page.goto(`${whole.url}/labs/kubectl-first-day`);
    const handle = page.getByRole('separator', { name: 'Resize the instructions and the terminal' });
    const start = Number(await handle.getAttribute('aria-valuenow'));
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(Number(await handle.getAttribute('aria-valuenow'))).toBe(start + 10);

    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(0.5 * 1366, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(Number(await handle.getAttribute('aria-valuenow'))).toBe(50);
    const width = (await page.locator('.instructions').boundingBox())!.width;
    expect(width).toBeGreaterThan(0.45 * 1366);

    await page.reload();
    await expect(handle.getAttribute('aria-valuenow')).resolves.toBe('50');
    expect((await page.locator('.instructions').boundingBox())!.width).toBeCloseTo(width, 0);
  });

  it('renders emphasis, and says "Lab not found" without a terminal', async () => {
    await openWithAllSteps('why-orchestration');
    await expect(page.locator('.step-body em', { hasText: /^you$/ }).count()).resolves.toBe(1);
    expect(await page.locator('.step-body').first().innerText()).not.toMatch(/\*\w+\*/);

    await page.goto(`${whole.url}/labs/no-such-lab`);
    await page.getByRole('heading', { name: 'Lab not found' }).waitFor();
    expect(await page.locator('[data-testid="terminal"]').count()).toBe(0);
  });

  it('has no accessibility violations that axe finds', async () => {
    await page.goto(`${whole.url}/labs/kubectl-first-day`);
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

it('shows a quiz once over: a neutral placeholder, "Select all that apply" once, the points it is scored on', async () => {
  const quiz = catalogue.quizzes.find((q) => q.id === 'minikube-quiz')!;
  const points = quiz.questions.reduce((sum, q) => sum + questionPoints(q, quiz.scoring), 0);
  await page.goto(`${whole.url}/quizzes/minikube-quiz`);
  await page.getByText(`${quiz.questions.length} questions worth ${points} points`).waitFor();
  const multiple = quiz.questions.filter((q) => q.type === 'multiple').length;
  await expect(page.getByText(/select all that apply/i).count()).resolves.toBe(multiple);
  for (const input of await page.locator('.quiz input.mono').all())
    expect(await input.getAttribute('placeholder')).not.toMatch(/kubectl/);
});
