import type { RunningServer } from '../../server/src/main';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { startSystemServer } from '../support/systemServer';
import { cleanUp, LAB, loginStudent, requireRealKubectl, type Student } from './support';
import { openTerminal, type Terminal } from './terminal';

jest.setTimeout(120_000);

let db: TestDatabase;
let server: RunningServer;
let sam: Student;
let terminal: Terminal;
beforeAll(async () => {
  requireRealKubectl();
  db = await createTestDatabase();
  server = await startSystemServer(db, { env: { SANDBOX_WORKERS: '0' } });
  sam = await loginStudent(server, 'sam@example.org');
  terminal = await openTerminal(server.port, LAB, sam.cookie);
});
afterAll(async () => {
  terminal?.close();
  await server?.stop();
  await db?.drop();
  cleanUp();
});

it('explore', async () => {
  const fs = require('fs');
  let out = '';
  for (const c of ['kubectl api-resources', 'kubectl api-resources -o wide', 'kubectl api-resources --namespaced=false', 'kubectl api-resources --api-group=apps', 'kubectl api-resources --verbs=list,watch -o name', 'kubectl api-versions', 'kubectl version', 'kubectl version -o json', 'kubectl version -o yaml', 'kubectl auth can-i --list', 'kubectl auth can-i --list -n kube-system', 'kubectl auth whoami', 'kubectl auth whoami -o json', 'kubectl auth can-i get pods/log', 'kubectl auth can-i get /logs', 'kubectl auth can-i list nodes.metrics.k8s.io']) {
    const ours = await terminal.run(c);
    const real = await sam.kubectl(c.split(' ').slice(1));
    const same = ours === real.stdout + real.stderr;
    out += `=== ${c} ${same ? 'SAME' : 'DIFF'}\n` + (same ? '' : ours + '--- real:\n' + real.stdout + real.stderr);
  }
  fs.writeFileSync('/tmp/reads/explore.txt', out);
});
