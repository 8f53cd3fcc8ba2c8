// The subcommands the generated differential (differential.test.ts) does not reach: `set selector`, `set subject`,
// `apply view-last-applied | set-last-applied | edit-last-applied` and `auth reconcile`. Each command runs through our
// kubectl and through the real kubectl v1.32 (on the PATH, over the sandbox's Kubernetes API) on the same state, and
// the two must print the same stdout and stderr and exit alike. The real kubectl works on a copy whose clock stands
// still, so that both write the same resourceVersions, UIDs and times and `-o yaml` of a written object compares too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPatch } from 'diff';
import { parse } from 'shell-quote';
import { ClusterHost } from './differential/host';
import { Sandbox, type Outcome } from './differential/sandbox';
import { requireRealKubectl } from './support';

jest.setTimeout(240_000);

let host: ClusterHost;
let root: string;
let sandboxes = 0;
beforeAll(async () => {
  requireRealKubectl();
  host = await ClusterHost.start();
  root = mkdtempSync(path.join(tmpdir(), 'kubelab-subcommands-'));
});
afterAll(async () => {
  await host?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

function sandbox(files: Record<string, string> = {}): Sandbox {
  const id = `sub${sandboxes++}`;
  const box = Sandbox.fresh(host, id, path.join(root, id), 20261207);
  for (const [file, content] of Object.entries(files)) box.write(file, content);
  return box;
}

const words = (line: string) => parse(line).map(String);

const describeOutcome = (o: Outcome) => `[exit ${o.code}]\n${o.stdout}--- stderr\n${o.stderr}`;

/** Each line through both kubectls in turn, the sandbox carrying on with ours; the differences, as diffs. */
async function differences(box: Sandbox, lines: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  try {
    for (const line of lines) {
      const { ours, real } = await box.mutate(words(line), false);
      if (describeOutcome(ours) !== describeOutcome(real))
        out.push(
          `kubectl ${line}\n${createPatch('output', describeOutcome(ours), describeOutcome(real), 'ours', 'real')}`,
        );
    }
  } finally {
    box.close();
  }
  return out;
}

const SERVICE = `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80}]
`;

describe('set selector', () => {
  it('replaces a Service’s selector, refuses other kinds and expressions, prints as kubectl does', async () => {
    const box = sandbox({ 'svc.yaml': SERVICE });
    expect(
      await differences(box, [
        'apply -f svc.yaml',
        'create deployment web --image=nginx',
        'set selector svc web app=other',
        'set selector svc/web app=other,tier=x -o yaml',
        'set selector svc/web app=other -o json',
        "set selector svc/web 'app in (a,b)'",
        "set selector svc/web 'app!=b'",
        "set selector svc/web '!app'",
        "set selector svc/web 'a>1'",
        'set selector deploy/web app=x',
        'set selector svc/web deploy/web app=x',
        'set selector svc/web',
        'set selector',
        'set selector svc/web a=b=c',
        'set selector svc/web =x',
        'set selector svc/web a_=b',
        'set selector svc/web app=x --resource-version=1',
        'set selector svc/web app=x --dry-run=client',
        'set selector svc/web app=x --dry-run=server -o name',
        'set selector svc app=x',
        'set selector svc --all app=y',
        'set selector svc/nope app=x',
        'set selector svc/web app=x -o wide',
        'set selector -f svc.yaml app=x',
        'set selector -f svc.yaml app=x --local -o yaml',
        'set selector -f svc.yaml app=x --local -o json',
        'set selector svc/web app=x --local',
        "set selector svc/web ''",
        'get svc web -o yaml',
      ]),
    ).toEqual([]);
  });

  it('the help example: a generated Service piped through set selector --local', async () => {
    const box = sandbox();
    try {
      const generate = [
        'create',
        'service',
        'clusterip',
        'my-svc',
        '--clusterip=None',
        '-o',
        'yaml',
        '--dry-run=client',
      ];
      const generated = await box.real(generate);
      const real = await box.real(
        ['set', 'selector', '--local', '-f', '-', 'environment=qa', '-o', 'yaml'],
        {},
        generated.stdout,
      );
      const ours = box.env.run(
        `kubectl create service clusterip my-svc --clusterip="None" -o yaml --dry-run=client | kubectl set selector --local -f - 'environment=qa' -o yaml`,
      );
      expect(real.code).toBe(0);
      expect(ours.output).toBe(real.stdout);
      expect(real.stdout).toContain('  selector:\n    environment: qa\n');
    } finally {
      box.close();
    }
  });
});

describe('set subject', () => {
  it('adds users, groups and service accounts once, and refuses what kubectl refuses', async () => {
    const box = sandbox();
    expect(
      await differences(box, [
        'create rolebinding rb --role=admin --user=alice',
        'create clusterrolebinding crb --clusterrole=view --group=devs',
        'create deployment web --image=nginx',
        'set subject rolebinding rb --user=bob --user=alice --group=g1 --serviceaccount=default:sa1',
        'set subject rolebinding rb --user=alice',
        'set subject rolebinding rb --serviceaccount=:sa2 -o yaml',
        'set subject clusterrolebinding crb --serviceaccount=:sa2',
        'set subject clusterrolebinding crb --serviceaccount=sa2',
        'set subject clusterrolebinding crb --serviceaccount=a:b:c',
        'set subject clusterrolebinding crb --serviceaccount=kube-system:x -o json',
        'set subject clusterrolebinding crb',
        'set subject rolebinding rb deploy/web --user=x',
        'set subject deploy/web --user=x',
        'set subject deploy/web rolebinding/rb --user=x',
        'set subject rolebinding --all --user=x',
        'set subject rolebinding --all -l a=b --user=x',
        'set subject rolebinding --user=x',
        'set subject --user=x',
        'set subject rolebinding nope rb --user=x',
        'set subject rolebinding rb --user=y --dry-run=client',
        'set subject rolebinding rb --user=y --dry-run=server -o json',
        'set subject rolebinding rb --user=y --local',
        'set subject rolebinding/rb clusterrolebinding/crb --user=z',
        'get rolebinding rb -o yaml',
      ]),
    ).toEqual([]);
  });

  it('the help example: a generated RoleBinding piped through set subject --local', async () => {
    const box = sandbox();
    try {
      const generated = await box.real([
        'create',
        'rolebinding',
        'admin',
        '--role=admin',
        '--user=admin',
        '-o',
        'yaml',
        '--dry-run=client',
      ]);
      const real = await box.real(
        ['set', 'subject', '--local', '-f', '-', '--user=foo', '-o', 'yaml'],
        {},
        generated.stdout,
      );
      const ours = box.env.run(
        'kubectl create rolebinding admin --role=admin --user=admin -o yaml --dry-run=client | kubectl set subject --local -f - --user=foo -o yaml',
      );
      expect(real.code).toBe(0);
      expect(ours.output).toBe(real.stdout);
    } finally {
      box.close();
    }
  });
});

const SERVICE_LABELLED = `apiVersion: v1
kind: Service
metadata: {name: web, labels: {a: b}}
spec:
  selector: {app: web2}
  ports: [{port: 80}]
`;

describe('apply view-last-applied and set-last-applied', () => {
  it('show and set the annotation, and say so when it is missing', async () => {
    const box = sandbox({
      'svc.yaml': SERVICE,
      'svc2.yaml': SERVICE_LABELLED,
      'kube.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: kubernetes}\nspec:\n  ports: [{port: 443}]\n',
      'nope.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: nope}\ndata: {a: b}\n',
    });
    expect(
      await differences(box, [
        'apply -f svc.yaml',
        'apply view-last-applied svc/web',
        'apply view-last-applied svc/web -o json',
        'apply view-last-applied svc/web -o wide',
        'apply view-last-applied svc/kubernetes',
        'apply view-last-applied -f kube.yaml',
        'apply view-last-applied svc/kubernetes svc/web',
        'apply view-last-applied svc',
        'apply view-last-applied svc -n default',
        'apply view-last-applied svc --all',
        'apply view-last-applied svc -l nope=x',
        'apply view-last-applied',
        'apply view-last-applied -f svc.yaml',
        'apply view-last-applied -f svc.yaml svc/web',
        'apply view-last-applied svc/nope',
        'apply set-last-applied -f svc.yaml',
        'apply set-last-applied -f svc.yaml',
        'apply set-last-applied -f svc2.yaml --dry-run=client',
        'apply set-last-applied -f svc2.yaml --dry-run=server -o name',
        'apply set-last-applied -f svc2.yaml -o yaml',
        'apply set-last-applied -f kube.yaml',
        'apply set-last-applied -f svc2.yaml -f kube.yaml --create-annotation',
        'apply set-last-applied -f nope.yaml --create-annotation',
        'apply set-last-applied',
        'apply set-last-applied svc/web',
        'apply view-last-applied svc/web svc/kubernetes -o json',
      ]),
    ).toEqual([]);
  });
});

describe('apply edit-last-applied', () => {
  it('writes the edited annotation back as the real kubectl does with its editor', async () => {
    const files = { 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata: {mode: prod}\n' };
    // Two sandboxes with one history: the real kubectl edits in one (its editor a sed), ours in the other (vi).
    const real = sandbox(files);
    const ours = sandbox(files);
    try {
      for (const box of [real, ours]) box.ours(['apply', '-f', 'cm.yaml']);
      const edited = await real.real(['apply', 'edit-last-applied', 'cm/cfg'], { KUBE_EDITOR: 'sed -i s/prod/test/' });
      let screen = '';
      ours.env.shell.onOutput((d) => (screen += d));
      ours.env.shell.runLine('kubectl apply edit-last-applied cm/cfg');
      // vi: down to `  mode: prod` (after the three header lines, apiVersion and data), prod replaced by test.
      ours.env.shell.write('jjjjj$xxxxAtest\x1b:wq\r');
      const afterEditor = screen.slice(screen.lastIndexOf('\x1b[?1049l') + '\x1b[?1049l'.length);
      expect(edited).toEqual({ code: 0, stdout: 'configmap/cfg edited\n', stderr: '' });
      expect(afterEditor).toBe('configmap/cfg edited\n');
      for (const argv of [
        ['apply', 'view-last-applied', 'cm/cfg'],
        ['get', 'cm', 'cfg', '-o', 'yaml'],
      ]) {
        const theirs = await real.real(argv);
        expect(ours.ours(argv)).toEqual(theirs);
      }
      // Nothing changed: both cancel.
      const unchanged = await real.real(['apply', 'edit-last-applied', 'cm/cfg'], { KUBE_EDITOR: 'true' });
      expect(unchanged).toEqual({ code: 0, stdout: '', stderr: 'Edit cancelled, no changes made.\n' });
      expect(await differences(real, ['apply edit-last-applied svc/kubernetes', 'apply edit-last-applied'])).toEqual(
        [],
      );
    } finally {
      ours.close();
    }
  });
});

const RBAC = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: reader, namespace: default, labels: {team: a}}
rules:
- apiGroups: [""]
  resources: [pods, services]
  verbs: [get, list]
- apiGroups: [apps]
  resources: [deployments]
  verbs: [get]
  resourceNames: [web]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: reader, namespace: default}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
subjects:
- {kind: User, name: alice, apiGroup: rbac.authorization.k8s.io}
- {kind: ServiceAccount, name: bot, namespace: default}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: watcher, annotations: {rbac.authorization.kubernetes.io/autoupdate: "false"}}
rules:
- apiGroups: [""]
  resources: [nodes]
  verbs: [watch]
