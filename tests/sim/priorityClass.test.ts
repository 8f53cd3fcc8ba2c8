/**
 * PriorityClass (scheduling.k8s.io/v1) and the Priority admission plugin, worded as kube-apiserver v1.32 words them
 * (pkg/apis/scheduling/validation, plugin/pkg/admission/priority); the docs' example is
 * content/en/docs/concepts/scheduling-eviction/pod-priority-preemption.md (high-priority, 1000000).
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

const HIGH = `kubectl apply -f - <<EOF
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: high-priority
value: 1000000
globalDefault: false
description: "This priority class should be used for XYZ service pods only."
EOF`;

function pc(name: string, value: number, globalDefault = false): string {
  return `kubectl apply -f - <<EOF
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: ${name}
value: ${value}
globalDefault: ${globalDefault}
EOF`;
}

function pod(name: string, priorityClassName: string): string {
  return `kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  priorityClassName: ${priorityClassName}
  containers:
  - name: nginx
    image: nginx
EOF`;
}

function setup() {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  env.run('minikube start');
  return env;
}

describe('PriorityClass', () => {
  it('lists the system classes beside the ones created, and gives pods their priority', () => {
    const env = setup();
    expect(env.run(HIGH).output).toBe('priorityclass.scheduling.k8s.io/high-priority created\n');
    expect(env.run('kubectl get priorityclass').output.replace(/\d+[smhd]\b/g, '<age>')).toBe(
      'NAME                      VALUE        GLOBAL-DEFAULT   AGE\n' +
        'high-priority             1000000      false            <age>\n' +
        'system-cluster-critical   2000000000   false            <age>\n' +
        'system-node-critical      2000001000   false            <age>\n',
    );
    env.run(pod('nginx', 'high-priority'));
    expect(env.run("kubectl get pod nginx -o jsonpath='{.spec.priority} {.spec.preemptionPolicy}'").output).toBe(
      '1000000 PreemptLowerPriority',
    );
    expect(
      env.run("kubectl get pod -n kube-system etcd-minikube -o jsonpath='{.spec.priority} {.spec.priorityClassName}'")
        .output,
    ).toBe('2000001000 system-node-critical');
  });

  it('refuses a missing class, reserved names, values above the user limit and a second default', () => {
    const env = setup();
    expect(env.run(pod('x', 'nope')).output).toBe(
      'Error from server (Forbidden): error when creating "STDIN": pods "x" is forbidden: no PriorityClass with name nope was found\n',
    );
    expect(env.run(pc('system-mine', 5)).output).toContain(
      `metadata.name: Invalid value: "system-mine": priority class names with 'system-' prefix are reserved`,
    );
    expect(env.run(pc('huge', 2000000000)).output).toContain(
      'value: Forbidden: maximum allowed value of a user defined priority is 1000000000',
    );
    env.run(pc('first', 10, true));
    expect(env.run(pc('second', 20, true)).output).toBe(
      'Error from server (Forbidden): error when creating "STDIN": priorityclasses.scheduling.k8s.io "second" is forbidden: PriorityClass first is already marked as default. Only one default can exist\n',
    );
    // A pod that names no class gets the global default's.
    env.run(pod('plain', '""'));
    expect(env.run("kubectl get pod plain -o jsonpath='{.spec.priority} {.spec.priorityClassName}'").output).toBe(
      '10 first',
    );
  });
});
