/**
 * kubectl benchmarks: median microseconds for `kubectl get pods` over 100 running pods (the full
 * command: flag parsing, kubeconfig, listing, the real table) and for `kubectl apply -f` of a
 * Deployment manifest (parsing, three-way apply, output line).
 */
import type { CommandContext } from '../../server/src/shell/index.js';
import { createEnvironment, type Environment } from '../../server/src/kubectl/environment.js';
import { runKubectl } from '../../server/src/kubectl/kubectl.js';

export interface KubectlFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: 'us';
}

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: bench
  labels:
    app: bench
spec:
  replicas: 1
  selector:
    matchLabels:
      app: bench
  template:
    metadata:
      labels:
        app: bench
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        ports:
        - containerPort: 80
`;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function contextFor(env: Environment, stdin = ''): CommandContext {
  const home = '/home/student';
  return {
    stdin,
    env: new Map([['HOME', home]]),
    cwd: home,
    home,
    user: 'student',
    hostname: 'minikube',
    vfs: env.shell.vfs,
    clock: { now: () => env.cluster.now() },
    terminal: { cols: 200, rows: 50 },
    isTerminal: false,
    runArgv: () => ({ stdout: '', stderr: '', exitCode: 0 }),
    runLine: () => ({ stdout: '', stderr: '', exitCode: 0 }),
    commandNames: () => [],
    commandSummary: () => undefined,
  };
}

/** A running cluster with `pods` running pods in the default namespace. */
export function clusterWithPods(pods: number): Environment {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 7, state: 'Absent' } });
  env.run('minikube start');
  env.run(`kubectl create deployment web --image=nginx --replicas=${pods}`);
  env.cluster.settle();
  return env;
}

/**
 * Warm-up runs before measuring: a command calls each of its functions once, so V8 optimises them
 * only after a few thousand runs; a server running kubectl all day is measured in that steady state.
 */
const WARMUP = 3000;

function time(runs: number, fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  return median(samples);
}

export function benchGetPods100(): KubectlFigure {
  const env = clusterWithPods(100);
  const ctx = contextFor(env);
  const check = runKubectl(['get', 'pods'], ctx, env.kube);
  if (!('stdout' in check) || check.stdout.split('\n').length !== 102)
    throw new Error('get pods did not list 100 pods');
  time(WARMUP, () => runKubectl(['get', 'pods'], ctx, env.kube));
  return {
    name: 'kubectl.get_pods_100_us',
    value: time(2000, () => runKubectl(['get', 'pods'], ctx, env.kube)),
    unit: 'us',
  };
}

export function benchApplyDeploy(): KubectlFigure {
  const env = clusterWithPods(1);
  const ctx = contextFor(env, MANIFEST);
  const first = runKubectl(['apply', '-f', '-'], ctx, env.kube);
  if (!('stdout' in first) || first.stdout !== 'deployment.apps/bench created\n')
    throw new Error('apply did not create the deployment');
  time(WARMUP, () => runKubectl(['apply', '-f', '-'], ctx, env.kube));
  return {
    name: 'kubectl.apply_deploy_us',
    value: time(1000, () => runKubectl(['apply', '-f', '-'], ctx, env.kube)),
    unit: 'us',
  };
}

export function benchKubectl(): Promise<KubectlFigure[]> {
  return Promise.resolve([benchGetPods100(), benchApplyDeploy()]);
}

if (require.main === module) {
  void benchKubectl().then((figures) => {
    for (const f of figures) process.stdout.write(`${JSON.stringify(f)}\n`);
  });
}
