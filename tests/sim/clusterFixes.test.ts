/**
 * Regressions for cluster behaviour the Kubernetes website's examples showed missing (the corpus runs on demand:
 * tests/k8s-examples/README.md), each with a small manifest of our own. Expected wording from (kubernetes v1.32):
 * - plugin/pkg/admission/serviceaccount/admission.go: `error looking up service account %s/%s: %v` through
 *   admission.NewForbidden (a pod not yet named is named by its generateName), the lister's
 *   `serviceaccount "x" not found`, and the DaemonSet controller's `Error creating: …` FailedCreate event;
 * - pkg/controller/podgc/gc_controller.go gcOrphaned (40 s quarantine, DeletionByPodGC "PodGC: node no longer
 *   exists", deleted without grace);
 * - pkg/api/pod/warnings.go (`non-functional in v1.27+; use the "seccompProfile" field instead`) and
 *   pkg/registry/core/pod/strategy.go applyAppArmorVersionSkew (`deprecated since v1.30; use the "appArmorProfile"
 *   field instead`);
 * - cri-dockerd core/container_create.go and security_context.go (`failed to generate security options for
 *   container %q: cannot load seccomp profile %q: …`), the kubelet's CreateContainerError with the runtime's message;
 * - plugin/pkg/auth/authorizer/rbac/bootstrappolicy (system:kube-scheduler and the other system ClusterRoles).
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

function cluster() {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  const run = (line: string) => env.run(line, { settle: true });
  run('minikube start');
  return { run, env };
}

const apply = (manifest: string) => `kubectl apply -f - <<EOF\n${manifest}\nEOF`;

const pod = (name: string, meta = '', spec = '') =>
  apply(
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n${meta}spec:\n${spec}  containers:\n  - name: web\n    image: nginx\n`,
  );

describe('ServiceAccount admission', () => {
  it('refuses a pod of a service account that does not exist, and admits it once it does', () => {
    const { run } = cluster();
    const r = run(pod('teapot', '', '  serviceAccountName: brewer\n'));
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.output).toBe(
      'Error from server (Forbidden): error when creating "STDIN": pods "teapot" is forbidden: error looking up service account default/brewer: serviceaccount "brewer" not found\n',
    );
    run('kubectl create serviceaccount brewer');
    expect(run(pod('teapot', '', '  serviceAccountName: brewer\n')).output).toBe('pod/teapot created\n');
  });

  it('names a controller’s pod by its generateName in the FailedCreate event', () => {
    const { run } = cluster();
    run(
      apply(
        'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  selector:\n    matchLabels: {app: agent}\n  template:\n    metadata:\n      labels: {app: agent}\n    spec:\n      serviceAccountName: agent\n      containers:\n      - name: agent\n        image: nginx\n',
      ),
    );
    expect(run('kubectl get pods').output).toBe('No resources found in default namespace.\n');
    expect(run('kubectl get events -o jsonpath=\'{.items[?(@.reason=="FailedCreate")].message}\'').output).toBe(
      'Error creating: pods "agent-" is forbidden: error looking up service account default/agent: serviceaccount "agent" not found',
    );
  });
});

describe('pod garbage collector', () => {
  it('deletes a pod bound to a node that does not exist after its quarantine', () => {
    const { run, env } = cluster();
    run(pod('stray', '', '  nodeName: no-such-node\n'));
    env.cluster.advance(20_000);
    expect(run('kubectl get pod stray -o name').output).toBe('pod/stray\n');
    env.cluster.advance(60_000);
    expect(run('kubectl get pods').output).toBe('No resources found in default namespace.\n');
  });
});

describe('deprecated pod annotations', () => {
  it('warns that the seccomp annotation does nothing, and the pod runs unconfined by it', () => {
    const { run } = cluster();
    const r = run(pod('tea', '  annotations:\n    seccomp.security.alpha.kubernetes.io/pod: localhost/none.json\n'));
    expect(r.output).toContain(
      'Warning: metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]: non-functional in v1.27+; use the "seccompProfile" field instead\n',
    );
    expect(run("kubectl get pod tea -o jsonpath='{.status.phase}'").output).toBe('Running');
  });

  it('syncs a pod’s AppArmor annotation to its field, and warns of it', () => {
    const { run } = cluster();
    const r = run(
      pod('tea', '  annotations:\n    container.apparmor.security.beta.kubernetes.io/web: runtime/default\n'),
    );
    expect(r.output).toContain(
      'Warning: metadata.annotations[container.apparmor.security.beta.kubernetes.io/web]: deprecated since v1.30; use the "appArmorProfile" field instead\n',
    );
    expect(run("kubectl get pod tea -o jsonpath='{.spec.containers[0].securityContext.appArmorProfile}'").output).toBe(
      '{"type":"RuntimeDefault"}',
    );
  });

  it('names a template’s annotation by its path in the template', () => {
    const { run } = cluster();
    const r = run(
      apply(
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: tea\nspec:\n  selector:\n    matchLabels: {app: tea}\n  template:\n    metadata:\n      labels: {app: tea}\n      annotations:\n        container.apparmor.security.beta.kubernetes.io/web: runtime/default\n    spec:\n      containers:\n      - name: web\n        image: nginx\n',
      ),
    );
    expect(r.output).toContain(
      'Warning: spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/web]: deprecated since v1.30; use the "appArmorProfile" field instead\n',
    );
  });
});

describe('seccomp', () => {
  it('cannot create a container whose Localhost profile is not on the node', () => {
    const { run } = cluster();
    run(
      pod(
        'tea',
        '',
        '  securityContext:\n    seccompProfile:\n      type: Localhost\n      localhostProfile: profiles/tea.json\n',
      ),
    );
    expect(run("kubectl get pod tea -o jsonpath='{.status.containerStatuses[0].state.waiting}'").output).toBe(
      '{"message":"failed to generate security options for container \\"web\\": cannot load seccomp profile \\"/var/lib/kubelet/seccomp/profiles/tea.json\\": open /var/lib/kubelet/seccomp/profiles/tea.json: no such file or directory","reason":"CreateContainerError"}',
    );
  });

  it('runs a container with the runtime’s default profile', () => {
    const { run } = cluster();
    run(pod('tea', '', '  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n'));
    expect(run("kubectl get pod tea -o jsonpath='{.status.phase}'").output).toBe('Running');
  });
});

describe('bootstrap RBAC', () => {
  it('has the control plane’s system ClusterRoles, which apply configures', () => {
    const { run } = cluster();
    expect(run("kubectl get clusterrole system:kube-scheduler -o jsonpath='{.metadata.labels}'").output).toBe(
      '{"kubernetes.io/bootstrapping":"rbac-defaults"}',
    );
    for (const role of [
      'system:kube-controller-manager',
      'system:node',
      'system:aggregate-to-view',
      'system:monitoring',
    ])
      expect(run(`kubectl get clusterrole ${role} -o name`).output).toBe(
        `clusterrole.rbac.authorization.k8s.io/${role}\n`,
      );
    const r = run(
      apply(
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: system:kube-scheduler\nrules:\n- apiGroups: [coordination.k8s.io]\n  resources: [leases]\n  verbs: [create]\n',
      ),
    );
    expect(r.output).toContain('clusterrole.rbac.authorization.k8s.io/system:kube-scheduler configured\n');
  });
});
