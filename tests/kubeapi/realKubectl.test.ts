// Issue 15: the real kubectl (v1.32 on the PATH) against a student's sandbox through the Kubernetes API, with a
// kubeconfig downloaded from the lab page, sandboxes on the main thread (SANDBOX_WORKERS=0). What real kubectl prints
// comes from our printers (server-side Tables) and our sim's answers, so it is compared with what kube-apiserver and
// kubectl print for the same state.
import type { RunningServer } from '../../server/src/main';
import { TerminalClient } from '../realtime/support/harness';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { startSystemServer } from '../support/systemServer';
import { cleanUp, eventually, LAB, loginStudent, requireRealKubectl, type Student } from './support';

jest.setTimeout(120_000);

let db: TestDatabase;
let server: RunningServer;
let sam: Student;
beforeAll(async () => {
  requireRealKubectl();
  db = await createTestDatabase();
  server = await startSystemServer(db, { env: { SANDBOX_WORKERS: '0' } });
  sam = await loginStudent(server, 'sam@example.org');
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  cleanUp();
});

it('the kubeconfig names the lab cluster, its secret path and the request origin', () => {
  expect(sam.kubeconfig).toMatch(
    new RegExp(`server: http://127\\.0\\.0\\.1:${server.port}/clusters/klc_[A-Za-z0-9_-]{43}\\n`),
  );
  expect(sam.kubeconfig).toContain(`current-context: kubelab-${LAB}`);
});

it('version reports the simulated cluster (v1.32, so the dispatcher runs kubectl 1.32)', async () => {
  const r = await sam.kubectl(['version']);
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain('Server Version: v1.32.0');
});

it('api-resources and api-versions list what the cluster serves, as kubectl prints them', async () => {
  const resources = await sam.kubectl(['api-resources']);
  expect(resources.code).toBe(0);
  const lines = resources.stdout.split('\n');
  expect(lines[0]).toMatch(/^NAME\s+SHORTNAMES\s+APIVERSION\s+NAMESPACED\s+KIND$/);
  expect(lines).toContainEqual(expect.stringMatching(/^pods\s+po\s+v1\s+true\s+Pod$/));
  expect(lines).toContainEqual(expect.stringMatching(/^deployments\s+deploy\s+apps\/v1\s+true\s+Deployment$/));
  const versions = await sam.kubectl(['api-versions']);
  expect(versions.stdout.split('\n')).toEqual(expect.arrayContaining(['apps/v1', 'batch/v1', 'v1']));
});

