/**
 * A new sandbox worker plays a short scripted session on a scratch cluster before it takes students. V8 runs code
 * cold (interpreted) at first and ten times slower than once it is compiled; without this, the first template,
 * describe or apply on a fresh worker would hold the other students on it up for tens of milliseconds, and a budget
 * step (lib/budget.ts) would cost far more than it was calibrated for.
 */
import { performance } from 'node:perf_hooks';
import { createEnvironment, restoreEnvironment, type EnvironmentSnapshot } from '../kubectl/environment.js';
import type { Course } from './course.js';

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels: { app: api }
spec:
  replicas: 2
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      containers:
      - name: api
        image: nginx:1.27
        ports: [{ containerPort: 80 }]
`;

/** What students run most, and every evaluator a student can drive (templates, JSONPath, regular expressions, loops). */
const SCRIPT = [
  'kubectl create deployment web --image=nginx --replicas=3',
  'kubectl apply -f api.yaml',
  'kubectl expose deployment web --port=80',
  'kubectl create configmap settings --from-literal=mode=fast',
  'kubectl get pods -o wide',
  'kubectl get all -A',
  'kubectl get pods -o yaml',
  'kubectl get pods -o json',
  `kubectl get pods -o jsonpath='{.items[*].metadata.name}{..phase}'`,
  `kubectl get pods -o go-template='{{range .items}}{{range $.items}}{{.metadata.name}}{{end}}{{"\\n"}}{{end}}'`,
  'kubectl get pods -o custom-columns=NAME:.metadata.name,PHASE:.status.phase',
  'kubectl describe deployment web',
  'kubectl describe pods',
  'kubectl scale deployment web --replicas=2',
  'kubectl set image deployment/web nginx=nginx:1.27',
  'kubectl label pods --all tier=web --overwrite',
  'kubectl logs deployment/web',
  'kubectl get events',
  'for i in 1 2 3 4 5 6 7 8; do echo "line $i of the warm-up"; done | grep -E "l(i|a)ne [0-9]+" | sort -r | wc -l',
  'x=$(kubectl get pods --no-headers | wc -l); echo $((x * 2))',
  'kubectl delete deployment web api',
];

export interface WarmUp {
  ms: number;
  /** Lines of the script that failed (the script has rotted: it no longer exercises what it should). */
  failed: string[];
}

/**
 * Runs the script `rounds` times on a scratch copy of the course's first lab that starts with a running cluster (a few
 * hundred milliseconds).
 */
export function warmUp(course: Course, rounds = 4): WarmUp {
  const started = performance.now();
  const failed = new Set<string>();
  const lab = course.labs.find((l) => l.cluster.state === 'running');
  if (!lab) return { ms: 0, failed: ['no lab starts with a running cluster'] };
  for (let round = 0; round < rounds; round++) {
    const ctx = { labId: lab.id, nowMs: Date.UTC(2026, 0, 1) };
    const cluster = course.clusterFor(ctx, round + 1);
    if (!cluster) break;
    const files = { ...course.filesFor(ctx), 'api.yaml': MANIFEST };
    const env = createEnvironment({ cluster, files, cpuClock: () => performance.now() });
    for (const line of SCRIPT) {
      if (env.shell.runLine(line).exitCode !== 0) failed.add(line);
      cluster.tick(cluster.now() + 5_000);
    }
    // A returning student's lab comes back from its saved text: that path is warmed too.
    const saved = JSON.parse(JSON.stringify(env.snapshot())) as EnvironmentSnapshot;
    env.shell.dispose();
    const restored = restoreEnvironment(saved, { cpuClock: () => performance.now() });
    if (restored.shell.runLine('kubectl get pods').exitCode !== 0) failed.add('kubectl get pods (restored)');
    restored.shell.dispose();
  }
  return { ms: performance.now() - started, failed: [...failed] };
}
