// `kubelab sim --serve`: the offline cluster's Kubernetes API for the real kubectl, no server and no database. The
// kubeconfig it prints reaches the cluster; a wrong path is 401; Ctrl-C (SIGINT) stops it cleanly.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventually, kubectlIn, requireRealKubectl } from './support';

jest.setTimeout(120_000);

it('serves a started cluster to the real kubectl until SIGINT', async () => {
  requireRealKubectl();
  const root = path.resolve(__dirname, '../..');
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['server/src/cli/main.ts', 'sim', '--serve'], {
    cwd: root,
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const dir = mkdtempSync(path.join(tmpdir(), 'kubelab-sim-serve-'));
  try {
    await eventually(
      () => /token: klc_\S+\n/.test(out),
      () => `no kubeconfig printed: ${out}`,
      60_000,
    );
    expect(out).toMatch(/server: http:\/\/127\.0\.0\.1:\d+\/clusters\/klc_/);
    const file = path.join(dir, 'kubeconfig');
    writeFileSync(file, out);
    const kubectl = kubectlIn(dir, file);
    const nodes = await kubectl.run(['get', 'nodes']);
    expect(nodes.stdout).toMatch(
      /^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION\nminikube\s+Ready\s+control-plane\s+\S+\s+v1\.32\.0\n$/,
    );
    const server = /server: (\S+)/.exec(out)![1]!;
    const wrong = await fetch(`${server.replace(/klc_\S+$/, 'klc_wrong')}/api/v1/pods`);
    expect(wrong.status).toBe(401);
  } finally {
    child.kill('SIGINT');
    rmSync(dir, { recursive: true, force: true });
  }
  expect(await exited).toBe(0);
});
