/**
 * The endpoints and endpoint-slice controllers: for every Service with a selector, the addresses
 * of the matching pods, ready ones in `addresses`, the others in `notReadyAddresses`, with each
 * service port resolved against the pods' (possibly named) container ports.
 */
import type { EndpointAddress, EndpointPort, Endpoints, Pod, Service, ServicePort } from 'kubernetes-types/core/v1';
import type { Endpoint, EndpointSlice } from 'kubernetes-types/discovery/v1';
import { fromMap, matches } from '../../selectors.js';
import type { Stored } from '../../types.js';
import type { Controller, ControllerContext } from '../controller.js';

const TRIGGER = 'endpoints.kubernetes.io/last-change-trigger-time';
const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
const SERVICE_NAME = 'kubernetes.io/service-name';

export function isPodReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** Resolves a service port's targetPort (a number or a container port name) on one pod. */
export function targetPortOn(pod: Pod, port: ServicePort): number | undefined {
  const target = port.targetPort ?? port.port;
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  for (const c of pod.spec?.containers ?? []) {
    const named = c.ports?.find((p) => p.name === target && (p.protocol ?? 'TCP') === (port.protocol ?? 'TCP'));
    if (named) return named.containerPort;
  }
  return undefined;
}

/** Pods a service selects: bound, with an IP, not finished. */
export function servicePods(svc: Service, pods: readonly Stored<Pod>[]): Stored<Pod>[] {
  const selector = svc.spec?.selector;
  if (!selector) return [];
  const sel = fromMap(selector);
  return pods.filter(
    (p) =>
      matches(sel, p.metadata.labels) &&
      !!p.status?.podIP &&
      p.status.phase !== 'Succeeded' &&
      p.status.phase !== 'Failed',
  );
}

/** The Endpoints subsets for a service, grouped by resolved port set as the endpoints controller does. */
export function endpointSubsets(svc: Service, pods: readonly Stored<Pod>[]): NonNullable<Endpoints['subsets']> {
  const groups = new Map<string, { ports: EndpointPort[]; ready: EndpointAddress[]; notReady: EndpointAddress[] }>();
  for (const pod of servicePods(svc, pods)) {
    const ports: EndpointPort[] = [];
    for (const sp of svc.spec?.ports ?? []) {
      const port = targetPortOn(pod, sp);
      if (port === undefined) continue;
      ports.push({ ...(sp.name ? { name: sp.name } : {}), port, protocol: sp.protocol ?? 'TCP' });
    }
    if (ports.length === 0 && (svc.spec?.ports?.length ?? 0) > 0) continue;
    const key = JSON.stringify(ports);
    let group = groups.get(key);
    if (!group) {
      group = { ports, ready: [], notReady: [] };
      groups.set(key, group);
    }
    const address: EndpointAddress = {
      ip: pod.status?.podIP ?? '',
      ...(pod.spec?.nodeName ? { nodeName: pod.spec.nodeName } : {}),
      targetRef: {
        kind: 'Pod',
        name: pod.metadata.name,
        namespace: pod.metadata.namespace ?? 'default',
        uid: pod.metadata.uid,
      },
    };
    const terminating = !!pod.metadata.deletionTimestamp;
    if (isPodReady(pod) && !terminating) group.ready.push(address);
    else if (!terminating) group.notReady.push(address);
  }
  const subsets: NonNullable<Endpoints['subsets']> = [];
  for (const g of groups.values()) {
    if (g.ready.length === 0 && g.notReady.length === 0) continue;
    const byIp = (a: EndpointAddress, b: EndpointAddress) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0);
    subsets.push({
      ...(g.ready.length ? { addresses: g.ready.sort(byIp) } : {}),
      ...(g.notReady.length ? { notReadyAddresses: g.notReady.sort(byIp) } : {}),
      ...(g.ports.length ? { ports: g.ports } : {}),
    });
  }
  return subsets;
}

function sliceEndpoints(svc: Service, pods: readonly Stored<Pod>[]): Endpoint[] {
  return servicePods(svc, pods)
    .map((pod): Endpoint => {
      const terminating = !!pod.metadata.deletionTimestamp;
      const ready = isPodReady(pod) && !terminating;
      return {
        addresses: [pod.status?.podIP ?? ''],
        conditions: { ready, serving: isPodReady(pod), terminating },
        ...(pod.spec?.nodeName ? { nodeName: pod.spec.nodeName } : {}),
        targetRef: {
          kind: 'Pod',
          name: pod.metadata.name,
          namespace: pod.metadata.namespace ?? 'default',
          uid: pod.metadata.uid,
        },
      };
    })
    .sort((a, b) => ((a.addresses[0] ?? '') < (b.addresses[0] ?? '') ? -1 : 1));
}

/**
 * Both controllers hear about services and pods. A pod change enqueues its namespace (deduplicated
 * while pending), and the reconcile walks that namespace's services: few per namespace, and it
 * catches a pod leaving a service through a label change without remembering old labels.
 */
