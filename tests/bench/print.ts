/**
 * Benchmark: median microseconds to print the `kubectl get pods` table for 100 pods (the printing
 * half of the ≤ 50 µs `kubectl get pods` target), measured over many runs after a warm-up.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { printerFor, renderTable } from '../../server/src/kubectl/print/index.js';

export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: 'us';
}

const NOW = Date.parse('2024-05-01T12:00:00Z');

/** 100 pods as a deployment and a few crash-looping strays would look. */
export function samplePods(count = 100): Pod[] {
  const pods: Pod[] = [];
  for (let i = 0; i < count; i++) {
    const crashing = i % 10 === 9;
    pods.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `web-7d4b9c8f5-${(100000 + i * 7919).toString(36)}`,
        namespace: 'default',
        uid: `uid-${i}`,
        creationTimestamp: new Date(NOW - (60 + i * 37) * 1000).toISOString(),
        labels: { app: 'web', 'pod-template-hash': '7d4b9c8f5' },
      },
      spec: { nodeName: 'minikube', containers: [{ name: 'nginx', image: 'nginx:1.25' }] },
      status: {
        phase: 'Running',
        podIP: `10.244.0.${i + 2}`,
        podIPs: [{ ip: `10.244.0.${i + 2}` }],
        conditions: [
          { type: 'Initialized', status: 'True' },
          { type: 'Ready', status: crashing ? 'False' : 'True' },
        ],
        containerStatuses: [
          crashing
            ? {
                name: 'nginx',
                ready: false,
                restartCount: 4,
                image: 'nginx:1.25',
                imageID: '',
                state: { waiting: { reason: 'CrashLoopBackOff' } },
                lastState: { terminated: { exitCode: 1, finishedAt: new Date(NOW - 45_000).toISOString() } },
              }
            : { name: 'nginx', ready: true, restartCount: 0, image: 'nginx:1.25', imageID: '', state: { running: {} } },
        ],
      },
    });
  }
  return pods;
}

export function benchPrintPods100(iterations = 500): BenchResult {
  const pods = samplePods(100);
  const printer = printerFor('v1', 'Pod');
  const ctx = { now: NOW };
  let sink = 0;
  // charCodeAt flattens the string, as writing it to the terminal would: that cost is counted.
  const print = (): number => {
    const out = renderTable(printer, pods, ctx);
    return out.charCodeAt(out.length - 1);
  };
  for (let i = 0; i < 200; i++) sink += print();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    sink += print();
    samples.push((performance.now() - t0) * 1000);
  }
  if (sink === 0) throw new Error('nothing printed');
  samples.sort((a, b) => a - b);
  return { name: 'kubectl.print_pods_100_us', value: Math.round(samples[samples.length >> 1]! * 10) / 10, unit: 'us' };
}
