// The layer rule is enforced, not just declared: lint real files placed in each layer with the repository's own
// ESLint configuration and expect every forbidden import (and only those) to be reported. Removing the import
// resolver, or a zone, makes this test fail.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

jest.setTimeout(120_000);

const root = path.resolve(__dirname, '../..');
const src = path.join(root, 'server/src');

interface Case {
  /** Layer folder under server/src the fixture is written to. */
  layer: string;
  /** The import line, written as code in that layer would write it. */
  code: string;
  rule: string | null;
}

const cases: Case[] = [
  {
    layer: 'sim',
    code: "export { NotFoundError } from '../services/errors.js';",
    rule: 'import-x/no-restricted-paths',
  },
  {
    layer: 'sim',
    code: "export { humanDuration } from '../kubectl/print/duration.js';",
    rule: 'import-x/no-restricted-paths',
  },
  { layer: 'labs', code: "export { Cluster } from '../sim/cluster.js';", rule: 'import-x/no-restricted-paths' },
  {
    layer: 'shell',
    code: "export { kubectlProgram } from '../kubectl/kubectl.js';",
    rule: 'import-x/no-restricted-paths',
  },
  { layer: 'services', code: "export { createApp } from '../http/app.js';", rule: 'import-x/no-restricted-paths' },
  {
    layer: 'http',
    code: "export { createPrismaClient } from '../db/client.js';",
    rule: 'import-x/no-restricted-paths',
  },
  { layer: 'realtime', code: "export { createApp } from '../http/app.js';", rule: 'import-x/no-restricted-paths' },
  { layer: 'lib', code: "export { Cluster } from '../sim/index.js';", rule: 'import-x/no-restricted-paths' },
  {
    layer: 'kubectl',
    code: "export { serveKubeApi } from '../kubeapi/index.js';",
    rule: 'import-x/no-restricted-paths',
  },
  {
    layer: 'kubeapi',
    code: "export { SandboxManager } from '../services/sandboxes.js';",
    rule: 'import-x/no-restricted-paths',
  },
  { layer: 'kubeapi', code: 'export const t = Date.now();', rule: 'no-restricted-properties' },
  { layer: 'sim', code: 'export const t = Date.now();', rule: 'no-restricted-properties' },
  { layer: 'shell', code: "export { readFileSync } from 'node:fs';", rule: 'no-restricted-imports' },
  // Services keep no module state: it would be shared by every server in the process and hide start-up order.
  { layer: 'services', code: 'let calls = 0;\nexport const count = () => ++calls;', rule: 'no-restricted-syntax' },
  {
    layer: 'services',
    code: 'const cache = new Map<string, number>();\nexport const size = () => cache.size;',
    rule: 'no-restricted-syntax',
  },
  // Allowed: kubectl is a program on the shell; labs use the cluster through its entry point.
  { layer: 'kubectl', code: "export type { CommandContext } from '../shell/command.js';", rule: null },
  { layer: 'labs', code: "export type { Cluster } from '../sim/index.js';", rule: null },
  { layer: 'kubeapi', code: "export { printerFor } from '../kubectl/print/index.js';", rule: null },
  { layer: 'services', code: "export { createPrismaClient } from '../db/client.js';", rule: null },
];

function fixturePath(c: Case, i: number): string {
  return path.join(src, c.layer, `lint-fixture-${process.pid}-${i}.ts`);
}

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

let results: LintResult[];

// The ESLint CLI, as `npm run lint` runs it (its flat config is ESM, which Jest's module system cannot load).
beforeAll(() => {
  const files = cases.map((c, i) => fixturePath(c, i));
  cases.forEach((c, i) => writeFileSync(files[i]!, `${c.code}\n`));
  try {
    const run = spawnSync(path.join(root, 'node_modules/.bin/eslint'), ['--format', 'json', ...files], {
      cwd: root,
      encoding: 'utf8',
    });
    if (run.status !== 0 && run.status !== 1) throw new Error(`eslint failed (${run.status}): ${run.stderr}`);
    results = JSON.parse(run.stdout) as LintResult[];
  } finally {
    for (const f of files) rmSync(f, { force: true });
  }
});

it.each(cases.map((c, i) => [c.layer, c.code, c.rule, i] as const))('%s: %s → %s', (_layer, _code, rule, i) => {
  const result = results.find((r) => r.filePath === fixturePath(cases[i]!, i));
  const rules = (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
  if (rule === null) expect(rules).toEqual([]);
  else expect(rules).toEqual([rule]);
});
