/** Service, Endpoints, EndpointSlice, Ingress, IngressClass, NetworkPolicy (printers.go). */
import type { Endpoints, Service } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { Ingress, IngressClass, NetworkPolicy } from 'kubernetes-types/networking/v1';
import { formatLabelSelector, formatLabels } from '../labels.js';
import type { TablePrinter } from '../types.js';
import { age, col, joinHostPort, listWithMore, loadBalancerStatus, NAME } from './common.js';

/** getServiceExternalIP */
export function serviceExternalIP(svc: Service, wide: boolean): string {
  const externalIPs = svc.spec?.externalIPs ?? [];
  switch (svc.spec?.type ?? 'ClusterIP') {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lbIps = loadBalancerStatus(svc.status?.loadBalancer?.ingress, wide);
      if (externalIPs.length > 0) return [...(lbIps ? lbIps.split(',') : []), ...externalIPs].join(',');
      return lbIps || '<pending>';
    }
    case 'ExternalName':
      return svc.spec?.externalName ?? '';
    default:
      return '<unknown>';
  }
}

/** makePortString: `80/TCP`, `80:30080/TCP`. */
export function servicePorts(svc: Service): string {
  let s = '';
  const ports = svc.spec?.ports ?? [];
  for (let i = 0; i < ports.length; i++) {
    const p = ports[i]!;
    if (i > 0) s += ',';
    const protocol = p.protocol ?? 'TCP';
    s += p.nodePort ? `${p.port}:${p.nodePort}/${protocol}` : `${p.port}/${protocol}`;
  }
  return s;
}

export const servicePrinter: TablePrinter<Service> = {
  columns: [NAME, col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), col('Age'), col('Selector', 1)],
  row: (svc, ctx) => [
    svc.metadata?.name ?? '',
    svc.spec?.type ?? '',
    svc.spec?.clusterIPs?.[0] ?? '<none>',
    // The API server always generates its Table with Wide: true, so addresses are never clipped.
    serviceExternalIP(svc, true),
    servicePorts(svc) || '<none>',
    age(svc, ctx),
    formatLabels(svc.spec?.selector),
  ],
};

/** formatEndpoints (all ports): up to three `ip:port`, then ` + N more...`. */
export function formatEndpoints(ep: Endpoints): string {
  const subsets = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    const ports = ss.ports ?? [];
    if (ports.length === 0) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(a.ip);
      }
      continue;
    }
    for (const port of ports) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(joinHostPort(a.ip, port.port));
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

export const endpointsPrinter: TablePrinter<Endpoints> = {
  columns: [NAME, col('Endpoints'), col('Age')],
  row: (ep, ctx) => [ep.metadata?.name ?? '', formatEndpoints(ep), age(ep, ctx)],
};

function discoveryPorts(slice: EndpointSlice): string {
  const list: string[] = [];
  let count = 0;
  for (const p of slice.ports ?? []) {
    if (list.length < 3) list.push(p.port !== undefined ? String(p.port) : (p.name ?? '*'));
    count++;
  }
  return listWithMore(list, count, 3);
}

function discoveryEndpoints(slice: EndpointSlice): string {
  const list: string[] = [];
  let count = 0;
  for (const e of slice.endpoints ?? []) {
    for (const a of e.addresses) {
      if (list.length < 3) list.push(a);
      count++;
    }
  }
  return listWithMore(list, count, 3);
}

export const endpointSlicePrinter: TablePrinter<EndpointSlice> = {
  columns: [NAME, col('AddressType'), col('Ports'), col('Endpoints'), col('Age')],
  row: (s, ctx) => [s.metadata?.name ?? '', s.addressType, discoveryPorts(s), discoveryEndpoints(s), age(s, ctx)],
};

/** formatHosts: up to three hosts, `*` when none. */
function ingressHosts(ing: Ingress): string {
  const rules = ing.spec?.rules ?? [];
  const list: string[] = [];
  const max = 3;
  let more = false;
  for (const r of rules) {
    if (list.length === max) more = true;
    if (!more && r.host) list.push(r.host);
  }
  if (list.length === 0) return '*';
  const ret = list.join(',');
  return more ? `${ret} + ${rules.length - max} more...` : ret;
}

export const ingressPrinter: TablePrinter<Ingress> = {
  columns: [NAME, col('Class'), col('Hosts'), col('Address'), col('Ports'), col('Age')],
  row: (ing, ctx) => [
    ing.metadata?.name ?? '',
    ing.spec?.ingressClassName ?? '<none>',
    ingressHosts(ing),
    loadBalancerStatus(ing.status?.loadBalancer?.ingress, true),
    (ing.spec?.tls?.length ?? 0) > 0 ? '80, 443' : '80',
    age(ing, ctx),
  ],
};

export const ingressClassPrinter: TablePrinter<IngressClass> = {
  columns: [NAME, col('Controller'), col('Parameters'), col('Age')],
  row: (ic, ctx) => {
    const p = ic.spec?.parameters;
    const parameters = p ? `${p.kind}${p.apiGroup !== undefined ? '.' + p.apiGroup : ''}/${p.name}` : '<none>';
    return [ic.metadata?.name ?? '', ic.spec?.controller ?? '', parameters, age(ic, ctx)];
  },
};

export const networkPolicyPrinter: TablePrinter<NetworkPolicy> = {
  columns: [NAME, col('Pod-Selector'), col('Age')],
  row: (np, ctx) => [np.metadata?.name ?? '', formatLabelSelector(np.spec?.podSelector), age(np, ctx)],
};
