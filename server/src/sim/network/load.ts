/**
 * Simulated load. A running pod whose command loops over `wget`/`curl` against a URL (the
 * load generator of the HPA walkthrough: `while sleep 0.01; do wget -q -O- http://php-apache; done`)
 * sends a steady stream of requests; the CPU that costs is shared by the endpoints that serve it
 * and written to `runtime.podCpuMillis`, which `kubectl top` and the HPA read.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { Controller } from '../controllers/controller.js';
import { isPodReady } from '../controllers/services/endpoints.js';
import type { Stored } from '../types.js';
import { resolve } from './dns.js';
import { parseUrl } from './http.js';

/** Millicores one busy-looping generator costs its targets in all. */
export const GENERATOR_MILLICORES = 600;
const KEY = 'load';

/** The URL a pod's command keeps fetching, if its command is such a loop. */
export function generatorTarget(pod: Pod): string | undefined {
  for (const c of pod.spec?.containers ?? []) {
    if (!c.command && !c.args) continue;
    const script = [...(c.command ?? []), ...(c.args ?? [])].join(' ');
    if (!/\b(while|for)\b/.test(script) || !/\b(wget|curl)\b/.test(script)) continue;
    const url =
      /\b(?:wget|curl)\b[^;|&]*?\s((?:https?:\/\/)?[a-z0-9][-a-z0-9.]*(?::\d+)?(?:\/\S*)?)\s*(?:;|$|\||&)/i.exec(
        script,
      );
    if (url?.[1] && !url[1].startsWith('-')) return url[1];
  }
  return undefined;
}

/** How often the load is recomputed while generators run (metrics-server's resolution). */
const RESYNC_MS = 15_000;

/**
 * Recomputes the load when a generator starts or stops, and every 15 s while one runs (to follow
 * its targets scaling out). Not on every pod change: that would cost O(pods) per event.
 */
export const loadController: Controller = {
  name: 'load',
  watches: ['pods'],
  keysFor(event) {
    const pod = event.object as Stored<Pod>;
    const old = event.old as Stored<Pod> | undefined;
    const generator = generatorTarget(pod) !== undefined || (old !== undefined && generatorTarget(old) !== undefined);
    return generator ? [KEY] : [];
  },
  reconcile(_key, ctx) {
    const next: Record<string, number> = {};
    let generators = 0;
    for (const gen of ctx.store.list('pods') as unknown as Stored<Pod>[]) {
      if (gen.status?.phase !== 'Running' || gen.metadata.deletionTimestamp) continue;
      const target = generatorTarget(gen);
      if (!target) continue;
      generators++;
      const url = parseUrl(target);
      const answer = url && resolve(ctx.store, gen.metadata.namespace ?? 'default', url.host);
      const svc = answer?.service;
      const selector = svc?.spec?.selector;
      if (!svc || !selector) continue;
      const backends = (ctx.store.list('pods', svc.metadata.namespace) as unknown as Stored<Pod>[]).filter(
        (p) =>
          Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v) &&
          isPodReady(p) &&
          !p.metadata.deletionTimestamp,
      );
      for (const b of backends)
        next[b.metadata.uid] = (next[b.metadata.uid] ?? 0) + Math.round(GENERATOR_MILLICORES / backends.length);
    }
    if (JSON.stringify(next) !== JSON.stringify(ctx.runtime.podCpuMillis)) ctx.runtime.podCpuMillis = next;
    if (generators > 0) ctx.requeueAfter(KEY, RESYNC_MS, true);
  },
};
