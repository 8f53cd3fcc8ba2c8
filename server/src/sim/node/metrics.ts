/**
 * The Metrics API (metrics.k8s.io/v1beta1) as metrics-server serves it, for `kubectl top` and the
 * HPA: a container uses its image's idle CPU and resident memory, plus the CPU the traffic
 * simulation puts on the pod (`runtime.podCpuMillis`); a node adds its system daemons. Undefined
 * when the metrics-server addon is not enabled (kubectl: `error: Metrics API not available`).
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { Cluster } from '../cluster.js';
import type { Stored } from '../types.js';
import { imageInfo } from '../images/index.js';
import { bytes } from './resources.js';

export interface Usage {
  /** As metrics-server reports it: nanocores (`12345678n`) and kibibytes (`23456Ki`). */
  cpu: string;
  memory: string;
}

export interface ContainerMetrics {
  name: string;
  usage: Usage;
  cpuMillis: number;
  memoryBytes: number;
}

export interface PodMetrics {
  metadata: { name: string; namespace: string; creationTimestamp: string; labels?: Record<string, string> };
  timestamp: string;
  window: string;
  containers: ContainerMetrics[];
  cpuMillis: number;
  memoryBytes: number;
}

export interface NodeMetrics {
  metadata: { name: string; creationTimestamp: string; labels?: Record<string, string> };
  timestamp: string;
  window: string;
  usage: Usage;
  cpuMillis: number;
  memoryBytes: number;
}

export const METRICS_ADDON = 'metrics-server';
const MiB = 1024 * 1024;

export function metricsAvailable(cluster: Cluster): boolean {
  return cluster.runtime.addons.includes(METRICS_ADDON);
}

const usage = (cpuMillis: number, memoryBytes: number): Usage => ({
  cpu: `${Math.round(cpuMillis * 1_000_000)}n`,
  memory: `${Math.round(memoryBytes / 1024)}Ki`,
});

/** A small, stable wobble per pod so a table of identical pods does not look machine-made. */
function jitter(uid: string, spread: number): number {
  let h = 0;
  for (let i = 0; i < uid.length; i++) h = (h * 31 + uid.charCodeAt(i)) >>> 0;
  return ((h % 1000) / 1000) * spread;
}

function containerUsage(cluster: Cluster, pod: Stored<Pod>): ContainerMetrics[] {
  const running = (pod.spec?.containers ?? []).filter((c) =>
    pod.status?.containerStatuses?.some((s) => s.name === c.name && s.state?.running),
  );
  const extra = cluster.runtime.podCpuMillis[pod.metadata.uid] ?? 0;
  return running.map((c) => {
    const info = imageInfo(c.image ?? '');
    const limitCpu = c.resources?.limits?.cpu;
    let cpu = (info?.idleCpu ?? 1) + extra / running.length + jitter(pod.metadata.uid, 1);
    if (limitCpu !== undefined) cpu = Math.min(cpu, bytes(limitCpu) * 1000);
    const memLimit = bytes(c.resources?.limits?.memory);
    let memory = (info?.memory ?? 4 * MiB) * (1 + jitter(pod.metadata.uid, 0.3)) + (extra > 0 ? 2 * MiB : 0);
    if (memLimit > 0) memory = Math.min(memory, memLimit);
    return { name: c.name, usage: usage(cpu, memory), cpuMillis: cpu, memoryBytes: memory };
  });
}

export function podMetrics(cluster: Cluster, namespace?: string): PodMetrics[] | undefined {
  if (!metricsAvailable(cluster)) return undefined;
  const now = cluster.clock.timestamp();
  const out: PodMetrics[] = [];
  for (const p of cluster.store.list('pods', namespace) as Stored<Pod>[]) {
    if (p.status?.phase !== 'Running') continue;
    const containers = containerUsage(cluster, p);
    if (containers.length === 0) continue;
    out.push({
      metadata: {
        name: p.metadata.name,
        namespace: p.metadata.namespace ?? 'default',
        creationTimestamp: now,
        ...(p.metadata.labels ? { labels: p.metadata.labels } : {}),
      },
      timestamp: now,
      window: '15s',
      containers,
      cpuMillis: containers.reduce((s, c) => s + c.cpuMillis, 0),
      memoryBytes: containers.reduce((s, c) => s + c.memoryBytes, 0),
    });
  }
  return out;
}

export function nodeMetrics(cluster: Cluster): NodeMetrics[] | undefined {
  if (!metricsAvailable(cluster)) return undefined;
  const now = cluster.clock.timestamp();
  const out: NodeMetrics[] = [];
  for (const n of cluster.store.list('nodes') as Stored<Node>[]) {
    const name = n.metadata.name;
    // A stopped machine reports nothing (`kubectl top node` shows <unknown>).
    if (cluster.runtime.stoppedNodes.includes(name)) continue;
    const controlPlane = n.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined;
    // The node's own daemons (kubelet, dockerd, cri-dockerd); the control plane's pods count on their own.
    let cpu = controlPlane ? 110 : 35;
    let memory = (controlPlane ? 207 : 230) * MiB;
    for (const p of cluster.store.podsOnNode(name) as Stored<Pod>[]) {
      if (p.status?.phase !== 'Running') continue;
      for (const c of containerUsage(cluster, p)) {
        cpu += c.cpuMillis;
        memory += c.memoryBytes;
      }
    }
    out.push({
      metadata: { name, creationTimestamp: now, ...(n.metadata.labels ? { labels: n.metadata.labels } : {}) },
      timestamp: now,
      window: '20.05s',
      usage: usage(cpu, memory),
      cpuMillis: cpu,
      memoryBytes: memory,
    });
  }
  return out;
}
