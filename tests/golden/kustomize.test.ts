// `kubectl kustomize DIR` byte for byte as kubectl v1.32 prints it, on the fixture directories of kustomize/fixtures
// (expected outputs recorded from the real kubectl by kustomize/record.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createEnvironment } from '../../server/src/kubectl/environment';
import { KUSTOMIZE_CASES, normalise } from './kustomize/cases';

const fixtures = path.join(__dirname, 'kustomize', 'fixtures');

function filesUnder(dir: string, prefix: string, out: Record<string, string>): Record<string, string> {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) filesUnder(full, `${prefix}/${entry}`, out);
    else out[`${prefix}/${entry}`] = readFileSync(full, 'utf8');
  }
  return out;
}

const env = createEnvironment({ virtualTime: true, files: filesUnder(fixtures, 'kz', {}) });
const root = `${env.run('cd kz && pwd').output.trim()}`;

it.each(KUSTOMIZE_CASES)('kubectl kustomize $dir ($name)', ({ name, dir }) => {
  const expected = readFileSync(path.join(__dirname, 'kustomize', 'expected', `${name}.txt`), 'utf8');
  const ran = env.run(`kubectl kustomize ${dir}`);
  expect(`${normalise(ran.output, root)}[exit ${ran.exitCode}]\n`).toBe(expected);
});