function serviceWatcher(
  name: string,
  reconcile: (ns: string, svcName: string, ctx: ControllerContext) => void,
): Controller {
  return {
    name,
    watches: ['services', 'pods'],
    keysFor(event) {
      const ns = event.object.metadata.namespace ?? 'default';
      if (event.resource === 'services') return [`${ns}/${event.object.metadata.name}`];
      const old = event.old as Stored<Pod> | undefined;
      if (old && event.type === 'MODIFIED' && !endpointRelevantChange(old, event.object as Stored<Pod>)) return [];
      return [`ns:${ns}`];
    },
    reconcile(key, ctx) {
      if (key.startsWith('ns:')) {
        const ns = key.slice(3);
        for (const svc of ctx.store.list('services', ns)) {
          if ((svc as Stored<Service>).spec?.selector) reconcile(ns, svc.metadata.name, ctx);
        }
        return;
      }
      const slash = key.indexOf('/');
      reconcile(key.slice(0, slash), key.slice(slash + 1), ctx);
    },
  };
}

function endpointRelevantChange(a: Stored<Pod>, b: Stored<Pod>): boolean {
  return (
    a.status?.podIP !== b.status?.podIP ||
    isPodReady(a) !== isPodReady(b) ||
    a.status?.phase !== b.status?.phase ||
    a.spec?.nodeName !== b.spec?.nodeName ||
    !!a.metadata.deletionTimestamp !== !!b.metadata.deletionTimestamp ||
    (a.metadata.labels !== b.metadata.labels && JSON.stringify(a.metadata.labels) !== JSON.stringify(b.metadata.labels))
  );
}

export function reconcileEndpoints(ns: string, name: string, ctx: ControllerContext): void {
  const svc = ctx.store.get('services', ns, name) as Stored<Service> | undefined;
  const existing = ctx.store.get('endpoints', ns, name) as Stored<Endpoints> | undefined;
  if (!svc) {
    if (existing && !existing.metadata.labels?.['endpointslice.kubernetes.io/skip-mirror'])
      ctx.api.remove('endpoints', ns, name);
    return;
  }
  if (!svc.spec?.selector) return;
  const pods = ctx.store.list('pods', ns) as unknown as Stored<Pod>[];
  const subsets = endpointSubsets(svc, pods);
  if (existing && JSON.stringify(existing.subsets ?? []) === JSON.stringify(subsets)) return;
  const labels = { ...svc.metadata.labels };
  if (svc.spec.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  const body: Endpoints = {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: {
      name,
      namespace: ns,
      ...(Object.keys(labels).length ? { labels } : {}),
      annotations: { [TRIGGER]: `${ctx.clock.timestamp()}` },
    },
    ...(subsets.length ? { subsets } : {}),
  };
  if (existing) ctx.api.update({ ...body, metadata: { ...existing.metadata, ...body.metadata } } as never);
  else ctx.api.create(body as never);
}

export function reconcileSlices(ns: string, name: string, ctx: ControllerContext): void {
  const svc = ctx.store.get('services', ns, name) as Stored<Service> | undefined;
  const slices = (ctx.store.list('endpointslices.discovery.k8s.io', ns) as unknown as Stored<EndpointSlice>[]).filter(
    (s) =>
      s.metadata.labels?.[SERVICE_NAME] === name && s.metadata.labels[MANAGED_BY] === 'endpointslice-controller.k8s.io',
  );
  if (!svc || !svc.spec?.selector) {
    for (const s of slices) ctx.api.remove('endpointslices.discovery.k8s.io', ns, s.metadata.name);
    return;
  }
  const pods = ctx.store.list('pods', ns) as unknown as Stored<Pod>[];
  const endpoints = sliceEndpoints(svc, pods);
  const first = pods.find((p) => servicePods(svc, [p]).length > 0);
  const ports = (svc.spec.ports ?? []).map((sp) => ({
    name: sp.name ?? '',
    port: (first && targetPortOn(first, sp)) ?? (typeof sp.targetPort === 'number' ? sp.targetPort : sp.port),
    protocol: sp.protocol ?? 'TCP',
  }));
  const [current, ...extra] = slices;
  for (const s of extra) ctx.api.remove('endpointslices.discovery.k8s.io', ns, s.metadata.name);
  const body = {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      generateName: `${name}-`,
      namespace: ns,
      labels: { ...svc.metadata.labels, [MANAGED_BY]: 'endpointslice-controller.k8s.io', [SERVICE_NAME]: name },
      annotations: { [TRIGGER]: ctx.clock.timestamp() },
      ownerReferences: [
        { apiVersion: 'v1', kind: 'Service', name, uid: svc.metadata.uid, controller: true, blockOwnerDeletion: true },
      ],
    },
    addressType: 'IPv4',
    endpoints,
    ports,
  };
  if (current) {
    if (
      JSON.stringify(current.endpoints ?? []) === JSON.stringify(endpoints) &&
      JSON.stringify(current.ports) === JSON.stringify(ports)
    )
      return;
    ctx.api.update({
      ...current,
      endpoints,
      ports,
      metadata: { ...current.metadata, annotations: body.metadata.annotations },
    });
  } else {
    ctx.api.create(body);
  }
}

export const endpointsController = serviceWatcher('endpoints', reconcileEndpoints);
export const endpointSliceController = serviceWatcher('endpointslices', reconcileSlices);
