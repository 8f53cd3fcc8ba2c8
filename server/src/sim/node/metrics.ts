/**
 * The Metrics API (metrics.k8s.io/v1beta1) as metrics-server v0.7 serves it (kubernetes-sigs/metrics-server
 * pkg/api/node.go, pod.go, filter.go), for `kubectl top` in the terminal, the same objects over the sandbox's
 * Kubernetes API, and the HPA: a container uses its image's idle CPU and resident memory, plus the CPU the traffic
 * simulation puts on the pod (`runtime.podCpuMillis`); a node adds its system daemons. Undefined when the
 * metrics-server addon is not enabled (kubectl: `error: Metrics API not available`).
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { formatQuantity } from '../../lib/quantity.js';
import type { Cluster } from '../cluster.js';
import { notFound } from '../errors.js';
import { matches, matchesFields, parseLabelSelector, parseFieldSelector } from '../selectors.js';
import type { Stored } from '../types.js';
import { imageInfo } from '../images/index.js';
import { bytes } from './resources.js';

export const METRICS_GROUP_VERSION = 'metrics.k8s.io/v1beta1';

export interface Usage {
  /** As metrics-server reports them: CPU in cores (`12345678n`), memory in bytes (`23456Ki`). */
  cpu: string;
  memory: string;
}

export interface ContainerMetrics {
  name: string;
  usage: Usage;
}

export interface PodMetrics {
  kind: 'PodMetrics';
  apiVersion: typeof METRICS_GROUP_VERSION;
  metadata: { name: string; namespace: string; creationTimestamp: string; labels?: Record<string, string> };
  timestamp: string;
  window: string;
  containers: ContainerMetrics[];
}

export interface NodeMetrics {
  kind: 'NodeMetrics';
  apiVersion: typeof METRICS_GROUP_VERSION;
  metadata: { name: string; creationTimestamp: string; labels?: Record<string, string> };
  timestamp: string;
  window: string;
  usage: Usage;
}

export interface MetricsSelectors {
  labelSelector?: string | undefined;
  /** metrics-server matches only `metadata.name` and `metadata.namespace` (generic.AddObjectMetaFieldsSet). */
  fieldSelector?: string | undefined;
}

export const METRICS_ADDON = 'metrics-server';
const MiB = 1024 * 1024;

export function metricsAvailable(cluster: Cluster): boolean {
  return cluster.runtime.addons.includes(METRICS_ADDON);
}

/**
 * kubectl shows CPU rounded up to whole millicores (Quantity.MilliValue); the model's millicores are centred on the
 * nanocores reported, so that what kubectl shows is the model's value rounded to the nearest millicore.
 */
const nanocores = (cpuMillis: number) => Math.max(0, Math.round((cpuMillis - 0.5) * 1_000_000));

/** Canonical quantities, as metrics-server's JSON has them (`12345678n`, `1136u`, `23456Ki`, `4Mi`). */
const usage = (cpuMillis: number, memoryBytes: number): Usage => ({
  cpu: formatQuantity({ nanos: BigInt(nanocores(cpuMillis)), format: 'DecimalSI' }),
  memory: formatQuantity({ nanos: BigInt(Math.round(memoryBytes / 1024) * 1024) * 1_000_000_000n, format: 'BinarySI' }),
});

/** A small, stable wobble per pod so a table of identical pods does not look machine-made. */
function jitter(uid: string, spread: number): number {
  let h = 0;
  for (let i = 0; i < uid.length; i++) h = (h * 31 + uid.charCodeAt(i)) >>> 0;
  return ((h % 1000) / 1000) * spread;
}

interface ModelUsage {
  name: string;
  cpuMillis: number;
  memoryBytes: number;
}

function containerUsage(cluster: Cluster, pod: Stored<Pod>): ModelUsage[] {
  if (pod.status?.phase !== 'Running') return [];
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
    return { name: c.name, cpuMillis: cpu, memoryBytes: memory };
  });
}

function fieldsMatch(fieldSelector: string | undefined, name: string, namespace: string): boolean {
  if (!fieldSelector) return true;
  // Unknown fields are not refused, they match nothing: metrics-server's field set holds only these two.
  const reqs = parseFieldSelector(fieldSelector, [
    ...new Set(fieldSelector.split(',').map((t) => t.split(/!=|==|=/)[0]!.trim())),
  ]);
  return matchesFields(reqs, (f) => (f === 'metadata.name' ? name : f === 'metadata.namespace' ? namespace : ''));
}

