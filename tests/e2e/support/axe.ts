// axe-core in the page under test: the accessibility violations it finds.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export async function axeViolations(page: Page): Promise<unknown[]> {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses inline scripts.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe.run();
    return result.violations;
  });
}