it('get prints our printers’ columns (table, wide, -A, -l, --field-selector, name, jsonpath, yaml, json)', async () => {
  const table = await sam.kubectl(['get', 'deployments']);
  expect(table.stdout).toMatch(/^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\nhello\s+\d\/1\s+/);
  const wide = await sam.kubectl(['get', 'pods', '-o', 'wide', '-l', 'app=hello']);
  expect(wide.stdout.split('\n')[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE/);
  const all = await sam.kubectl(['get', 'pods', '-A', '--field-selector', 'metadata.namespace=kube-system']);
  expect(all.stdout).toMatch(/^NAMESPACE\s+NAME\s+READY/);
  expect(all.stdout).toContain('kube-apiserver-minikube');
  expect(all.stdout).not.toMatch(/\ndefault\s/);
  const names = await sam.kubectl(['get', 'deploy', '-o', 'name']);
  expect(names.stdout).toBe('deployment.apps/hello\n');
  const jp = await sam.kubectl(['get', 'deploy', 'hello', '-o', 'jsonpath={.metadata.name} {.spec.replicas}']);
  expect(jp.stdout).toBe('hello 1');
  const yaml = await sam.kubectl(['get', 'deploy', 'hello', '-o', 'yaml']);
  expect(yaml.stdout).toMatch(/^apiVersion: apps\/v1\nkind: Deployment\nmetadata:\n/);
  const json = JSON.parse((await sam.kubectl(['get', 'pods', '-o', 'json'])).stdout) as { kind: string };
  expect(json.kind).toBe('List');
  const none = await sam.kubectl(['get', 'pods', '-n', 'nothing-here']);
  expect(none.stderr).toBe('No resources found in nothing-here namespace.\n');
});

it('errors are kube-apiserver’s Status, worded by kubectl as for a real cluster', async () => {
  const missing = await sam.kubectl(['get', 'pod', 'nope']);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
  const kind = await sam.kubectl(['get', 'frobs']);
  expect(kind.stderr).toBe('error: the server doesn\'t have a resource type "frobs"\n');
});

it('describe, label, annotate, scale, patch (merge, json, strategic) and rollout status', async () => {
  expect((await sam.kubectl(['describe', 'deployment', 'hello'])).stdout).toMatch(
    /^Name:\s+hello\nNamespace:\s+default\n/,
  );
  expect((await sam.kubectl(['label', 'deploy', 'hello', 'tier=web'])).stdout).toBe('deployment.apps/hello labeled\n');
  expect((await sam.kubectl(['annotate', 'deploy', 'hello', 'note=hi'])).stdout).toBe(
    'deployment.apps/hello annotated\n',
  );
  expect((await sam.kubectl(['scale', 'deploy', 'hello', '--replicas=2'])).stdout).toBe(
    'deployment.apps/hello scaled\n',
  );
  const strategic = await sam.kubectl(['patch', 'deploy', 'hello', '-p', '{"spec":{"replicas":3}}']);
  expect(strategic.stdout).toBe('deployment.apps/hello patched\n');
  await sam.kubectl(['patch', 'deploy', 'hello', '--type=merge', '-p', '{"metadata":{"labels":{"m":"1"}}}']);
  await sam.kubectl([
    'patch',
    'deploy',
    'hello',
    '--type=json',
    '-p',
    '[{"op":"replace","path":"/spec/replicas","value":2}]',
  ]);
  const labels = await sam.kubectl([
    'get',
    'deploy',
    'hello',
    '-o',
    'jsonpath={.metadata.labels.tier},{.metadata.labels.m},{.spec.replicas}',
  ]);
  expect(labels.stdout).toBe('web,1,2');
  const rollout = await sam.kubectl(['rollout', 'status', 'deployment/hello', '--timeout=60s']);
  expect(rollout.stderr).toBe('');
  expect(rollout.stdout).toMatch(/deployment "hello" successfully rolled out\n$/);
});

it('run, logs (tail, timestamps) and delete', async () => {
  expect(
    (await sam.kubectl(['run', 'echo', '--image=busybox', '--', 'sh', '-c', 'echo one; echo two; sleep 3600'])).stdout,
  ).toBe('pod/echo created\n');
  expect((await sam.kubectl(['wait', '--for=condition=Ready', 'pod/echo', '--timeout=60s'])).stdout).toBe(
    'pod/echo condition met\n',
  );
  expect((await sam.kubectl(['logs', 'echo'])).stdout).toBe('one\ntwo\n');
  expect((await sam.kubectl(['logs', 'echo', '--tail=1'])).stdout).toBe('two\n');
  expect((await sam.kubectl(['logs', 'echo', '--timestamps'])).stdout).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z one\n/);
  const c = await sam.kubectl(['logs', 'echo', '-c', 'nope']);
  expect(c.stderr).toBe('error: container nope is not valid for pod echo\n');
  expect((await sam.kubectl(['delete', 'pod', 'echo', '--wait=false'])).stdout).toBe('pod "echo" deleted\n');
});

it('apply -f (client-side, validated) creates, then configures; explain reads the served schemas', async () => {
  const manifest = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  colour: blue
`;
  // kubectl's default validation: it finds `fieldValidation` in the served OpenAPI document and asks the server.
  const first = await sam.kubectl(['apply', '-f', '-'], manifest);
  expect(first.stdout).toBe('configmap/settings created\n');
  const second = await sam.kubectl(['apply', '-f', '-'], manifest.replace('blue', 'green'));
  expect(second.stdout).toBe('configmap/settings configured\n');
  expect((await sam.kubectl(['get', 'cm', 'settings', '-o', 'jsonpath={.data.colour}'])).stdout).toBe('green');
  const explained = await sam.kubectl(['explain', 'deployment.spec.replicas']);
  expect(explained.stdout).toMatch(/^GROUP:\s+apps\nKIND:\s+Deployment\nVERSION:\s+v1\n\nFIELD: replicas <integer>\n/);
});

it('create deployment and configmap, autoscale, auth can-i and whoami (kubectl 1.32 sends protobuf)', async () => {
  expect((await sam.kubectl(['create', 'deployment', 'web', '--image=nginx'])).stdout).toBe(
    'deployment.apps/web created\n',
  );
  expect((await sam.kubectl(['create', 'configmap', 'cm1', '--from-literal=a=b'])).stdout).toBe(
    'configmap/cm1 created\n',
  );
  expect((await sam.kubectl(['autoscale', 'deployment', 'web', '--max=5', '--cpu-percent=70'])).stdout).toBe(
    'horizontalpodautoscaler.autoscaling/web autoscaled\n',
  );
  expect((await sam.kubectl(['auth', 'can-i', 'create', 'deployments', '-n', 'kube-system'])).stdout).toBe('yes\n');
  expect((await sam.kubectl(['auth', 'whoami'])).stdout).toBe(
    'ATTRIBUTE   VALUE\nUsername    minikube-user\nGroups      [system:masters system:authenticated]\n',
  );
});

it('get -w sees a change typed in the student’s browser terminal, and the terminal sees kubectl’s', async () => {
  await sam.kubectl(['run', 'marker', '--image=nginx', '--labels=made-by=marker']);
  const watch = sam.spawnKubectl(['get', 'pods', '-w', '-l', 'made-by']);
  const terminal = new TerminalClient(`http://127.0.0.1:${server.port}`, { labId: LAB }, sam.cookie);
  try {
    await terminal.opened();
    await terminal.waitFor('$ ', 15_000);
    // Once kubectl has listed (the marker), its watch resumes from the list: nothing after is missed.
    await eventually(
      () => watch.out().includes('marker'),
      () => `get -w printed: ${watch.out()}`,
    );
    terminal.type('kubectl run from-terminal --image=nginx --labels=made-by=terminal\r');
    await terminal.waitFor('pod/from-terminal created', 15_000);
    await eventually(
      () => /from-terminal\s+0\/1\s+Pending/.test(watch.out()),
      () => `get -w printed: ${watch.out()}`,
    );
    terminal.type('kubectl get pods -w -l made-by=api\r');
    await sam.kubectl(['run', 'from-api', '--image=nginx', '--labels=made-by=api']);
    await terminal.waitFor(/from-api\s+0\/1\s+Pending/, 15_000);
  } finally {
    watch.child.kill();
    terminal.close();
  }
});

