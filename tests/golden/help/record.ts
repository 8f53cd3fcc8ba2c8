// Records, from the real kubectl on the PATH (v1.32, see README), for every command path our kubectl has:
// `kubectl <path> --help` into tests/golden/help/*.txt, and what an unknown flag prints (a client-side error, before
// any request) into unknown-flag.json. Run: npx tsx tests/golden/help/record.ts
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commandPaths, helpFile, UNKNOWN_FLAG } from './paths';

// An empty HOME: no kubeconfig, so the dispatcher uses its default client and nothing depends on a cluster.
const home = mkdtempSync(path.join(os.tmpdir(), 'kubectl-help-'));
const version = execFileSync('kubectl', ['version', '--client'], { env: { HOME: home, PATH: process.env.PATH } });
if (!/v1\.32\./.test(version.toString())) throw new Error(`kubectl v1.32 is needed; found: ${version.toString()}`);
const unknownFlag: Record<string, { output: string; exit: number }> = {};
for (const p of commandPaths()) {
  const words = p.split(' ').slice(1);
  const help = execFileSync('kubectl', [...words, '--help'], { env: { HOME: home, PATH: process.env.PATH } });
  writeFileSync(path.join(__dirname, helpFile(p)), help.toString());
  const bad = spawnSync('kubectl', [...words, UNKNOWN_FLAG], { env: { HOME: home, PATH: process.env.PATH } });
  unknownFlag[p] = { output: bad.stdout.toString() + bad.stderr.toString(), exit: bad.status ?? -1 };
  process.stdout.write(`${p}\n`);
}
writeFileSync(path.join(__dirname, 'unknown-flag.json'), `${JSON.stringify(unknownFlag, null, 2)}\n`);
