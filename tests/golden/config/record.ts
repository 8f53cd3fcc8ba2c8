// Runs script.ts with the real kubectl v1.32 on the PATH in a fresh home directory (kubectl config needs no cluster)
// and writes each command with its output (stdout, then stderr) and exit status to expected.txt.
// Run: npx tsx tests/golden/config/record.ts
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONFIG_SCRIPT } from './script';

const home = mkdtempSync(path.join(os.tmpdir(), 'kubectl-config-'));
const env = { HOME: home, PATH: process.env.PATH };
const version = execFileSync('kubectl', ['version', '--client'], { env }).toString();
if (!/v1\.32\./.test(version)) throw new Error(`kubectl v1.32 is needed; found: ${version}`);
let out = '';
for (const line of CONFIG_SCRIPT) {
  const ran = spawnSync('sh', ['-c', line], { cwd: home, env });
  out += `$ ${line}\n${ran.stdout.toString()}${ran.stderr.toString()}[exit ${ran.status ?? -1}]\n`;
}
writeFileSync(path.join(__dirname, 'expected.txt'), out.split(home).join('$HOME'));
