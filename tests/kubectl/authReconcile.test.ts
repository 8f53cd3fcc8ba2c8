/**
 * `kubectl auth reconcile` (kubernetes/kubectl pkg/cmd/auth/reconcile.go over k8s.io/component-helpers
 * auth/rbac/reconciliation and auth/rbac/validation/policy_comparator.go). Expected outputs are the real kubectl
 * v1.32.4's for the same commands (tests/kubeapi/setApplyAuthSubcommands.test.ts runs both on one cluster).
 */
import { createEnvironment } from '../../server/src/kubectl/environment';
import { uncovered } from '../../server/src/kubectl/rbacReconcile';

const ROLE = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: reader, namespace: default}
rules:
- apiGroups: [""]
  resources: [pods, services]
  verbs: [get, list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: reader, namespace: team}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
subjects:
- {kind: User, name: alice, apiGroup: rbac.authorization.k8s.io}
- {kind: ServiceAccount, name: bot, namespace: default}
`;

const CHANGED = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: reader, namespace: default}
rules:
- apiGroups: [""]
  resources: [pods]
  verbs: [get, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: reader, namespace: team}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
subjects:
- {kind: User, name: carol, apiGroup: rbac.authorization.k8s.io}
`;

const OTHER_ROLE = `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: reader, namespace: team}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
subjects:
- {kind: User, name: carol, apiGroup: rbac.authorization.k8s.io}
`;

const PROTECTED = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: watcher, annotations: {rbac.authorization.kubernetes.io/autoupdate: "false"}}
rules:
- {apiGroups: [""], resources: [nodes], verbs: [watch]}
`;

function setup() {
  const env = createEnvironment({
    virtualTime: true,
    cluster: { seed: 1, state: 'Absent' },
    files: {
      'rbac.yaml': ROLE,
      'changed.yaml': CHANGED,
      'other-role.yaml': OTHER_ROLE,
      'protected.yaml': PROTECTED,
      'protected2.yaml': PROTECTED.replace('resources: [nodes]', 'resources: [nodes, pods]'),
      'beta.yaml': 'apiVersion: rbac.authorization.k8s.io/v1beta1\nkind: Role\nmetadata: {name: old}\nrules: []\n',
    },
  });
  env.run('minikube start');
  // Each stream to its own file, to tell them apart.
  const read = (file: string) => (env.shell.vfs.stat(file) ? env.shell.vfs.readFile(file) : '');
  return (line: string) => {
    const r = env.run(`${line} >/tmp/out 2>/tmp/err`);
    return { stdout: read('/tmp/out'), stderr: read('/tmp/err'), code: r.exitCode };
  };
}

describe('kubectl auth reconcile', () => {
  it('creates what is missing (the binding’s namespace too) and says what it added on stderr', () => {
    const run = setup();
    expect(run('kubectl auth reconcile -f rbac.yaml')).toEqual({
      stdout:
        'role.rbac.authorization.k8s.io/reader reconciled\nrolebinding.rbac.authorization.k8s.io/reader reconciled\n',
      stderr: `\treconciliation required create
\tmissing rules added:
\t\t{Verbs:[get list] APIGroups:[] Resources:[pods services] ResourceNames:[] NonResourceURLs:[]}
\treconciliation required create
\tmissing subjects added:
\t\t{Kind:User APIGroup:rbac.authorization.k8s.io Name:alice Namespace:}
\t\t{Kind:ServiceAccount APIGroup: Name:bot Namespace:default}
`,
      code: 0,
    });
    expect(run('kubectl get ns team -o name').stdout).toBe('namespace/team\n');
    // Reconciled already: the objects' lines and nothing more.
    expect(run('kubectl auth reconcile -f rbac.yaml').stderr).toBe('');
  });

  it('adds missing rules and subjects, and removes extras only when asked', () => {
    const run = setup();
    run('kubectl auth reconcile -f rbac.yaml');
    // Rules are compared broken down to one verb and resource each (validation.Covers).
    expect(run('kubectl auth reconcile -f changed.yaml --dry-run=client').stderr).toBe(`\treconciliation required update
