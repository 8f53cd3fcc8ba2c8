// Issue 15, the write side of the real-kubectl matrix: the real kubectl v1.32 (on the PATH) writing to a student's
// sandbox through the Kubernetes API. What kubectl prints is kubectl's own wording of our server's answers, so each
// expectation is what kubectl prints for kube-apiserver v1.32's answers:
// - server-side apply and managedFields: k8s.io/apimachinery/pkg/util/managedfields (internal/conflict.go for the
//   409's wording, internal/stripmeta.go for the untracked metadata) over sigs.k8s.io/structured-merge-diff
//   (merge/update.go: an Update owns what it changed, an Apply owns its configuration and prunes what it dropped);
// - fieldValidation: KEP-2885, apiserver/pkg/endpoints/handlers (strict decoding errors, Warning headers);
// - impersonation: apiserver/pkg/endpoints/filters/impersonation.go and the RBAC authorizer's Forbidden wording.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningServer } from '../../server/src/main';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { startSystemServer } from '../support/systemServer';
import { CONFLICT_ADVICE as TERMINAL_CONFLICT_ADVICE } from '../../server/src/kubectl/commands/apply';
import { cleanUp, loginStudent, requireRealKubectl, type Student } from './support';

jest.setTimeout(120_000);

let db: TestDatabase;
let server: RunningServer;
let kim: Student;
let dir: string;
beforeAll(async () => {
  requireRealKubectl();
  db = await createTestDatabase();
  server = await startSystemServer(db, { env: { SANDBOX_WORKERS: '0' } });
  kim = await loginStudent(server, 'kim@example.org');
  dir = mkdtempSync(path.join(tmpdir(), 'kubelab-writes-'));
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  cleanUp();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const k = (...args: string[]) => kim.kubectl(args);
const apply = (manifest: string, ...args: string[]) => kim.kubectl(['apply', '-f', '-', ...args], manifest);

/** The managedFields of `kubectl get -o yaml --show-managed-fields`, their times masked. */
async function managedFields(resource: string): Promise<string> {
  const yaml = (await k('get', resource, '-o', 'yaml', '--show-managed-fields')).stdout;
  const section = /\n {2}managedFields:\n([\s\S]*?)\n {2}name: /.exec(yaml)?.[1] ?? `no managedFields in:\n${yaml}`;
  return section.replace(/time: "[^"]+"/g, 'time: T');
}

const configMap = (name: string, data: Record<string, string>) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${Object.entries(data)
    .map(([key, value]) => `  ${key}: "${value}"\n`)
    .join('')}`;

// kubectl's text after a 409 from a server-side apply: the lab terminal's kubectl prints the same (the real kubectl's
// output proves that text right here).
const CONFLICT_ADVICE = `${TERMINAL_CONFLICT_ADVICE}\n`;

describe('server-side apply', () => {
  it('owns the applied fields, refuses to take another manager’s, takes them with --force-conflicts', async () => {
    const first = await apply(configMap('ssa', { a: '1', b: '1' }), '--server-side');
    expect(first.stdout).toBe('configmap/ssa serverside-applied\n');
    expect(await managedFields('cm/ssa')).toBe(`  - apiVersion: v1
    fieldsType: FieldsV1
    fieldsV1:
      f:data:
        f:a: {}
        f:b: {}
    manager: kubectl
    operation: Apply
    time: T`);
    // Another manager changing a field kubectl owns: kube-apiserver's 409, worded by kubectl.
    const clash = await apply(configMap('ssa', { a: '2' }), '--server-side', '--field-manager=ops');
    expect(clash.code).toBe(1);
    expect(clash.stderr).toBe(
      `error: Apply failed with 1 conflict: conflict with "kubectl": .data.a\n${CONFLICT_ADVICE}`,
    );
    // The same value is co-owned, no conflict.
    expect((await apply(configMap('ssa', { b: '1' }), '--server-side', '--field-manager=ops')).code).toBe(0);
    const forced = await apply(
      configMap('ssa', { a: '2' }),
      '--server-side',
      '--field-manager=ops',
      '--force-conflicts',
    );
    expect(forced.stdout).toBe('configmap/ssa serverside-applied\n');
    // ops dropped b from its configuration (kubectl still owns it, so it stays); kubectl lost a.
    expect(await managedFields('cm/ssa')).toBe(`  - apiVersion: v1
    fieldsType: FieldsV1
    fieldsV1:
      f:data:
        f:b: {}
    manager: kubectl
    operation: Apply
    time: T
  - apiVersion: v1
    fieldsType: FieldsV1
    fieldsV1:
      f:data:
        f:a: {}
    manager: ops
    operation: Apply
    time: T`);
    // kubectl applies without b: nobody else owns it, so it is removed; a stays (ops owns it).
    expect((await apply(configMap('ssa', { c: '3' }), '--server-side')).code).toBe(0);
    expect((await k('get', 'cm', 'ssa', '-o', 'jsonpath={.data}')).stdout).toBe('{"a":"2","c":"3"}');
  });

  it('records Update entries for create, scale (subresource) and label, and names them in a conflict', async () => {
    expect((await k('create', 'deployment', 'owned', '--image=nginx')).stdout).toBe('deployment.apps/owned created\n');
    // As kube-apiserver records `kubectl create deployment` (defaulted fields included, `.` for new nodes).
    expect(await managedFields('deploy/owned')).toBe(`  - apiVersion: apps/v1
    fieldsType: FieldsV1
    fieldsV1:
      f:metadata:
        f:labels:
          .: {}
          f:app: {}
      f:spec:
        f:progressDeadlineSeconds: {}
        f:replicas: {}
        f:revisionHistoryLimit: {}
        f:selector: {}
        f:strategy:
          f:rollingUpdate:
            .: {}
            f:maxSurge: {}
            f:maxUnavailable: {}
          f:type: {}
        f:template:
          f:metadata:
            f:labels:
              .: {}
              f:app: {}
          f:spec:
            f:containers:
              k:{"name":"nginx"}:
                .: {}
                f:image: {}
                f:imagePullPolicy: {}
                f:name: {}
                f:resources: {}
                f:terminationMessagePath: {}
                f:terminationMessagePolicy: {}
            f:dnsPolicy: {}
            f:restartPolicy: {}
            f:schedulerName: {}
            f:securityContext: {}
            f:terminationGracePeriodSeconds: {}
    manager: kubectl-create
    operation: Update
    time: T`);
    const manifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: applied
spec:
  replicas: 2
  selector:
    matchLabels: {app: applied}
  template:
    metadata:
      labels: {app: applied}
    spec:
      containers:
      - name: web
        image: nginx
        ports:
        - containerPort: 80
`;
    expect((await apply(manifest, '--server-side')).stdout).toBe('deployment.apps/applied serverside-applied\n');
    // kubectl scale sends no field manager: the user agent's `kubectl`, through the scale subresource.
    expect((await k('scale', 'deploy', 'applied', '--replicas=3')).stdout).toBe('deployment.apps/applied scaled\n');
    expect((await k('label', 'deploy', 'applied', 'tier=web')).stdout).toBe('deployment.apps/applied labeled\n');
    const fields = await managedFields('deploy/applied');
    expect(fields).toContain(`                f:ports:
                  k:{"containerPort":80,"protocol":"TCP"}:
                    .: {}
                    f:containerPort: {}
    manager: kubectl
    operation: Apply`);
    expect(fields).toContain(`      f:spec:
        f:replicas: {}
    manager: kubectl
    operation: Update
    subresource: scale`);
    // The applied manifest had no labels: the label command made the map, so it owns it (`.`) too.
    expect(fields).toContain(`      f:metadata:
        f:labels:
          .: {}
          f:tier: {}
    manager: kubectl-label
    operation: Update`);
    const clash = await apply(manifest, '--server-side');
    expect(clash.stderr).toBe(
      `error: Apply failed with 1 conflict: conflict with "kubectl" with subresource "scale" using apps/v1: .spec.replicas\n${CONFLICT_ADVICE}`,
    );
  });

  it('kubectl patch has no apply type in v1.32; --field-manager names the manager of other writes', async () => {
    const typed = await k('patch', 'cm', 'ssa', '--type=apply', '-p', '{}');
    expect(typed.stderr).toBe('error: --type must be one of [json merge strategic], not "apply"\n');
    await k('patch', 'cm', 'ssa', '--type=merge', '-p', '{"data":{"m":"1"}}', '--field-manager=patcher');
    expect(await managedFields('cm/ssa')).toContain(`      f:data:
        f:m: {}
    manager: patcher
    operation: Update`);
  });
});

