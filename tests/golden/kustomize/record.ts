// Records `kubectl kustomize DIR` for every case in cases.ts from the real kubectl on the PATH (v1.32, which needs no
// cluster for this): copies fixtures/ to a temporary directory, runs each case there and writes stdout then
// stderr (as a shell that is not a terminal shows them), and writes expected/NAME.txt. Run: npx tsx tests/golden/kustomize/record.ts
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KUSTOMIZE_CASES, normalise } from './cases';

const home = mkdtempSync(path.join(os.tmpdir(), 'kubectl-kustomize-'));
const env = { HOME: home, PATH: process.env.PATH };
const version = execFileSync('kubectl', ['version', '--client'], { env }).toString();
if (!/v1\.32\./.test(version)) throw new Error(`kubectl v1.32 is needed; found: ${version}`);
const root = path.join(home, 'kz');
cpSync(path.join(__dirname, 'fixtures'), root, { recursive: true });
mkdirSync(path.join(__dirname, 'expected'), { recursive: true });
for (const { name, dir } of KUSTOMIZE_CASES) {
  const ran = spawnSync('kubectl', ['kustomize', dir], { cwd: root, env });
  const text = `${normalise(ran.stdout.toString() + ran.stderr.toString(), root)}[exit ${ran.status ?? -1}]\n`;
  writeFileSync(path.join(__dirname, 'expected', `${name}.txt`), text);
  process.stdout.write(`${name}\n`);
}
