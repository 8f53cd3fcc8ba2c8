/**
 * ReplicationController with its controller, as the docs' page content/en/docs/concepts/workloads/controllers/
 * replicationcontroller.md uses it (examples/controllers/replication.yaml: nginx, 3 replicas). Defaults from
 * SetDefaults_ReplicationController (pkg/apis/core/v1/defaults.go: selector and labels from the template's labels),
 * validation from ValidateReplicationControllerSpec; the manager is the ReplicaSet controller over RCs
 * (pkg/controller/replication), its events sourced `replication-controller`. Columns from printers.go
 * (replicationControllerColumnDefinitions: NAME DESIRED CURRENT READY AGE); `rolling-update` was removed from kubectl
 * (v1.18) so cobra answers with its unknown-command error (recorded from kubectl v1.32.4).
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

const REPLICATION = `kubectl apply -f - <<EOF
apiVersion: v1
kind: ReplicationController
metadata:
  name: nginx
spec:
  replicas: 3
  selector:
    app: nginx
  template:
    metadata:
      name: nginx
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx
        ports:
        - containerPort: 80
EOF`;

function cluster() {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  env.run('minikube start');
  return env;
}

it('keeps three nginx pods running and prints them as kubectl does', () => {
  const env = cluster();
  expect(env.run(REPLICATION).output).toBe('replicationcontroller/nginx created\n');
  env.run('sleep 30');
  expect(env.run('kubectl get rc nginx').output).toBe(
    'NAME    DESIRED   CURRENT   READY   AGE\nnginx   3         3         3       30s\n',
  );
  const pods = env.run(`kubectl get pods --selector=app=nginx --output=jsonpath='{.items..metadata.name}'`).output;
  expect(pods.split(' ')).toHaveLength(3);
  expect(pods).toMatch(/^nginx-[a-z0-9]{5} nginx-[a-z0-9]{5} nginx-[a-z0-9]{5}$/);
  const describe = env.run('kubectl describe replicationcontrollers/nginx').output;
  expect(describe).toContain('Replicas:     3 current / 3 desired\n');
  expect(describe).toContain('Pods Status:  3 Running / 0 Waiting / 0 Succeeded / 0 Failed\n');
  expect(describe).toMatch(/Normal {2}SuccessfulCreate {2}\S+ +replication-controller {2}Created pod: nginx-/);
});

it('replaces a deleted pod, scales, and deletes its pods with it', () => {
  const env = cluster();
  env.run(REPLICATION);
  env.run('sleep 30');
  const first = env.run(`kubectl get pods -l app=nginx -o jsonpath='{.items[0].metadata.name}'`).output;
  env.run(`kubectl delete pod ${first} --grace-period=0 --force`);
  env.run('sleep 5');
  expect(env.run(`kubectl get pods -l app=nginx --no-headers`).output.trim().split('\n')).toHaveLength(3);
  expect(env.run('kubectl scale rc nginx --replicas=1').output).toBe('replicationcontroller/nginx scaled\n');
  env.run('sleep 40');
  expect(env.run(`kubectl get pods -l app=nginx --no-headers`).output.trim().split('\n')).toHaveLength(1);
  env.run('kubectl delete rc nginx');
  env.run('sleep 40');
  expect(env.run('kubectl get pods -l app=nginx').output).toBe('No resources found in default namespace.\n');
});

it('defaults the selector and labels from the template and validates them', () => {
  const env = cluster();
  env.run(`kubectl apply -f - <<EOF
apiVersion: v1
kind: ReplicationController
metadata:
  name: web
spec:
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx
EOF`);
  expect(
    env.run(`kubectl get rc web -o jsonpath='{.spec.replicas} {.spec.selector.app} {.metadata.labels.app}'`).output,
  ).toBe('1 web web');
  expect(
    env.run(`kubectl apply -f - <<EOF
apiVersion: v1
kind: ReplicationController
metadata:
  name: bad
spec:
  selector:
    app: other
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx
EOF`).output,
  ).toBe(
    'The ReplicationController "bad" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`\n',
  );
});

it('has no rolling-update command', () => {
  const env = cluster();
  const r = env.run('kubectl rolling-update nginx --image=nginx:1.27');
  expect(r.output).toBe('Error: unknown command "rolling-update" for "kubectl"\n');
  expect(r.exitCode).toBe(1);
});
