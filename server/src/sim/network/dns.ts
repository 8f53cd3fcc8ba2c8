/**
 * Cluster DNS as CoreDNS answers it: `svc`, `svc.ns`, `svc.ns.svc`, `svc.ns.svc.cluster.local`
 * (short names through the pod's search path), headless services to pod IPs, StatefulSet pods by
 * `pod.svc.ns.svc.cluster.local`, and nothing outside the cluster (no internet here).
 */
import type { Pod, Service } from 'kubernetes-types/core/v1';
import { endpointSubsets } from '../controllers/services/endpoints.js';
import type { Store } from '../store.js';
import type { Stored } from '../types.js';

export const CLUSTER_DOMAIN = 'cluster.local';

export interface DnsAnswer {
  /** The fully qualified name that matched. */
  fqdn: string;
  addresses: string[];
  /** Set when the name is a Service. */
  service?: Stored<Service>;
}

/** The search path CoreDNS-configured pods get (`/etc/resolv.conf`). */
export function searchPath(namespace: string): string[] {
  return [`${namespace}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN];
}

export function resolve(store: Store, fromNamespace: string, name: string): DnsAnswer | undefined {
  const host = name.replace(/\.$/, '').toLowerCase();
  const candidates = host.endsWith(`.${CLUSTER_DOMAIN}`)
    ? [host]
    : [...searchPath(fromNamespace).map((s) => `${host}.${s}`), host];
  for (const fqdn of candidates) {
    const answer = lookup(store, fqdn);
    if (answer) return answer;
  }
  return undefined;
}

function lookup(store: Store, fqdn: string): DnsAnswer | undefined {
  const suffix = `.svc.${CLUSTER_DOMAIN}`;
  if (!fqdn.endsWith(suffix)) return undefined;
  const parts = fqdn.slice(0, -suffix.length).split('.');
  if (parts.length === 2) {
    const [svcName = '', ns = ''] = parts;
    const svc = store.get('services', ns, svcName) as Stored<Service> | undefined;
    if (!svc) return undefined;
    if (svc.spec?.clusterIP === 'None') {
      const pods = store.list('pods', ns) as unknown as Stored<Pod>[];
      const ips = endpointSubsets(svc, pods).flatMap((s) => (s.addresses ?? []).map((a) => a.ip));
      return ips.length ? { fqdn, addresses: ips, service: svc } : undefined;
    }
    if (svc.spec?.type === 'ExternalName') return undefined;
    return { fqdn, addresses: [svc.spec?.clusterIP ?? ''], service: svc };
  }
  if (parts.length === 3) {
    // A pod behind a headless service: `web-0.nginx.default.svc.cluster.local`.
    const [podName = '', svcName = '', ns = ''] = parts;
    const svc = store.get('services', ns, svcName) as Stored<Service> | undefined;
    const pod = store.get('pods', ns, podName) as Stored<Pod> | undefined;
    if (!svc || svc.spec?.clusterIP !== 'None' || !pod?.status?.podIP) return undefined;
    if (pod.spec?.subdomain !== svcName && pod.spec?.hostname !== podName) return undefined;
    return { fqdn, addresses: [pod.status.podIP] };
  }
  return undefined;
}
