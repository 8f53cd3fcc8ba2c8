/**
 * Tables that kubectl prints without the server's help: `kubectl events`
 * (pkg/cmd/events/event_printer.go), `kubectl top` (pkg/metricsutil/metrics_printer.go) and
 * `kubectl api-resources`. All go through the same tabwriter as `kubectl get`.
 */
import type { Event } from 'kubernetes-types/core/v1';
import { addQuantity, quantityMilliValue, quantityValue, tryParseQuantity, type Quantity } from '../../lib/quantity.js';
import { eventInterval, sortEvents } from './describe/common.js';
import { renderRows } from './table.js';

export interface EventsTableOptions {
  readonly now: number;
  /** `-A`: NAMESPACE first. */
  readonly allNamespaces?: boolean;
  readonly noHeaders?: boolean;
}

/** `kubectl events`: sorted by time, OBJECT as `Kind/name`, AGE with `(x3 over 5m)`. */
export function renderEventsTable(events: readonly Event[], opts: EventsTableOptions): string {
  const rows: string[][] = [];
  if (!opts.noHeaders) {
    rows.push([...(opts.allNamespaces ? ['NAMESPACE'] : []), 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']);
  }
  for (const e of sortEvents(events)) {
    rows.push([
      ...(opts.allNamespaces ? [e.metadata?.namespace ?? ''] : []),
      eventInterval(e, opts.now),
      e.type ?? '',
      e.reason ?? '',
      `${e.involvedObject.kind ?? ''}/${e.involvedObject.name ?? ''}`,
      (e.message ?? '').trim(),
    ]);
  }
  return renderRows(rows);
}

const ZERO: Quantity = { nanos: 0n, format: 'DecimalSI' };

function q(v: string | undefined): Quantity {
  return (v !== undefined ? tryParseQuantity(v) : undefined) ?? ZERO;
}

/** printResourceUsage: cpu in millicores, memory in Mi (floored). */
function usage(resource: 'cpu' | 'memory', value: Quantity): string {
  return resource === 'cpu' ? `${quantityMilliValue(value)}m` : `${Math.trunc(quantityValue(value) / (1024 * 1024))}Mi`;
}

export interface NodeMetrics {
  readonly name: string;
  readonly usage: Readonly<Record<string, string>>;
}

export interface TopNodesOptions {
  /** Node name → allocatable resources; nodes here but without metrics print `<unknown>`. */
  readonly allocatable: ReadonlyMap<string, Readonly<Record<string, string>>>;
  readonly noHeaders?: boolean;
  readonly sortBy?: 'cpu' | 'memory';
}

/**
 * `kubectl top nodes`: every cell tab-terminated, as printValue writes them (so lines end in
 * padding, like the real output).
 */
export function renderTopNodes(metrics: readonly NodeMetrics[], opts: TopNodesOptions): string {
  const rows: string[][] = [];
  if (!opts.noHeaders) rows.push(['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)', '']);
  const sorted = [...metrics].sort((a, b) => {
    if (opts.sortBy) {
      const x = q(a.usage[opts.sortBy]).nanos;
      const y = q(b.usage[opts.sortBy]).nanos;
      if (x !== y) return x > y ? -1 : 1;
    }
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
  const seen = new Set<string>();
  for (const m of sorted) {
    seen.add(m.name);
    const row = [m.name];
    const available = opts.allocatable.get(m.name);
    for (const res of ['cpu', 'memory'] as const) {
      const used = q(m.usage[res]);
      row.push(usage(res, used));
      if (available?.[res] !== undefined) {
        const total = quantityMilliValue(q(available[res]));
        row.push(`${total === 0 ? 0 : Math.trunc((quantityMilliValue(used) / total) * 100)}%`);
      }
    }
    row.push('');
    rows.push(row);
  }
  for (const name of [...opts.allocatable.keys()].filter((n) => !seen.has(n)).sort()) {
    rows.push([name, '<unknown>', '<unknown>', '<unknown>', '<unknown>', '']);
  }
  return renderRows(rows);
}

export interface PodMetrics {
  readonly namespace: string;
  readonly name: string;
  readonly containers: readonly { readonly name: string; readonly usage: Readonly<Record<string, string>> }[];
}

export interface TopPodsOptions {
  readonly allNamespaces?: boolean;
  /** `--containers`: one row per container with a POD column. */
  readonly containers?: boolean;
  readonly noHeaders?: boolean;
  readonly sortBy?: 'cpu' | 'memory';
  /** `--sum`: a rule and the totals under the table. */
  readonly sum?: boolean;
}

function podTotal(p: PodMetrics, res: 'cpu' | 'memory'): Quantity {
  let total = ZERO;
  for (const c of p.containers) total = addQuantity(total, q(c.usage[res]));
  return total;
}

/** `kubectl top pods`. */
export function renderTopPods(metrics: readonly PodMetrics[], opts: TopPodsOptions = {}): string {
  const rows: string[][] = [];
  let width = 3;
  const header: string[] = [];
  if (opts.allNamespaces) {
    header.push('NAMESPACE');
    width++;
  }
  if (opts.containers) {
    header.push('POD');
    width++;
  }
  header.push('NAME', 'CPU(cores)', 'MEMORY(bytes)', '');
  if (!opts.noHeaders) rows.push(header);
  const key = (p: PodMetrics): string => (opts.allNamespaces ? `${p.namespace}/${p.name}` : p.name);
  const sorted = [...metrics].sort((a, b) => {
    if (opts.sortBy) {
      const x = podTotal(a, opts.sortBy).nanos;
      const y = podTotal(b, opts.sortBy).nanos;
      if (x !== y) return x > y ? -1 : 1;
    }
    return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  });
  for (const p of sorted) {
    const prefix = opts.allNamespaces ? [p.namespace] : [];
    if (opts.containers) {
      for (const c of p.containers) {
        rows.push([
          ...prefix,
          p.name,
          c.name,
          usage('cpu', q(c.usage['cpu'])),
          usage('memory', q(c.usage['memory'])),
          '',
        ]);
      }
    } else {
      rows.push([...prefix, p.name, usage('cpu', podTotal(p, 'cpu')), usage('memory', podTotal(p, 'memory')), '']);
    }
  }
  if (opts.sum) {
    let cpu = ZERO;
    let mem = ZERO;
    for (const p of metrics) {
      cpu = addQuantity(cpu, podTotal(p, 'cpu'));
      mem = addQuantity(mem, podTotal(p, 'memory'));
    }
    rows.push([...Array<string>(width - 2).fill(''), '________', '________', '']);
    rows.push([...Array<string>(width - 3).fill(''), '', usage('cpu', cpu), usage('memory', mem), '']);
  }
  return renderRows(rows);
}

export interface ApiResource {
  readonly name: string;
  readonly shortNames?: readonly string[];
  /** `v1`, `apps/v1`. */
  readonly apiVersion: string;
  readonly namespaced: boolean;
  readonly kind: string;
  readonly verbs?: readonly string[];
  readonly categories?: readonly string[];
}

/** `kubectl api-resources` (`-o wide` adds VERBS and CATEGORIES; `-o name` prints `name.group`). */
export function renderApiResources(
  resources: readonly ApiResource[],
  opts: { readonly output?: '' | 'wide' | 'name'; readonly noHeaders?: boolean } = {},
): string {
  if (opts.output === 'name') {
    return resources
      .map((r) => {
        const slash = r.apiVersion.indexOf('/');
        return slash < 0 ? `${r.name}\n` : `${r.name}.${r.apiVersion.slice(0, slash)}\n`;
      })
      .join('');
  }
  const wide = opts.output === 'wide';
  const rows: string[][] = [];
  if (!opts.noHeaders)
    rows.push(['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(wide ? ['VERBS', 'CATEGORIES'] : [])]);
  for (const r of resources) {
    const row = [r.name, (r.shortNames ?? []).join(','), r.apiVersion, String(r.namespaced), r.kind];
    if (wide) row.push((r.verbs ?? []).join(','), (r.categories ?? []).join(','));
    rows.push(row);
  }
  return renderRows(rows);
}