- nonResourceURLs: [/healthz]
  verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: watcher}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: watcher}
subjects:
- {kind: Group, name: devs, apiGroup: rbac.authorization.k8s.io}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: ignored}
`;

const RBAC_CHANGED = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: reader, namespace: default, labels: {team: b, tier: z}, annotations: {note: hi}}
rules:
- apiGroups: [""]
  resources: [pods]
  verbs: [get, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: reader, namespace: default}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
subjects:
- {kind: User, name: carol, apiGroup: rbac.authorization.k8s.io}
- {kind: User, name: alice, apiGroup: rbac.authorization.k8s.io}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: watcher}
rules:
- apiGroups: [""]
  resources: [nodes, pods]
  verbs: [watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: watcher}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
subjects:
- {kind: Group, name: devs, apiGroup: rbac.authorization.k8s.io}
`;

describe('auth reconcile', () => {
  it('creates, reconciles, removes extras, recreates a binding to another role, and reports it on stderr', async () => {
    const box = sandbox({
      'rbac.yaml': RBAC,
      'rbac2.yaml': RBAC_CHANGED,
      'nons.yaml':
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: nons}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}\nsubjects:\n- {kind: User, name: carol, apiGroup: rbac.authorization.k8s.io}\n',
      'newns.yaml':
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r, namespace: brandnew}\nrules:\n- apiGroups: [""]\n  resources: [pods]\n  verbs: ["*"]\n',
      'beta.yaml': 'apiVersion: rbac.authorization.k8s.io/v1beta1\nkind: Role\nmetadata: {name: old}\nrules: []\n',
    });
    expect(
      await differences(box, [
        'auth reconcile -f rbac.yaml --dry-run=client',
        'auth reconcile -f rbac.yaml -o yaml',
        'auth reconcile -f rbac.yaml',
        'auth reconcile -f rbac2.yaml --dry-run=client',
        'auth reconcile -f rbac2.yaml --dry-run=client --remove-extra-permissions --remove-extra-subjects',
        'auth reconcile -f rbac2.yaml -o name',
        'auth reconcile -f rbac2.yaml --remove-extra-permissions --remove-extra-subjects -o json',
        'get roles,rolebindings -o yaml',
        'get clusterrolebinding watcher -o yaml',
        'auth reconcile -f nons.yaml',
        'auth reconcile -f newns.yaml',
        'auth reconcile -f newns.yaml -n default',
        'get ns brandnew',
        'auth reconcile -f beta.yaml',
        'auth reconcile -f rbac.yaml --dry-run=server',
        'auth reconcile -f rbac.yaml --dry-run=bogus',
        'auth reconcile -f rbac.yaml extra',
        'auth reconcile',
        'auth reconcile -f missing.yaml',
      ]),
    ).toEqual([]);
  });
});