\tmissing rules added:
\t\t{Verbs:[watch] APIGroups:[] Resources:[pods] ResourceNames:[] NonResourceURLs:[]}
\treconciliation required update
\tmissing subjects added:
\t\t{Kind:User APIGroup:rbac.authorization.k8s.io Name:carol Namespace:}
`);
    const removed = run('kubectl auth reconcile -f changed.yaml --remove-extra-permissions --remove-extra-subjects');
    expect(removed.stdout).toBe(
      'role.rbac.authorization.k8s.io/reader reconciled\nrolebinding.rbac.authorization.k8s.io/reader reconciled\n',
    );
    expect(removed.stderr).toContain(`\textra rules removed:
\t\t{Verbs:[list] APIGroups:[] Resources:[pods] ResourceNames:[] NonResourceURLs:[]}
\t\t{Verbs:[get] APIGroups:[] Resources:[services] ResourceNames:[] NonResourceURLs:[]}
\t\t{Verbs:[list] APIGroups:[] Resources:[services] ResourceNames:[] NonResourceURLs:[]}
`);
    expect(removed.stderr).toContain(`\textra subjects removed:
\t\t{Kind:User APIGroup:rbac.authorization.k8s.io Name:alice Namespace:}
\t\t{Kind:ServiceAccount APIGroup: Name:bot Namespace:default}
`);
    expect(run("kubectl get rolebinding reader -n team -o jsonpath='{.subjects[*].name}'").stdout).toBe('carol');
  });

  it('recreates a binding whose roleRef changed, and leaves an opted-out object alone', () => {
    const run = setup();
    run('kubectl auth reconcile -f rbac.yaml -f protected.yaml');
    const uid = run("kubectl get rolebinding reader -n team -o jsonpath='{.metadata.uid}'").stdout;
    expect(run('kubectl auth reconcile -f other-role.yaml').stderr).toBe('\treconciliation required recreate\n');
    expect(run("kubectl get rolebinding reader -n team -o jsonpath='{.metadata.uid}'").stdout).not.toBe(uid);
    expect(run('kubectl auth reconcile -f protected2.yaml').stderr).toBe(
      `\treconciliation required update, but object opted out (rbac.authorization.kubernetes.io/autoupdate: false)
\tmissing rules added:
\t\t{Verbs:[watch] APIGroups:[] Resources:[pods] ResourceNames:[] NonResourceURLs:[]}
`,
    );
    expect(run("kubectl get clusterrole watcher -o jsonpath='{.rules[0].resources}'").stdout).toBe('["nodes"]');
  });

  it('refuses what kubectl refuses', () => {
    const run = setup();
    expect(run('kubectl auth reconcile').stderr).toBe('error: must specify one of -f and -k\n');
    expect(run('kubectl auth reconcile -f rbac.yaml extra').stderr).toBe('error: no arguments are allowed\n');
    expect(run('kubectl auth reconcile -f rbac.yaml --dry-run=server').stderr).toBe(
      'error: --dry-run=server for command reconcile is not supported yet\n',
    );
    expect(run('kubectl auth reconcile -f beta.yaml').stderr).toBe(
      'error: only rbac.authorization.k8s.io/v1 is supported: not *v1beta1.Role\n',
    );
  });
});

describe('rule coverage (policy_comparator.go)', () => {
  it('covers by wildcard, `*/subresource` and a non-resource URL prefix', () => {
    expect(
      uncovered(
        [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }],
        [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['get'] }],
      ),
    ).toEqual([]);
    expect(
      uncovered(
        [{ apiGroups: [''], resources: ['*/scale'], verbs: ['get'] }],
        [{ apiGroups: [''], resources: ['deployments/scale', 'pods'], verbs: ['get'] }],
      ),
    ).toEqual([{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]);
    expect(
      uncovered(
        [{ nonResourceURLs: ['/logs/*'], verbs: ['get'] }],
        [{ nonResourceURLs: ['/logs/a', '/healthz'], verbs: ['get'] }],
      ),
    ).toEqual([{ nonResourceURLs: ['/healthz'], verbs: ['get'] }]);
    // A rule limited to names does not cover the whole resource.
    expect(
      uncovered(
        [{ apiGroups: [''], resources: ['pods'], resourceNames: ['a'], verbs: ['get'] }],
        [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }],
      ),
    ).toHaveLength(1);
  });
});