describe('fieldValidation', () => {
  const bad = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: typo
spec:
  replicas: 1
  foo: bar
  selector:
    matchLabels: {app: typo}
  template:
    metadata:
      labels: {app: typo}
    spec:
      containers:
      - name: web
        image: nginx
        imagePullPolicyy: Always
`;

  it('Strict (kubectl’s default for create, replace and apply) refuses unknown fields', async () => {
    const created = await kim.kubectl(['create', '-f', '-', '-v=6'], bad);
    expect(created.stderr).toMatch(/POST \S+\/deployments\?fieldManager=kubectl-create&fieldValidation=Strict 400/);
    expect(created.stderr).toContain(
      'Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.foo", unknown field "spec.template.spec.containers[0].imagePullPolicyy"\n',
    );
    // Server-side apply: structured-merge-diff refuses fields its schema does not declare.
    const applied = await apply(bad, '--server-side');
    expect(applied.stderr).toBe(
      'Error from server: failed to create typed patch object (default/typo; apps/v1, Kind=Deployment): errors:\n' +
        '  .spec.foo: field not declared in schema\n' +
        '  .spec.template.spec.containers[name="web"].imagePullPolicyy: field not declared in schema\n',
    );
  });

  it('Warn answers with Warning headers and drops the fields; Ignore drops them silently', async () => {
    const warned = await kim.kubectl(['create', '-f', '-', '--validate=warn'], bad);
    expect(warned.stdout).toBe('deployment.apps/typo created\n');
    expect(warned.stderr).toBe(
      'Warning: unknown field "spec.foo"\nWarning: unknown field "spec.template.spec.containers[0].imagePullPolicyy"\n',
    );
    expect((await k('get', 'deploy', 'typo', '-o', 'jsonpath={.spec.foo}')).stdout).toBe('');
    const ignored = await kim.kubectl(['replace', '-f', '-', '--validate=false'], bad);
    expect(ignored).toEqual({ code: 0, stdout: 'deployment.apps/typo replaced\n', stderr: '' });
    // kubectl patch sends no directive: kube-apiserver's default is Warn.
    const patched = await k('patch', 'deploy', 'typo', '-p', '{"spec":{"bogus":1}}');
    expect(patched.stderr).toBe('Warning: unknown field "spec.bogus"\n');
  });
});

describe('diff, edit, patch, replace', () => {
  it('diff -f shows the server-side dry run’s changes with diff -u -N, exit 1; none, exit 0', async () => {
    await apply(configMap('differ', { a: '1' }));
    const same = await apply(configMap('differ', { a: '1' }), '--dry-run=server');
    expect(same.stdout).toBe('configmap/differ unchanged (server dry run)\n');
    expect(await kim.kubectl(['diff', '-f', '-'], configMap('differ', { a: '1' }))).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    const changed = await kim.kubectl(['diff', '-f', '-'], configMap('differ', { a: '2' }));
    expect(changed.code).toBe(1);
    const body = changed.stdout.split('\n').slice(3).join('\n');
    expect(changed.stdout).toMatch(
      /^diff -u -N \S+\/LIVE-\d+\/v1\.ConfigMap\.default\.differ \S+\/MERGED-\d+\/v1\.ConfigMap/,
    );
    // Only the change: no empty annotations or other noise from the dry run.
    expect(body).toMatch(
      /^@@ -\d+,\d+ \+\d+,\d+ @@\n apiVersion: v1\n data:\n- {2}a: "1"\n\+ {2}a: "2"\n kind: ConfigMap\n/,
    );
  });

  it('edit through $KUBE_EDITOR, the three patch types, replace and replace --force', async () => {
    const editor = path.join(dir, 'editor.sh');
    writeFileSync(editor, '#!/bin/sh\nsed -i \'s/a: "1"/a: "edited"/\' "$1"\n');
    chmodSync(editor, 0o755);
    const edited = await kim.kubectl(['edit', 'cm', 'differ'], undefined, { KUBE_EDITOR: editor });
    expect(edited.stdout).toBe('configmap/differ edited\n');
    expect((await k('get', 'cm', 'differ', '-o', 'jsonpath={.data.a}')).stdout).toBe('edited');
    expect(await managedFields('cm/differ')).toContain('manager: kubectl-edit\n    operation: Update');
    const patches = [
      ['--type=strategic', '{"data":{"s":"1"}}'],
      ['--type=merge', '{"data":{"m":"1"}}'],
      ['--type=json', '[{"op":"add","path":"/data/j","value":"1"}]'],
    ];
    for (const [type, patch] of patches)
      expect((await k('patch', 'cm', 'differ', type!, '-p', patch!)).stdout).toBe('configmap/differ patched\n');
    expect((await k('patch', 'cm', 'differ', '-p', '{"data":{"s":"1"}}')).stdout).toBe(
      'configmap/differ patched (no change)\n',
    );
    const replaced = await kim.kubectl(['replace', '-f', '-'], configMap('differ', { r: '1' }));
    expect(replaced.stdout).toBe('configmap/differ replaced\n');
    const uid = (await k('get', 'cm', 'differ', '-o', 'jsonpath={.metadata.uid}')).stdout;
    const forced = await kim.kubectl(['replace', '--force', '-f', '-'], configMap('differ', { f: '1' }));
    expect(forced.stdout).toBe('configmap "differ" deleted\nconfigmap/differ replaced\n');
    expect((await k('get', 'cm', 'differ', '-o', 'jsonpath={.metadata.uid}')).stdout).not.toBe(uid);
  });
});

const TLS_CERT = `-----BEGIN CERTIFICATE-----
MIIBcTCCARegAwIBAgIUXuiQQQh7zrwh+FpJ8/+KaSZF8N0wCgYIKoZIzj0EAwIw
DjEMMAoGA1UEAwwDZ2VuMB4XDTI2MTIwNzAyNDgyMFoXDTM2MTIwNDAyNDgyMFow
DjEMMAoGA1UEAwwDZ2VuMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEyN6eT8Yy
Exy8IIEg617tA2NtrWCBPdqQg2z0VP2U9+xseGLoStPuNfLk8SBqyFEKJRI2iNuM
FhjZbdnmxfKS6KNTMFEwHQYDVR0OBBYEFImqTgQEzsZsFk4yDdiUj6gLI2pHMB8G
A1UdIwQYMBaAFImqTgQEzsZsFk4yDdiUj6gLI2pHMA8GA1UdEwEB/wQFMAMBAf8w
CgYIKoZIzj0EAwIDSAAwRQIgC8YpeppU1PxkwBufOkdQOCerPBlII75R5CHkCv7Y
4lkCIQDn4S76EBdN2784OkW6GuLUY/N9/6LaDY/HzlgfFMchAg==
-----END CERTIFICATE-----
`;
const TLS_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgr+OTs5qFC6EaAjWt
rvcs8wzj8I02geevNhNpfoA+t9mhRANCAATI3p5PxjITHLwggSDrXu0DY22tYIE9
2pCDbPRU/ZT37Gx4YuhK0+418uTxIGrIUQolEjaI24wWGNlt2ebF8pLo
-----END PRIVATE KEY-----
`;

describe('generators and object commands', () => {
  it('create … prints what kubectl prints for each generator', async () => {
    const cert = path.join(dir, 'tls.crt');
    const key = path.join(dir, 'tls.key');
    // kubectl checks the pair (tls.X509KeyPair): a self-signed P-256 certificate made for this test.
    writeFileSync(cert, TLS_CERT);
    writeFileSync(key, TLS_KEY);
    const cases: [string[], string][] = [
      [['create', 'deployment', 'gen', '--image=nginx', '--replicas=2'], 'deployment.apps/gen created'],
      [['create', 'service', 'clusterip', 'gen-ci', '--tcp=80:8080'], 'service/gen-ci created'],
      [['create', 'service', 'nodeport', 'gen-np', '--tcp=80:8080'], 'service/gen-np created'],
      [['create', 'service', 'loadbalancer', 'gen-lb', '--tcp=80:8080'], 'service/gen-lb created'],
      [['create', 'service', 'externalname', 'gen-en', '--external-name=example.org'], 'service/gen-en created'],
      [['create', 'configmap', 'gen', '--from-literal=a=b'], 'configmap/gen created'],
      [['create', 'secret', 'generic', 'gen', '--from-literal=a=b'], 'secret/gen created'],
      [
        [
          'create',
          'secret',
          'docker-registry',
          'gen-reg',
          '--docker-server=r.io',
          '--docker-username=u',
          '--docker-password=p',
        ],
        'secret/gen-reg created',
      ],
      [['create', 'secret', 'tls', 'gen-tls', `--cert=${cert}`, `--key=${key}`], 'secret/gen-tls created'],
      [['create', 'namespace', 'gen'], 'namespace/gen created'],
      [['create', 'job', 'gen', '--image=busybox', '--', 'date'], 'job.batch/gen created'],
      [['create', 'cronjob', 'gen', '--image=busybox', '--schedule=*/5 * * * *'], 'cronjob.batch/gen created'],
      [['create', 'job', 'gen-from', '--from=cronjob/gen'], 'job.batch/gen-from created'],
      [['create', 'role', 'gen', '--verb=get,list', '--resource=pods'], 'role.rbac.authorization.k8s.io/gen created'],
      [
        ['create', 'rolebinding', 'gen', '--role=gen', '--user=jane'],
        'rolebinding.rbac.authorization.k8s.io/gen created',
      ],
      [
        ['create', 'clusterrole', 'gen', '--verb=get', '--resource=nodes'],
        'clusterrole.rbac.authorization.k8s.io/gen created',
      ],
      [
        ['create', 'clusterrolebinding', 'gen', '--clusterrole=gen', '--user=jane'],
        'clusterrolebinding.rbac.authorization.k8s.io/gen created',
      ],
      [['create', 'serviceaccount', 'gen'], 'serviceaccount/gen created'],
      [['create', 'quota', 'gen', '--hard=pods=50'], 'resourcequota/gen created'],
      [['create', 'priorityclass', 'gen', '--value=1000'], 'priorityclass.scheduling.k8s.io/gen created'],
      [['create', 'pdb', 'gen', '--selector=app=gen', '--min-available=1'], 'poddisruptionbudget.policy/gen created'],
      [['create', 'ingress', 'gen', '--rule=example.org/=gen-ci:80'], 'ingress.networking.k8s.io/gen created'],
    ];
    for (const [args, out] of cases)
      expect({ args, ...(await kim.kubectl(args)) }).toEqual({ args, code: 0, stdout: `${out}\n`, stderr: '' });
    // The serviceaccounts/token subresource: kubectl prints the token alone, without a newline.
    expect((await k('create', 'token', 'gen', '--duration=10m')).stdout).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    expect((await k('create', 'token', 'nobody')).stderr).toBe(
      'error: failed to create token: serviceaccounts "nobody" not found\n',
    );
    const ns = await k('get', 'ns', 'gen', '-o', 'yaml', '--show-managed-fields');
    expect(ns.stdout).toContain('    manager: kubectl-create\n    operation: Update\n');
  });

  it('annotate, label --overwrite, autoscale, expose, set, rollout, scale', async () => {
    const steps: [string[], string][] = [
      [['annotate', 'deploy', 'gen', 'note=one'], 'deployment.apps/gen annotated'],
      [['annotate', 'deploy', 'gen', 'note=two', '--overwrite'], 'deployment.apps/gen annotated'],
      [['label', 'deploy', 'gen', 'tier=a'], 'deployment.apps/gen labeled'],
      [['label', 'deploy', 'gen', 'tier=b', '--overwrite'], 'deployment.apps/gen labeled'],
      [['autoscale', 'deploy', 'gen', '--max=4'], 'horizontalpodautoscaler.autoscaling/gen autoscaled'],
      [['expose', 'deploy', 'gen', '--port=80'], 'service/gen exposed'],
      [['set', 'image', 'deploy/gen', 'nginx=nginx:1.27'], 'deployment.apps/gen image updated'],
      [['set', 'env', 'deploy/gen', 'MODE=test'], 'deployment.apps/gen env updated'],
      [['set', 'resources', 'deploy/gen', '--limits=cpu=200m'], 'deployment.apps/gen resource requirements updated'],
      [['rollout', 'pause', 'deploy/gen'], 'deployment.apps/gen paused'],
      [['rollout', 'resume', 'deploy/gen'], 'deployment.apps/gen resumed'],
      [['rollout', 'restart', 'deploy/gen'], 'deployment.apps/gen restarted'],
    ];
    const afterRollout: [string[], string][] = [
      [['rollout', 'undo', 'deploy/gen'], 'deployment.apps/gen rolled back'],
      [['scale', 'deploy', 'gen', '--replicas=1'], 'deployment.apps/gen scaled'],
    ];
    const run = async ([args, out]: [string[], string]) =>
      expect({ args, ...(await kim.kubectl(args)) }).toEqual({ args, code: 0, stdout: `${out}\n`, stderr: '' });
    for (const step of steps) await run(step);
    // The undo needs the restart's ReplicaSet, which the deployment controller makes as in a cluster.
    const status = await k('rollout', 'status', 'deploy/gen', '--timeout=60s');
    expect(status.stdout).toMatch(/deployment "gen" successfully rolled out\n$/);
    for (const step of afterRollout) await run(step);
    const refused = await k('label', 'deploy', 'gen', 'tier=c');
    expect(refused.stderr).toBe("error: 'tier' already has a value (b), and --overwrite is false\n");
    // Which templates got a ReplicaSet of their own depends on how fast the commands came (the controller, as in a
    // cluster, makes one for the template it sees), so the revisions are checked for their form, not their number.
    expect((await k('rollout', 'history', 'deploy/gen')).stdout).toMatch(
      /^deployment\.apps\/gen \nREVISION {2}CHANGE-CAUSE\n(\d+ +<none>\n){2,}\n$/,
    );
  });

  it('delete: --dry-run=server keeps the object; orphan keeps dependents; foreground waits for them', async () => {
    expect((await k('delete', 'cm', 'gen', '--dry-run=server')).stdout).toBe(
      'configmap "gen" deleted (server dry run)\n',
    );
    expect((await k('get', 'cm', 'gen', '-o', 'name')).stdout).toBe('configmap/gen\n');
    expect((await k('create', 'deployment', 'orphaned', '--image=nginx')).code).toBe(0);
    await k('rollout', 'status', 'deploy/orphaned', '--timeout=60s');
    expect((await k('delete', 'deploy', 'orphaned', '--cascade=orphan')).stdout).toBe(
      'deployment.apps "orphaned" deleted\n',
    );
    const left = await k('get', 'rs', '-l', 'app=orphaned', '-o', 'jsonpath={.items[*].metadata.ownerReferences}');
    expect(left).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await k('get', 'rs', '-l', 'app=orphaned', '-o', 'name')).stdout).toMatch(/^replicaset\.apps\/orphaned-/);
    expect((await k('create', 'deployment', 'fore', '--image=nginx')).code).toBe(0);
    await k('rollout', 'status', 'deploy/fore', '--timeout=60s');
    // kubectl waits (--wait) until the deployment is gone, which is after its ReplicaSet and pods.
    expect((await k('delete', 'deploy', 'fore', '--cascade=foreground')).stdout).toBe(
      'deployment.apps "fore" deleted\n',
    );
    const rest = await k('get', 'deploy,rs,pods', '-l', 'app=fore', '-o', 'name');
    expect(rest.stdout).toBe('');
  });
});

