// Issue 15, the read side: the real kubectl (v1.32 on the PATH) and our kubectl in the student's browser terminal, on
// the same sandbox, print the same thing: the Metrics API behind `kubectl top` (kubernetes-sigs/metrics-server
// pkg/api; kubectl pkg/cmd/top, pkg/metricsutil), discovery (`api-resources`, `api-versions`), `version`, `auth can-i`
// and `whoami` (kubectl pkg/cmd/auth/cani.go, whoami.go), `describe`, and the streams: `get -w` seeing the terminal's
// changes, `logs -f` following new lines, `logs -p`, `wait --for=delete|jsonpath`.
import type { RunningServer } from '../../server/src/main';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { startSystemServer } from '../support/systemServer';
import {
  cleanUp,
  eventually,
  LAB,
  loginStudent,
  requireRealKubectl,
  type KubectlResult,
  type Student,
} from './support';
import { openTerminal, type Terminal } from './terminal';

jest.setTimeout(60_000);

let db: TestDatabase;
let server: RunningServer;
let sam: Student;
let terminal: Terminal;
beforeAll(async () => {
  requireRealKubectl();
  db = await createTestDatabase();
  // A thousand comparisons in a row run past a kubeconfig's 20 requests a second (auth.test.ts tests that limit):
  // kubectl then waits out a 429 for a second, and a watch or wait opened that late misses what the terminal did.
  server = await startSystemServer(db, { env: { SANDBOX_WORKERS: '0', KUBE_API_REQUESTS_PER_SECOND: '10000' } });
  sam = await loginStudent(server, 'sam@example.org');
  terminal = await openTerminal(server.port, LAB, sam.cookie);
});
afterAll(async () => {
  terminal?.close();
  await server?.stop();
  await db?.drop();
  cleanUp();
});

/** On a terminal kubectl's warnings and errors come before its output; the real one's streams are joined so. */
const screen = (r: KubectlResult) => r.stderr + r.stdout;

/**
 * Runs `kubectl ARGS` in the terminal and with the real kubectl and expects the same text. An AGE column can tick
 * between the two runs: a differing pair is run again (at most twice) before it counts.
 */
async function expectSame(args: string): Promise<string> {
  let ours = '';
  let real = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    ours = await terminal.run(`kubectl ${args}`);
    real = screen(await sam.kubectl(args.split(' ')));
    if (ours === real) break;
  }
  expect(ours).toBe(real);
  return real;
}

