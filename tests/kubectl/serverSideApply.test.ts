/**
 * `kubectl apply --server-side` in the lab terminal: the same server-side apply as the Kubernetes API answers the
 * real kubectl with (tests/kubeapi/matrixWrites.test.ts has the real kubectl's output for these cases): `kubectl`
 * as the default manager, kube-apiserver's Conflict followed by kubectl's advice and exit 1, `--force-conflicts`.
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

const cm = (value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ssa\ndata:\n  a: "${value}"\n`;

function setup() {
  const env = createEnvironment({
    virtualTime: true,
    cluster: { seed: 1, state: 'Absent' },
    files: { 'one.yaml': cm('1'), 'two.yaml': cm('2') },
  });
  env.run('minikube start');
  return env;
}

describe('kubectl apply --server-side', () => {
  it('owns the fields as kubectl, refuses another manager’s change, forces it with --force-conflicts', () => {
    const env = setup();
    expect(env.run('kubectl apply --server-side -f one.yaml').output).toBe('configmap/ssa serverside-applied\n');
    const clash = env.run('kubectl apply --server-side --field-manager=ops -f two.yaml');
    expect(clash.exitCode).toBe(1);
    expect(clash.output).toMatch(
      /^error: Apply failed with 1 conflict: conflict with "kubectl": \.data\.a\nPlease review the fields above--they currently have other managers\./,
    );
    expect(clash.output).toMatch(
      /See https:\/\/kubernetes\.io\/docs\/reference\/using-api\/server-side-apply\/#conflicts\n$/,
    );
    expect(env.run('kubectl apply --server-side --field-manager=ops -f two.yaml --force-conflicts').output).toBe(
      'configmap/ssa serverside-applied\n',
    );
    const yaml = env.run('kubectl get cm ssa -o yaml --show-managed-fields').output;
    expect(yaml).toContain('    manager: ops\n    operation: Apply\n');
    expect(yaml).not.toContain('manager: kubectl\n');
    expect(yaml).toContain('  a: "2"\n');
  });
});