describe('impersonation', () => {
  it('--as and --as-group act as that user under the sandbox’s RBAC', async () => {
    await k('create', 'role', 'pod-reader', '--verb=get,list', '--resource=pods');
    await k('create', 'rolebinding', 'jane-reads', '--role=pod-reader', '--user=jane');
    expect((await k('get', 'pods', '--as=jane')).code).toBe(0);
    const deploys = await k('get', 'deploy', '--as=jane');
    expect(deploys).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Error from server (Forbidden): deployments.apps is forbidden: User "jane" cannot list resource "deployments" in API group "apps" in the namespace "default"\n',
    });
    expect((await k('get', 'pods', '-A', '--as=jane')).stderr).toBe(
      'Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" at the cluster scope\n',
    );
    expect((await k('run', 'nope', '--image=nginx', '--as=jane')).stderr).toBe(
      'Error from server (Forbidden): pods is forbidden: User "jane" cannot create resource "pods" in API group "" in the namespace "default"\n',
    );
    expect(await k('auth', 'can-i', 'list', 'pods', '--as=jane')).toEqual({ code: 0, stdout: 'yes\n', stderr: '' });
    expect(await k('auth', 'can-i', 'delete', 'pods', '--as=jane')).toEqual({ code: 1, stdout: 'no\n', stderr: '' });
    expect((await k('auth', 'whoami', '--as=jane', '--as-group=devs')).stdout).toBe(
      'ATTRIBUTE   VALUE\nUsername    jane\nGroups      [devs system:authenticated]\n',
    );
    // A group bound to cluster-admin (system:masters) may everything.
    expect((await k('get', 'deploy', '--as=bob', '--as-group=system:masters')).code).toBe(0);
  });
});