// The website's webhook examples (access/validating-webhook-configuration-match-conditions.yaml has no name;
// access/manifest-admission-control/validating-webhook.yaml has a placeholder caBundle), as kubectl v1.32 and
// kube-apiserver refuse them: kubectl's apply.go before sending (client-go rest "resource name may not be empty"),
// the API server's decoder (encoding/base64), its strict field validation, then validation.go.
it('refuses webhook configurations as kubectl and kube-apiserver do, and explains their fields', async () => {
  const webhook = (meta: string, clientConfig: string, extra = '') => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
${meta}webhooks:
- name: guard.kitchen.example.org
  clientConfig:
${clientConfig}
  sideEffects: None
  admissionReviewVersions: [v1]
${extra}`;
  const service = '    service: {namespace: kitchen, name: guard}';
  const nameless = await sam.kubectl(['apply', '-f', '-'], webhook('', service));
  expect(nameless).toMatchObject({ code: 1, stdout: '' });
  expect(nameless.stderr).toBe(
    [
      'error: error when retrieving current configuration of:',
      'Resource: "admissionregistration.k8s.io/v1, Resource=validatingwebhookconfigurations", GroupVersionKind: "admissionregistration.k8s.io/v1, Kind=ValidatingWebhookConfiguration"',
      'Name: "", Namespace: ""',
      'from server for: "STDIN": resource name may not be empty',
      '',
    ].join('\n'),
  );
  const meta = 'metadata:\n  name: guard\n';
  const placeholder = await sam.kubectl(['apply', '-f', '-'], webhook(meta, `${service}\n    caBundle: "<CA>"`));
  expect(placeholder.stderr).toBe(
    'Error from server (BadRequest): error when creating "STDIN": ValidatingWebhookConfiguration in version "v1" cannot be handled as a ValidatingWebhookConfiguration: illegal base64 data at input byte 0\n',
  );
  const unknown = await sam.kubectl(['apply', '-f', '-'], webhook(meta, service, '  retries: 3'));
  expect(unknown.stderr).toBe(
    'Error from server (BadRequest): error when creating "STDIN": ValidatingWebhookConfiguration in version "v1" cannot be handled as a ValidatingWebhookConfiguration: strict decoding error: unknown field "webhooks[0].retries"\n',
  );
  const created = await sam.kubectl(['apply', '-f', '-'], webhook(meta, service));
  expect(created.stdout).toBe('validatingwebhookconfiguration.admissionregistration.k8s.io/guard created\n');
  const listed = await sam.kubectl(['get', 'validatingwebhookconfigurations']);
  expect(listed.stdout).toMatch(/^NAME\s+WEBHOOKS\s+AGE\nguard\s+1\s+\d+s\n$/);
  const explained = await sam.kubectl(['explain', 'validatingwebhookconfiguration.webhooks.clientConfig']);
  expect(explained.stdout).toMatch(/FIELD: clientConfig <WebhookClientConfig>/);
  expect(explained.stdout).toMatch(/\n {2}caBundle\t<string>\n/);
});

// Unknown, revoked and foreign kubeconfigs, and the isolation of sandboxes: tests/kubeapi/auth.test.ts.
