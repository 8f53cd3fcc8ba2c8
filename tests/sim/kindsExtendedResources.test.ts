/**
 * Extended resources, as the docs' tasks "Advertise Extended Resources for a Node" and "Assign Extended Resources to a
 * Container" (website content/en/docs/tasks/administer-cluster/extended-resource-node.md,
 * tasks/configure-pod-container/extended-resource.md) use them: capacity patched through the node's status
 * subresource, pods requesting whole units, the scheduler's NodeResourcesFit counting them (`Insufficient
 * example.com/dongle`, pkg/scheduler/framework/plugins/noderesources/fit.go) and the API server's checks
 * (pkg/apis/core/validation validateResourceRequirements: `must be an integer`, `Limit must be set for non
 * overcommitable resources`, `must be equal to %s limit of %s`).
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

function cluster() {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  env.run('minikube start');
  return env;
}

const ADVERTISE = `kubectl patch node minikube --subresource=status --type=json -p '[{"op":"add","path":"/status/capacity/example.com~1dongle","value":"4"}]'`;

function pod(name: string, requests: string, limits = requests): string {
  return `kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: c
    image: nginx
    resources:
      requests:
${requests}
      limits:
${limits}
EOF`;
}

it('advertises a dongle through the status subresource', () => {
  const env = cluster();
  expect(env.run(ADVERTISE).output).toBe('node/minikube patched\n');
  expect(env.run(`kubectl get node minikube -o jsonpath='{.status.capacity.example\\.com/dongle}'`).output).toBe('4');
  // A plain patch of the node cannot write its status.
  env.run(
    `kubectl patch node minikube --type=json -p '[{"op":"add","path":"/status/capacity/example.com~1gadget","value":"1"}]'`,
  );
  expect(env.run(`kubectl get node minikube -o jsonpath='{.status.capacity.example\\.com/gadget}'`).output).toBe('');
});

it('schedules pods until the dongles run out, then reports Insufficient example.com/dongle', () => {
  const env = cluster();
  env.run(ADVERTISE);
  expect(env.run(pod('extended-resource-demo', '        example.com/dongle: 3')).output).toBe(
    'pod/extended-resource-demo created\n',
  );
  env.run(pod('extended-resource-demo-2', '        example.com/dongle: 2'));
  env.run('sleep 5');
  expect(env.run(`kubectl get pod extended-resource-demo -o jsonpath='{.spec.nodeName}'`).output).toBe('minikube');
  const events = env.run(
    'kubectl get events --field-selector reason=FailedScheduling -o custom-columns=MSG:.message --no-headers',
  ).output;
  expect(events).toBe(
    '0/1 nodes are available: 1 Insufficient example.com/dongle. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.\n',
  );
  expect(env.run('kubectl get pod extended-resource-demo-2 --no-headers').output).toMatch(
    /^extended-resource-demo-2\s+0\/1\s+Pending/,
  );
  // Freeing three dongles lets the second pod in.
  env.run('kubectl delete pod extended-resource-demo --grace-period=0 --force');
  env.run('sleep 5');
  expect(env.run(`kubectl get pod extended-resource-demo-2 -o jsonpath='{.spec.nodeName}'`).output).toBe('minikube');
});

it('a node without the resource fits no pod asking for it', () => {
  const env = cluster();
  env.run(pod('p', '        example.com/dongle: 1'));
  env.run('sleep 5');
  expect(env.run('kubectl get pod p --no-headers').output).toMatch(/Pending/);
});

it('takes the request from the limit, and validates whole numbers and equal requests', () => {
  const env = cluster();
  env.run(`kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: only-limit
spec:
  containers:
  - name: c
    image: nginx
    resources:
      limits:
        example.com/dongle: 1
      requests:
        cpu: 100m
EOF`);
  expect(env.run(`kubectl get pod only-limit -o jsonpath='{.spec.containers[0].resources.requests}'`).output).toBe(
    '{"cpu":"100m","example.com/dongle":"1"}',
  );
  expect(env.run(pod('half', '        example.com/dongle: 500m')).output).toBe(
    'The Pod "half" is invalid: \n* spec.containers[0].resources.limits[example.com/dongle]: Invalid value: "500m": must be an integer\n* spec.containers[0].resources.requests[example.com/dongle]: Invalid value: "500m": must be an integer\n',
  );
  expect(env.run(pod('unequal', '        example.com/dongle: 1', '        example.com/dongle: 2')).output).toBe(
    'The Pod "unequal" is invalid: spec.containers[0].resources.requests: Invalid value: "1": must be equal to example.com/dongle limit of 2\n',
  );
  expect(env.run(pod('nolimit', '        example.com/dongle: 1', '        cpu: 1')).output).toBe(
    'The Pod "nolimit" is invalid: spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources\n',
  );
});
