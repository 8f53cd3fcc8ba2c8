/**
 * Pod and node resources as plain numbers (millicores, bytes, pod counts), the way kube-scheduler's
 * `framework.Resource` keeps them, so the scheduler's hot loop never parses quantities.
 */
import type { Container, Node, PodSpec } from 'kubernetes-types/core/v1';
import { quantityMilliValue, quantityValue, tryParseQuantity } from '../../lib/quantity.js';

export interface Resources {
  /** Millicores. */
  cpu: number;
  /** Bytes. */
  memory: number;
  /** Extended resources (`example.com/dongle`), whole units; absent when none (framework.Resource.ScalarResources). */
  scalar?: Record<string, number>;
}

/**
 * v1helper.IsExtendedResourceName: a name outside the kubernetes.io domain with a prefix (`example.com/dongle`),
 * not a quota name. Such resources are whole numbers and cannot be overcommitted.
 */
export function isExtendedResourceName(name: string): boolean {
  return name.includes('/') && !name.includes('kubernetes.io/') && !name.startsWith('requests.');
}

function addScalar(
  out: Resources,
  requests: Readonly<Record<string, unknown>>,
  combine: (a: number, b: number) => number,
): void {
  for (const [name, q] of Object.entries(requests)) {
    if (!isExtendedResourceName(name)) continue;
    out.scalar ??= {};
    out.scalar[name] = combine(out.scalar[name] ?? 0, bytes(q as QuantityText));
  }
}

/** schedutil.DefaultMilliCPURequest and DefaultMemoryRequest: what a container without requests counts as when scoring. */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

type QuantityText = string | number | undefined;

export function milliCpu(q: QuantityText): number {
  if (q === undefined) return 0;
  const parsed = tryParseQuantity(String(q));
  return parsed ? quantityMilliValue(parsed) : 0;
}

export function bytes(q: QuantityText): number {
  if (q === undefined) return 0;
  const parsed = tryParseQuantity(String(q));
  return parsed ? quantityValue(parsed) : 0;
}

function containerRequests(c: Container): Resources {
  const r = c.resources?.requests ?? {};
  return { cpu: milliCpu(r.cpu), memory: bytes(r.memory) };
}

/**
 * What a pod asks for (resourcehelper.PodRequests): the sum over its containers, or the largest
 * init container if that is more, plus overhead. `nonZero` counts unset requests as the defaults.
 */
export function podRequests(spec: PodSpec | undefined, nonZero = false): Resources {
  const out: Resources = { cpu: 0, memory: 0 };
  for (const c of spec?.containers ?? []) {
    const r = containerRequests(c);
    out.cpu += nonZero && !c.resources?.requests?.cpu ? DEFAULT_MILLI_CPU_REQUEST : r.cpu;
    out.memory += nonZero && !c.resources?.requests?.memory ? DEFAULT_MEMORY_REQUEST : r.memory;
    if (c.resources?.requests) addScalar(out, c.resources.requests, (a, b) => a + b);
  }
  for (const c of spec?.initContainers ?? []) {
    const r = containerRequests(c);
    out.cpu = Math.max(out.cpu, r.cpu);
    out.memory = Math.max(out.memory, r.memory);
    if (c.resources?.requests) addScalar(out, c.resources.requests, Math.max);
  }
  const overhead = spec?.overhead ?? {};
  out.cpu += milliCpu(overhead.cpu);
  out.memory += bytes(overhead.memory);
  return out;
}

export interface Allocatable extends Resources {
  pods: number;
}

/**
 * A node's allocatable resources. Extended resources advertised in `status.capacity` (the docs' PATCH of
 * /status/capacity/example.com~1dongle) count as allocatable too: the kubelet copies them on its next status update.
 */
export function nodeAllocatable(node: Node): Allocatable {
  const a = node.status?.allocatable ?? node.status?.capacity ?? {};
  const out: Allocatable = { cpu: milliCpu(a.cpu), memory: bytes(a.memory), pods: Math.floor(bytes(a.pods)) };
  addScalar(out, { ...node.status?.capacity, ...node.status?.allocatable }, (_, b) => b);
  return out;
}