function podMetricsOf(cluster: Cluster, pod: Stored<Pod>): PodMetrics | undefined {
  const containers = containerUsage(cluster, pod);
  if (containers.length === 0) return undefined;
  const now = cluster.clock.timestamp();
  return {
    kind: 'PodMetrics',
    apiVersion: METRICS_GROUP_VERSION,
    metadata: {
      name: pod.metadata.name,
      namespace: pod.metadata.namespace ?? 'default',
      creationTimestamp: now,
      ...(pod.metadata.labels ? { labels: pod.metadata.labels } : {}),
    },
    timestamp: now,
    window: '15s',
    containers: containers.map((c) => ({ name: c.name, usage: usage(c.cpuMillis, c.memoryBytes) })),
  };
}

const byNamespaceAndName = (a: PodMetrics, b: PodMetrics) =>
  a.metadata.namespace !== b.metadata.namespace
    ? a.metadata.namespace < b.metadata.namespace
      ? -1
      : 1
    : a.metadata.name < b.metadata.name
      ? -1
      : a.metadata.name > b.metadata.name
        ? 1
        : 0;

/** PodMetrics of the running pods in `namespace` (all when undefined), by namespace and name; undefined without the addon. */
export function podMetrics(
  cluster: Cluster,
  namespace?: string,
  selectors: MetricsSelectors = {},
): PodMetrics[] | undefined {
  if (!metricsAvailable(cluster)) return undefined;
  const labels = selectors.labelSelector ? parseLabelSelector(selectors.labelSelector) : undefined;
  const out: PodMetrics[] = [];
  for (const p of cluster.store.list('pods', namespace) as Stored<Pod>[]) {
    if (labels && !matches(labels, p.metadata.labels)) continue;
    if (!fieldsMatch(selectors.fieldSelector, p.metadata.name, p.metadata.namespace ?? '')) continue;
    const m = podMetricsOf(cluster, p);
    if (m) out.push(m);
  }
  return out.sort(byNamespaceAndName);
}

/** One pod's metrics: the pod's own NotFound, or `podmetrics.metrics.k8s.io "ns/name"` while it has none. */
export function onePodMetrics(cluster: Cluster, namespace: string, name: string): PodMetrics {
  const pod = cluster.store.get('pods', namespace, name) as Stored<Pod> | undefined;
  if (!pod) throw notFound('pods', name);
  return podMetricsOf(cluster, pod) ?? throwNotFound('podmetrics.metrics.k8s.io', `${namespace}/${name}`);
}

function throwNotFound(resource: string, name: string): never {
  throw notFound(resource, name);
}

function nodeMetricsOf(cluster: Cluster, node: Stored<Node>): NodeMetrics | undefined {
  const name = node.metadata.name;
  // A stopped machine reports nothing (`kubectl top node` shows <unknown>).
  if (cluster.runtime.stoppedNodes.includes(name)) return undefined;
  const controlPlane = node.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined;
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
  const now = cluster.clock.timestamp();
  return {
    kind: 'NodeMetrics',
    apiVersion: METRICS_GROUP_VERSION,
    metadata: { name, creationTimestamp: now, ...(node.metadata.labels ? { labels: node.metadata.labels } : {}) },
    timestamp: now,
    window: '20.05s',
    usage: usage(cpu, memory),
  };
}

/** NodeMetrics of the running nodes, by name; undefined without the addon. */
export function nodeMetrics(cluster: Cluster, selectors: MetricsSelectors = {}): NodeMetrics[] | undefined {
  if (!metricsAvailable(cluster)) return undefined;
  const labels = selectors.labelSelector ? parseLabelSelector(selectors.labelSelector) : undefined;
  const out: NodeMetrics[] = [];
  for (const n of cluster.store.list('nodes') as Stored<Node>[]) {
    if (labels && !matches(labels, n.metadata.labels)) continue;
    if (!fieldsMatch(selectors.fieldSelector, n.metadata.name, '')) continue;
    const m = nodeMetricsOf(cluster, n);
    if (m) out.push(m);
  }
  return out.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
}

/** One node's metrics: the node's own NotFound, or `nodemetrics.metrics.k8s.io "name"` while it has none. */
export function oneNodeMetrics(cluster: Cluster, name: string): NodeMetrics {
  const node = cluster.store.get('nodes', undefined, name) as Stored<Node> | undefined;
  if (!node) throw notFound('nodes', name);
  return nodeMetricsOf(cluster, node) ?? throwNotFound('nodemetrics.metrics.k8s.io', name);
}
