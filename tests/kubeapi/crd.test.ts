// Custom resources through the real kubectl v1.32 and through ours, on the same cluster: creating a CRD and its
// objects (server-side field validation, defaults, CEL rules), the served Table of its printer columns, `kubectl
// scale` through its scale subresource, field selectors on its selectable fields, and the refusals kubectl words
// itself (a strategic merge patch, a patch's strict decoding error). Each command's stdout, stderr and exit code
// must be the same from both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { normalise, same } from './differential/compare';
import { ClusterHost } from './differential/host';
import { Sandbox, type Outcome } from './differential/sandbox';
import { requireRealKubectl } from './support';
import { CRONTAB_CRD as crd, crontab } from '../support/crontab';

jest.setTimeout(180_000);

/** Commands in order; `read` ones run on the one cluster, the others on a copy for the real kubectl. */
const COMMANDS: { argv: string[]; read?: boolean }[] = [
  { argv: ['apply', '-f', 'crd.yaml'] },
  { argv: ['apply', '-f', 'typo.yaml'] },
  { argv: ['create', '-f', 'typo.yaml', '--validate=warn'] },
  { argv: ['get', 'crontabs'], read: true },
  { argv: ['get', 'ct', '-o', 'wide'], read: true },
  { argv: ['get', 'ct', 'my-new-cron-object', '-o', 'jsonpath={.spec}'], read: true },
  { argv: ['scale', 'ct', 'my-new-cron-object', '--replicas=3'] },
  { argv: ['get', 'ct', '--field-selector', 'spec.image=my-awesome-cron-image:1.0'], read: true },
  { argv: ['get', 'ct', '--field-selector', 'spec.cronSpec=x'], read: true },
  { argv: ['patch', 'ct', 'my-new-cron-object', '-p', '{"spec":{"replicas":2}}'] },
  { argv: ['patch', 'ct', 'my-new-cron-object', '--type=merge', '-p', '{"spec":{"replicas":20}}'] },
  { argv: ['patch', 'ct', 'my-new-cron-object', '--type=merge', '-p', '{"spec":{"image":"nginx:latest"}}'] },
  { argv: ['apply', '-f', 'typo.yaml'] },
  { argv: ['scale', 'crd', 'crontabs.stable.example.com', '--replicas=2'] },
];

let host: ClusterHost;
let dir: string;

beforeAll(async () => {
  requireRealKubectl();
  host = await ClusterHost.start();
  dir = mkdtempSync(path.join(tmpdir(), 'kubelab-crd-'));
});

afterAll(async () => {
  await host.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('our kubectl prints what the real kubectl prints for custom resources', async () => {
  const sandbox = Sandbox.fresh(host, 'crd', path.join(dir, 'sandbox'), 7);
  sandbox.write('crd.yaml', crd);
  sandbox.write('typo.yaml', crontab('  replica: 3\n'));
  const differences: { argv: string[]; ours: Outcome; real: Outcome }[] = [];
  try {
    for (const { argv, read } of COMMANDS) {
      const { ours, real } = read ? await sandbox.read(argv) : await sandbox.mutate(argv);
      if (!same(normalise(argv, ours), normalise(argv, real))) differences.push({ argv, ours, real });
    }
  } finally {
    sandbox.close();
  }
  expect(differences).toEqual([]);
});
