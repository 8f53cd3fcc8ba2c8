// A `kubectl config` session (config/script.ts) byte for byte as kubectl v1.32 prints it, recorded from the real
// kubectl by config/record.ts: set-cluster, set-credentials, set-context, set, unset, delete-*, rename-context, view.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEnvironment } from '../../server/src/kubectl/environment';
import { CONFIG_SCRIPT } from './config/script';

it('runs the kubectl config session as kubectl v1.32 does', () => {
  const env = createEnvironment({ virtualTime: true, cluster: { state: 'Absent' } });
  const home = env.run('pwd').output.trim();
  let out = '';
  for (const line of CONFIG_SCRIPT) {
    const ran = env.run(line);
    out += `$ ${line}\n${ran.output}[exit ${ran.exitCode}]\n`;
  }
  expect(out.split(home).join('$HOME')).toBe(readFileSync(path.join(__dirname, 'config', 'expected.txt'), 'utf8'));
});