describe('the Metrics API behind kubectl top', () => {
  it('is absent until metrics-server is enabled: both kubectls say so', async () => {
    const real = await sam.kubectl(['top', 'pods']);
    expect(real.code).toBe(1);
    expect(real.stderr).toBe('error: Metrics API not available\n');
    expect(await terminal.run('kubectl top pods')).toBe(real.stderr);
    expect(await expectSame('top nodes')).toBe('error: Metrics API not available\n');
    expect((await sam.kubectl(['api-versions'])).stdout).not.toContain('metrics.k8s.io');
  });

  it('serves NodeMetrics and PodMetrics once it runs, printed as our kubectl top prints them', async () => {
    await terminal.run('minikube addons enable metrics-server');
    // `wait -l` fails at once when nothing matches yet: the addon's pod comes from its controllers a tick later.
    for (let i = 0; i < 100; i++) {
      const listed = await sam.kubectl('get pods -n kube-system -l k8s-app=metrics-server -o name'.split(' '));
      if (listed.stdout.trim()) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const ready = await sam.kubectl(
      'wait -n kube-system --for=condition=Ready pod -l k8s-app=metrics-server --timeout=30s'.split(' '),
    );
    expect(ready.stdout).toMatch(/^pod\/metrics-server-\S+ condition met\n$/);
    await terminal.run('kubectl create deployment two --image=nginx --replicas=2');
    await sam.kubectl('wait --for=condition=Available deploy/two --timeout=30s'.split(' '));
    expect(await expectSame('top nodes')).toMatch(
      /^NAME {7}CPU\(cores\) {3}CPU\(%\) {3}MEMORY\(bytes\) {3}MEMORY\(%\) {3}\nminikube {3}\d+m +\d+% +\d+Mi +\d+% +\n$/,
    );
    expect(await expectSame('top pods')).toMatch(/^NAME +CPU\(cores\) +MEMORY\(bytes\) +\nhello-/);
    await expectSame('top pods -A --containers');
    await expectSame('top pods -A --sort-by=cpu');
    await expectSame('top pods -n kube-system --sort-by=memory --containers');
    await expectSame('top pods -A --sum');
    await expectSame('top pods -l app=two --no-headers');
    await expectSame('top node minikube --show-capacity');
    await expectSame('top nodes --sort-by=memory');
    // metrics-server's own NotFound and kubectl's own checks.
    expect(await expectSame('top pod nope')).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(await expectSame('top pods --sort-by=name')).toBe('error: --sort-by accepts only cpu or memory\n');
    expect(await expectSame('top pods -n empty-namespace')).toBe('No resources found in empty-namespace namespace.\n');
  });

  it('answers as metrics-server does: usage quantities, label selectors, Tables', async () => {
    const server = /server: (\S+)/.exec(sam.kubeconfig)![1]!;
    const token = /token: (\S+)/.exec(sam.kubeconfig)![1]!;
    const path = '/apis/metrics.k8s.io/v1beta1/namespaces/default/pods?labelSelector=app%3Dtwo';
    const raw = { stdout: await (await fetch(`${server}${path}`)).text() };
    // `kubectl get --raw` resolves its path from the host's root (rest.Request.RequestURI) and sends the kubeconfig's
    // token (client-go sends it over HTTPS, so behind the TLS proxy): the same answer there.
    const atRoot = await fetch(`${new URL(server).origin}${path}`, { headers: { authorization: `Bearer ${token}` } });
    // The same pods and containers; usage may have moved on between the two requests (the cluster's clock runs).
    const shape = (text: string) =>
      (JSON.parse(text) as { items: { metadata: { name: string }; containers: { name: string }[] }[] }).items.map(
        (i) => [i.metadata.name, i.containers.map((c) => c.name)],
      );
    expect(shape(await atRoot.text())).toEqual(shape(raw.stdout));
    const foreign = await fetch(`${new URL(server).origin}${path}`, {
      headers: { authorization: `Bearer klc_${'z'.repeat(43)}` },
    });
    expect(foreign.status).toBe(401);
    const list = JSON.parse(raw.stdout) as {
      kind: string;
      apiVersion: string;
      items: {
        metadata: { name: string };
        window: string;
        containers: { name: string; usage: { cpu: string; memory: string } }[];
      }[];
    };
    expect(list.kind).toBe('PodMetricsList');
    expect(list.apiVersion).toBe('metrics.k8s.io/v1beta1');
    expect(list.items.map((i) => i.metadata.name)).toEqual([
      expect.stringMatching(/^two-/),
      expect.stringMatching(/^two-/),
    ]);
    expect(list.items[0]?.containers[0]?.usage.cpu).toMatch(/^(0|\d+[nu])$/);
    expect(list.items[0]?.containers[0]?.usage.memory).toMatch(/^\d+(Ki|Mi)$/);
    const table = await sam.kubectl(['get', 'nodes.metrics.k8s.io']);
    expect(table.stdout).toMatch(/^NAME {7}CPU +MEMORY +WINDOW\nminikube {3}\d+[nu] +\d+(Ki|Mi) +20\.05s\n$/);
    const resources = await sam.kubectl(['api-resources', '--api-group=metrics.k8s.io']);
    expect(resources.stdout).toBe(
      'NAME    SHORTNAMES   APIVERSION               NAMESPACED   KIND\n' +
        'nodes                metrics.k8s.io/v1beta1   false        NodeMetrics\n' +
        'pods                 metrics.k8s.io/v1beta1   true         PodMetrics\n',
    );
    expect(await terminal.run('kubectl api-resources --api-group=metrics.k8s.io')).toBe(resources.stdout);
  });
});

describe('discovery, version and reviews', () => {
  it('api-resources (every column, -o wide, --namespaced, --api-group, --verbs) and api-versions', async () => {
    // The same bytes on both sides (expectSame); here only that the review types are listed (column widths follow
    // the longest name the cluster serves).
    expect(await expectSame('api-resources')).toMatch(
      /\nselfsubjectrulesreviews +authorization\.k8s\.io\/v1 +false +SelfSubjectRulesReview\n/,
    );
    // kubectl 1.32 joins VERBS with commas.
    expect(await expectSame('api-resources -o wide')).toMatch(
      /\npods +po +v1 +true +Pod +create,delete,deletecollection,get,list,patch,update,watch +all\n/,
    );
    await expectSame('api-resources --namespaced=false');
    await expectSame('api-resources --namespaced=true --no-headers');
    await expectSame('api-resources --api-group=apps -o wide');
    await expectSame('api-resources --verbs=list,watch -o name');
    // Every served version, the older autoscaling/v1 too.
    expect(await expectSame('api-versions')).toContain('autoscaling/v1\nautoscaling/v2\n');
  });

  it('version: the server part as kube-apiserver reports it, in kubectl 1.32’s layout', async () => {
    const real = JSON.parse((await sam.kubectl(['version', '-o', 'json'])).stdout) as { serverVersion: unknown };
    const oursText = await terminal.run('kubectl version -o json');
    // json.MarshalIndent(…, "", "  "): two spaces (the client parts differ: ours is the simulated client).
    expect(oursText).toMatch(/^\{\n {2}"clientVersion": \{\n {4}"major": "1",\n/);
    expect((JSON.parse(oursText) as { serverVersion: unknown }).serverVersion).toEqual(real.serverVersion);
    expect((await sam.kubectl(['version'])).stdout).toMatch(/\nServer Version: v1\.32\.0\n$/);
    expect(await terminal.run('kubectl version -o yaml')).toMatch(/\n {2}platform: linux\/amd64\n\n$/);
  });

  it('auth can-i (with --list) and whoami, for the student’s identity in the sandbox', async () => {
    expect(await expectSame('auth can-i create deployments -n kube-system')).toBe('yes\n');
    expect(await expectSame('auth can-i --list')).toMatch(
      /^Resources +Non-Resource URLs +Resource Names +Verbs\n\*\.\* +\[\] +\[\] +\[\*\]\n/,
    );
    await expectSame('auth can-i --list -n kube-system --no-headers');
    expect(await expectSame('auth can-i get /logs')).toBe('yes\n');
    expect(await expectSame('auth can-i get pods/log')).toBe('yes\n');
    expect(await expectSame('auth can-i list frobs')).toBe(
      "Warning: the server doesn't have a resource type 'frobs'\n\nyes\n",
    );
    expect(await expectSame('auth can-i list widgets.example.com')).toBe(
      "Warning: the server doesn't have a resource type 'widgets' in group 'example.com'\n\nyes\n",
    );
    expect(await expectSame('auth can-i list nodes')).toBe(
      "Warning: resource 'nodes' is not namespace scoped\n\nyes\n",
    );
    expect(await expectSame('auth can-i frob pods')).toBe("Warning: verb 'frob' is not a known verb\n\nyes\n");
    expect(await expectSame('auth can-i --list -A')).toBe(
      "error: list option can't be specified with neither quiet, all-namespaces nor subresource options\n",
    );
    expect(await expectSame('auth whoami')).toBe(
      'ATTRIBUTE   VALUE\nUsername    minikube-user\nGroups      [system:masters system:authenticated]\n',
    );
    expect(await expectSame('auth whoami -o json')).toMatch(/^\{\n {4}"kind": "SelfSubjectReview",\n/);
    await expectSame('auth whoami -o yaml');
  });

  it('describe prints what our describe prints, kind by kind', async () => {
    await terminal.run('kubectl create deployment web --image=nginx --replicas=2');
    await terminal.run('kubectl expose deployment web --port=80');
    await terminal.run('kubectl create configmap conf --from-literal=colour=blue');
    await sam.kubectl('wait --for=condition=Available deploy/web --timeout=30s'.split(' '));
    expect(await expectSame('describe deployment web')).toMatch(/^Name: +web\nNamespace: +default\n/);
    await expectSame('describe service web');
    await expectSame('describe configmap conf');
    await expectSame('describe namespace default');
    await expectSame('describe serviceaccount default');
    await expectSame('describe pods -l app=web');
    await expectSame('describe node minikube');
  });

  it('API Priority and Fairness: the bootstrap FlowSchemas (in matching order) and priority levels', async () => {
    expect(await expectSame('get flowschemas')).toMatch(
      /^NAME +PRIORITYLEVEL +MATCHINGPRECEDENCE +DISTINGUISHERMETHOD +AGE +MISSINGPL\nexempt +exempt +1 +<none> +\S+ +False\nprobes /,
    );
    expect(await expectSame('get prioritylevelconfigurations')).toMatch(
      /\nexempt +Exempt +<none> +<none> +<none> +<none> +\S+\n/,
    );
    await expectSame('get flowschema exempt catch-all -o wide');
    await expectSame('get flowschema system-node-high -o yaml');
    await expectSame('get prioritylevelconfiguration workload-low -o json');
    await expectSame('describe flowschema probes');
    await expectSame('describe prioritylevelconfiguration catch-all');
  });
});

describe('streams', () => {
  it('get -w shows what the browser terminal changes', async () => {
    await terminal.run('kubectl create deployment watched --image=nginx');
    // -v=6 logs each request with its status: the scale below must come once the watch is open. kubectl drops the
    // first event of a single object's watch (from resourceVersion 0, the object as it is), so a watch that opened
    // late (a 429 after the matrix's requests, retried a second later) would take the scale for that first event.
    const watch = sam.spawnKubectl([
      'get',
      'deployment',
      'watched',
      '-w',
      '-o',
      'custom-columns=NAME:.metadata.name,WANT:.spec.replicas',
      '-v=6',
    ]);
    try {
      await eventually(
        () => /watched +1\n/.test(watch.out()) && /watch=true 200 OK/.test(watch.out()),
        () => `get -w printed: ${watch.out()}`,
      );
      expect(await terminal.run('kubectl scale deployment watched --replicas=3')).toBe(
        'deployment.apps/watched scaled\n',
      );
      await eventually(
        () => /watched +3\n/.test(watch.out()),
        () => `get -w printed: ${watch.out()}`,
      );
    } finally {
      watch.child.kill();
    }
  });

  it('logs -f follows new lines; logs -p shows the run before the restart', async () => {
    await terminal.run(`kubectl run ticker --image=busybox -- sh -c 'while true; do echo tick; sleep 1; done'`);
    await sam.kubectl('wait --for=condition=Ready pod/ticker --timeout=30s'.split(' '));
    const follow = sam.spawnKubectl(['logs', '-f', 'ticker']);
    try {
      const ticks = () =>
        follow
          .out()
          .split('\n')
          .filter((l) => l === 'tick').length;
      await eventually(
        () => ticks() >= 1,
        () => `logs -f printed: ${follow.out()}`,
      );
      const first = ticks();
      // New lines arrive on the open stream, not only those there when it started.
      await eventually(
        () => ticks() >= first + 2,
        () => `logs -f printed: ${follow.out()}`,
      );
    } finally {
      follow.child.kill();
    }
    await terminal.run(`kubectl run crashy --image=busybox -- sh -c 'echo started; exit 1'`);
    const restarted = await sam.kubectl(
      'wait --for=jsonpath={.status.containerStatuses[0].restartCount}=1 pod/crashy --timeout=30s'.split(' '),
    );
    expect(restarted.stdout).toBe('pod/crashy condition met\n');
    expect(await expectSame('logs crashy -p')).toBe('started\n');
    expect(await expectSame('logs ticker --previous')).toBe(
      'Error from server (BadRequest): previous terminated container "ticker" in pod "ticker" not found\n',
    );
  });

  // kubectl pkg/util/podcmd: init containers are found by name and listed `name (init)` in the defaulted note.
  it('logs of init and sidecar containers, and the note naming them', async () => {
    const applied = await sam.kubectl(
      ['apply', '-f', '-'],
      `apiVersion: v1
kind: Pod
metadata:
  name: kiosk
spec:
  initContainers:
  - name: prepare
    image: busybox
    command: ['sh', '-c', 'echo prepared']
  - name: helper
    image: busybox
    restartPolicy: Always
    command: ['sh', '-c', 'echo helping; sleep 3600']
  containers:
  - name: app
    image: busybox
    command: ['sh', '-c', 'echo serving; sleep 3600']
`,
    );
    expect(applied.stdout).toBe('pod/kiosk created\n');
    await sam.kubectl('wait --for=condition=Ready pod/kiosk --timeout=30s'.split(' '));
    expect(await expectSame('logs kiosk')).toBe(
      'Defaulted container "app" out of: app, prepare (init), helper (init)\nserving\n',
    );
    expect(await expectSame('logs kiosk -c prepare')).toBe('prepared\n');
    expect(await expectSame('logs kiosk -c helper')).toBe('helping\n');
    expect(await expectSame('logs kiosk --all-containers')).toBe('prepared\nhelping\nserving\n');
    expect(await expectSame('logs kiosk -c nosuch')).toBe('error: container nosuch is not valid for pod kiosk\n');
    expect(await expectSame('exec kiosk -c helper -- hostname')).toBe('kiosk\n');
  });

  it('wait --for=delete ends when the terminal deletes; wait --for=jsonpath when the terminal scales', async () => {
    await terminal.run('kubectl create configmap doomed --from-literal=a=b');
    const waiting = sam.spawnKubectl(['wait', '--for=delete', 'configmap/doomed', '--timeout=30s']);
    const done = new Promise<number | null>((resolve) => waiting.child.on('exit', resolve));
    // kubectl has read the object and is watching it well before this (it starts in a few hundred milliseconds).
    await new Promise((r) => setTimeout(r, 1500));
    expect(await terminal.run('kubectl delete configmap doomed')).toBe('configmap "doomed" deleted\n');
    expect(await done).toBe(0);
    expect(waiting.out()).toBe('configmap/doomed condition met\n');
    const scaled = sam.spawnKubectl([
      'wait',
      '--for=jsonpath={.status.readyReplicas}=3',
      'deployment/web',
      '--timeout=30s',
    ]);
    const scaledDone = new Promise<number | null>((resolve) => scaled.child.on('exit', resolve));
    await terminal.run('kubectl scale deployment web --replicas=3');
    expect(await scaledDone).toBe(0);
    expect(scaled.out()).toBe('deployment.apps/web condition met\n');
    // Ours words both as the real one does.
    expect(await terminal.run('kubectl wait --for=jsonpath={.status.readyReplicas}=3 deployment/web')).toBe(
      'deployment.apps/web condition met\n',
    );
    // Already gone: wait.go ignores the NotFound, prints nothing and succeeds.
    expect(await expectSame('wait --for=delete configmap/doomed --timeout=1s')).toBe('');
  });
});
