/**
 * The flow of the "Pod Priority and Preemption" page (kubernetes/website content/en/docs/concepts/scheduling-eviction/
 * pod-priority-preemption.md) as a student follows it on a one-node minikube: classes named and valued as the page's
 * `high-priority` and `high-priority-nonpreempting`, a node filled by a low-priority Deployment, then a pod of each.
 * Wording: kube-scheduler v1.32 (see tests/sim/node/preemption.test.ts for the sources).
 */
import { createEnvironment, type Environment } from '../../server/src/kubectl/environment';

function apply(env: Environment, yaml: string): string {
  return env.run(`kubectl apply -f - <<EOF\n${yaml}\nEOF`).output;
}

const mask = (s: string) =>
  s
    .replace(/-[bcdfghjklmnpqrstvwxz2456789]{8,10}-[bcdfghjklmnpqrstvwxz2456789]{5}\b/g, '-<pod>')
    .replace(/\b\d+s\b/g, '<age>');

const CLASSES = `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: high-priority
value: 1000000
globalDefault: false
description: "For the pods that must run first."
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: high-priority-nonpreempting
value: 1000000
preemptionPolicy: Never
globalDefault: false
description: "First in the queue, but never evicts anything."
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: low-priority
value: 1000
description: "Batch work that may be preempted."`;

/**
 * Three replicas of 400m: with the control plane's 750m, 1950m of the node's 2 CPUs are requested. `sleep` ignores
 * SIGTERM, so a victim takes its whole 30s grace period to go (the page's "Graceful termination of preemption victims").
 */
const FILLER = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: batch
spec:
  replicas: 3
  selector:
    matchLabels:
      app: batch
  template:
    metadata:
      labels:
        app: batch
    spec:
      priorityClassName: low-priority
      containers:
      - name: worker
        image: busybox
        command: ["sleep", "3600"]
        resources:
          requests:
            cpu: 400m`;

const pod = (name: string, cls: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels:
    env: test
spec:
  containers:
  - name: nginx
    image: nginx
    imagePullPolicy: IfNotPresent
    resources:
      requests:
        cpu: 400m
  priorityClassName: ${cls}`;

function fullNode(): Environment {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 7, state: 'Absent' } });
  env.run('minikube start');
  expect(apply(env, CLASSES)).toBe(
    'priorityclass.scheduling.k8s.io/high-priority created\n' +
      'priorityclass.scheduling.k8s.io/high-priority-nonpreempting created\n' +
      'priorityclass.scheduling.k8s.io/low-priority created\n',
  );
  apply(env, FILLER);
  env.run('kubectl rollout status deployment/batch');
  return env;
}

describe('Pod Priority and Preemption, through kubectl', () => {
  it('a high-priority pod preempts a low-priority one on a full node, and runs once it has gone', () => {
    const env = fullNode();
    expect(apply(env, pod('nginx', 'high-priority'))).toBe('pod/nginx created\n');
    env.run('sleep 1');
    expect(env.run("kubectl get pod nginx -o jsonpath='{.spec.priority} {.status.nominatedNodeName}'").output).toBe(
      '1000000 minikube',
    );
    const pods = mask(env.run('kubectl get pods -o wide').output);
    // One batch pod terminates; the ReplicaSet's replacement cannot take the room kept for nginx.
    expect(pods).toMatch(/^nginx\s+0\/1\s+Pending\s+0\s+<age>\s+<none>\s+<none>\s+minikube\s+<none>$/m);
    expect(pods.match(/^batch-<pod>\s+1\/1\s+Terminating\s/gm)).toHaveLength(1);
    expect(pods.match(/^batch-<pod>\s+0\/1\s+Pending\s+0\s+<age>\s+<none>\s+<none>\s+<none>\s+<none>$/gm)).toHaveLength(
      1,
    );
    const uid = env.run("kubectl get pod nginx -o jsonpath='{.metadata.uid}'").output;
    const events = env.run('kubectl get events --field-selector reason=Preempted -o wide').output;
    expect(events).toContain(`Preempted by pod ${uid} on node minikube`);
    expect(events).toContain('default-scheduler');
    const described = env.run('kubectl describe pod nginx').output;
    expect(described).toMatch(/^Node:\s+<none>$/m);
    expect(described).toMatch(/^NominatedNodeName:\s+minikube$/m);
    expect(described).toMatch(
      /Warning {2}FailedScheduling {2}.*default-scheduler {2}0\/1 nodes are available: 1 Insufficient cpu\.\n/,
    );
    env.run('kubectl wait --for=condition=Ready pod/nginx --timeout=60s');
    expect(env.run("kubectl get pod nginx -o jsonpath='{.spec.nodeName} {.status.phase}'").output).toBe(
      'minikube Running',
    );
    const replacement = env.run(
      "kubectl get pods -l app=batch --field-selector=status.phase=Pending -o jsonpath='{.items[0].status.conditions[0].message}'",
    ).output;
    // Its only lower-priority neighbour is storage-provisioner (priority 0, no requests): evicting it would not help.
    expect(replacement).toBe(
      '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 Insufficient cpu.',
    );
  });

  it('a non-preempting pod waits for room instead', () => {
    const env = fullNode();
    apply(env, pod('patient', 'high-priority-nonpreempting'));
    env.run('sleep 5');
    expect(mask(env.run('kubectl get pods --field-selector=status.phase!=Running').output)).toBe(
      'NAME      READY   STATUS    RESTARTS   AGE\npatient   0/1     Pending   0          <age>\n',
    );
    expect(env.run("kubectl get pod patient -o jsonpath='{.status.conditions[0].message}'").output).toBe(
      '0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never.',
    );
    // Room made by hand goes to it.
    env.run('kubectl scale deployment batch --replicas=1');
    env.run('kubectl wait --for=condition=Ready pod/patient --timeout=60s');
    expect(env.run("kubectl get pod patient -o jsonpath='{.status.phase}'").output).toBe('Running');
  });
});
