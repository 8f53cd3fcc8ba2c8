import type { Event, Pod } from 'kubernetes-types/core/v1';
import { type Cluster, type Stored } from '../../../server/src/sim/index.js';

export const pod = (name: string, spec: Record<string, unknown>, labels?: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, ...(labels ? { labels } : {}) },
  spec,
});

export const nginx = (name: string, extra: Record<string, unknown> = {}) =>
  pod(name, { containers: [{ name: 'nginx', image: 'nginx:1.27', ...extra }] });

export function getPod(c: Cluster, name: string, ns = 'default'): Stored<Pod> {
  return c.api.get<Pod>('pods', ns, name);
}

export function findPod(c: Cluster, name: string, ns = 'default'): Stored<Pod> | undefined {
  return c.api.find<Pod>('pods', ns, name);
}

/** Events about an object, oldest first, as `reason: message`. */
export function eventsOf(c: Cluster, name: string, ns = 'default'): string[] {
  return (c.store.list('events', ns) as unknown as Stored<Event>[])
    .filter((e) => e.involvedObject.name === name)
    .sort((a, b) => Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion))
    .map((e) => `${e.reason ?? ''}: ${e.message ?? ''}`);
}

export function eventCount(c: Cluster, name: string, reason: string, ns = 'default'): number {
  return (c.store.list('events', ns) as unknown as Stored<Event>[])
    .filter((e) => e.involvedObject.name === name && e.reason === reason)
    .reduce((n, e) => n + (e.count ?? 1), 0);
}

export function state(p: Stored<Pod>, i = 0): string {
  const s = p.status?.containerStatuses?.[i]?.state;
  if (s?.running) return 'Running';
  if (s?.terminated) return `Terminated:${s.terminated.reason ?? ''}`;
  return `Waiting:${s?.waiting?.reason ?? ''}`;
}

/** Advances in small steps until `done` holds; returns the virtual ms it took. */
export function until(c: Cluster, done: () => boolean, maxMs = 600_000, step = 100): number {
  const start = c.now();
  while (!done()) {
    if (c.now() - start > maxMs) throw new Error('condition not reached');
    c.advance(step);
  }
  return c.now() - start;
}

export const millicores = (n: number) => `${n}m`;
