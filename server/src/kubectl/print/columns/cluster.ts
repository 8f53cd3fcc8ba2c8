/** Node, Namespace, Event, ConfigMap, Secret, ServiceAccount, ResourceQuota (printers.go). */
import type {
  ConfigMap,
  Event,
  Namespace,
  Node,
  ResourceQuota,
  Secret,
  ServiceAccount,
} from 'kubernetes-types/core/v1';
import { translateTimestampSince } from '../duration.js';
import { canonicalQuantity } from '../../../lib/quantity.js';
import type { Cell, RowContext, TablePrinter } from '../types.js';
import { age, col, NAME } from './common.js';

const ROLE_PREFIX = 'node-role.kubernetes.io/';
const ROLE_LABEL = 'kubernetes.io/role';

/** findNodeRoles: sorted, unique. */
export function nodeRoles(node: Node): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata?.labels ?? {})) {
    if (k.startsWith(ROLE_PREFIX)) {
      const role = k.slice(ROLE_PREFIX.length);
      if (role) roles.add(role);
    } else if (k === ROLE_LABEL && v !== '') roles.add(v);
  }
  return [...roles].sort();
}

export function nodeStatus(node: Node): string {
  let ready: string | undefined;
  for (const c of node.status?.conditions ?? [])
    if (c.type === 'Ready') ready = c.status === 'True' ? 'Ready' : 'NotReady';
  const status = [ready ?? 'Unknown'];
  if (node.spec?.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

function nodeAddress(node: Node, type: string): string {
  for (const a of node.status?.addresses ?? []) if (a.type === type) return a.address;
  return '<none>';
}

export const nodePrinter: TablePrinter<Node> = {
  columns: [
    NAME,
    col('Status'),
    col('Roles'),
    col('Age'),
    col('Version'),
    col('Internal-IP', 1),
    col('External-IP', 1),
    col('OS-Image', 1),
    col('Kernel-Version', 1),
    col('Container-Runtime', 1),
  ],
  row: (node, ctx) => {
    const info = node.status?.nodeInfo;
    return [
      node.metadata?.name ?? '',
      nodeStatus(node),
      nodeRoles(node).join(',') || '<none>',
      age(node, ctx),
      info?.kubeletVersion ?? '',
      nodeAddress(node, 'InternalIP'),
      nodeAddress(node, 'ExternalIP'),
      info?.osImage || '<unknown>',
      info?.kernelVersion || '<unknown>',
      info?.containerRuntimeVersion || '<unknown>',
    ];
  },
};

export const namespacePrinter: TablePrinter<Namespace> = {
  columns: [NAME, col('Status'), col('Age')],
  row: (ns, ctx) => [ns.metadata?.name ?? '', ns.status?.phase ?? '', age(ns, ctx)],
};

/** formatEventSource: component (or reportingController), then `, host` when known. */
function eventSource(e: Event): string {
  const component = e.source?.component || e.reportingComponent || '';
  const host = e.source?.host || e.reportingInstance || '';
  return host ? `${component}, ${host}` : component;
}

/** The LAST SEEN / FIRST SEEN / COUNT cells of printEvent. */
export function eventTimes(e: Event, now: number): { last: string; first: string; count: number } {
  const first = e.firstTimestamp
    ? translateTimestampSince(e.firstTimestamp, now)
    : translateTimestampSince(e.eventTime, now);
  let last = e.lastTimestamp ? translateTimestampSince(e.lastTimestamp, now) : first;
  let count = e.count ?? 0;
  if (e.series) {
    last = translateTimestampSince(e.series.lastObservedTime, now);
    count = e.series.count ?? 0;
  } else if (count === 0) {
    count = 1;
  }
  return { last, first, count };
}

/** events.k8s.io/v1 names the fields differently; the server prints both kinds alike. */
interface EventsV1Fields {
  regarding?: Event['involvedObject'];
  note?: string;
}

function involved(e: Event): Event['involvedObject'] {
  return e.involvedObject ?? (e as EventsV1Fields).regarding ?? {};
}

function eventMessage(e: Event): string {
  return (e.message ?? (e as EventsV1Fields).note ?? '').trim();
}

/** `kind/name` with the kind lower-cased, as `kubectl get events` shows OBJECT. */
export function eventObject(e: Event): string {
  const obj = involved(e);
  const kind = (obj.kind ?? '').toLowerCase();
  return obj.name ? `${kind}/${obj.name}` : kind;
}

export const eventPrinter: TablePrinter<Event> = {
  columns: [
    col('Last Seen'),
    col('Type'),
    col('Reason'),
    col('Object'),
    col('Subobject', 1),
    col('Source', 1),
    col('Message'),
    col('First Seen', 1),
    col('Count', 1),
    col('Name', 1),
  ],
  row: (e, ctx): Cell[] => {
    const t = eventTimes(e, ctx.now);
    return [
      t.last,
      e.type ?? '',
      e.reason ?? '',
      eventObject(e),
      involved(e).fieldPath ?? '',
      eventSource(e),
      eventMessage(e),
      t.first,
      t.count,
      e.metadata?.name ?? '',
    ];
  },
};

export const configMapPrinter: TablePrinter<ConfigMap> = {
  columns: [NAME, col('Data'), col('Age')],
  row: (cm, ctx) => [
    cm.metadata?.name ?? '',
    Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length,
    age(cm, ctx),
  ],
};

export const secretPrinter: TablePrinter<Secret> = {
  columns: [NAME, col('Type'), col('Data'), col('Age')],
  row: (s, ctx) => [s.metadata?.name ?? '', s.type ?? '', Object.keys(s.data ?? {}).length, age(s, ctx)],
};

export const serviceAccountPrinter: TablePrinter<ServiceAccount> = {
  columns: [NAME, col('Secrets'), col('Age')],
  row: (sa, ctx) => [sa.metadata?.name ?? '', sa.secrets?.length ?? 0, age(sa, ctx)],
};

/** The REQUEST and LIMIT cells: `resource: used/hard`, sorted by resource name. */
export function quotaCells(q: ResourceQuota): [string, string] {
  const hard = q.status?.hard ?? {};
  const used = q.status?.used ?? {};
  const request: string[] = [];
  const limit: string[] = [];
  for (const name of Object.keys(hard).sort()) {
    const dot = name.indexOf('.');
    const target = dot > 0 && name.slice(0, dot) === 'limits' ? limit : request;
    target.push(`${name}: ${canonicalQuantity(used[name] ?? '0')}/${canonicalQuantity(hard[name]!)}`);
  }
  return [request.join(', '), limit.join(', ')];
}

export const resourceQuotaPrinter: TablePrinter<ResourceQuota> = {
  columns: [NAME, col('Request'), col('Limit'), col('Age')],
  row: (q, ctx: RowContext) => [q.metadata?.name ?? '', ...quotaCells(q), age(q, ctx)],
};
