/**
 * NetworkPolicy as a CNI that enforces it (Calico, Cilium) does: a pod selected by any policy of a
 * direction accepts only what one of those policies allows in that direction; unselected pods
 * accept everything.
 */
import type { Namespace, Pod } from 'kubernetes-types/core/v1';
import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort } from 'kubernetes-types/networking/v1';
import { fromLabelSelector, matches } from '../selectors.js';
import type { Store } from '../store.js';
import type { Stored } from '../types.js';

/** One end of a connection: a pod, or an address outside the pod network (the host, a node). */
export type Peer = { pod: Stored<Pod> } | { ip: string };

const POLICIES = 'networkpolicies.networking.k8s.io';

function policiesSelecting(store: Store, pod: Stored<Pod>, direction: 'Ingress' | 'Egress'): Stored<NetworkPolicy>[] {
  return (store.list(POLICIES, pod.metadata.namespace) as unknown as Stored<NetworkPolicy>[]).filter((np) => {
    const types = np.spec?.policyTypes ?? (np.spec?.egress ? ['Ingress', 'Egress'] : ['Ingress']);
    if (!types.includes(direction)) return false;
    const sel = fromLabelSelector(np.spec?.podSelector ?? {});
    return !!sel && matches(sel, pod.metadata.labels);
  });
}

function ipInCidr(ip: string, cidr: string): boolean {
  const [base = '', bits = '32'] = cidr.split('/');
  const toNum = (a: string) => a.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
  const mask = Number(bits) === 0 ? 0 : (~0 << (32 - Number(bits))) >>> 0;
  return (toNum(ip) & mask) >>> 0 === (toNum(base) & mask) >>> 0;
}

function peerMatches(store: Store, peer: NetworkPolicyPeer, other: Peer, policyNamespace: string): boolean {
  if (peer.ipBlock) {
    const ip = 'ip' in other ? other.ip : (other.pod.status?.podIP ?? '');
    return ipInCidr(ip, peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).some((e) => ipInCidr(ip, e));
  }
  if (!('pod' in other)) return false;
  const pod = other.pod;
  const podNs = pod.metadata.namespace ?? 'default';
  if (peer.namespaceSelector) {
    const ns = store.get('namespaces', undefined, podNs) as Stored<Namespace> | undefined;
    const nsSel = fromLabelSelector(peer.namespaceSelector);
    if (!nsSel || !matches(nsSel, ns?.metadata.labels)) return false;
  } else if (podNs !== policyNamespace) {
    return false;
  }
  if (peer.podSelector) {
    const sel = fromLabelSelector(peer.podSelector);
    return !!sel && matches(sel, pod.metadata.labels);
  }
  return true;
}

function portMatches(ports: readonly NetworkPolicyPort[] | undefined, port: number, pod: Stored<Pod>): boolean {
  if (!ports || ports.length === 0) return true;
  return ports.some((p) => {
    if ((p.protocol ?? 'TCP') !== 'TCP') return false;
    if (p.port === undefined) return true;
    const numeric =
      typeof p.port === 'number'
        ? p.port
        : pod.spec?.containers.flatMap((c) => c.ports ?? []).find((cp) => cp.name === p.port)?.containerPort;
    if (numeric === undefined) return false;
    return p.endPort !== undefined ? port >= numeric && port <= p.endPort : port === numeric;
  });
}

/** Whether `to` (a pod) accepts a TCP connection on `port` from `from`. */
export function ingressAllowed(store: Store, from: Peer, to: Stored<Pod>, port: number): boolean {
  const policies = policiesSelecting(store, to, 'Ingress');
  if (policies.length === 0) return true;
  const ns = to.metadata.namespace ?? 'default';
  return policies.some((np) =>
    (np.spec?.ingress ?? []).some(
      (rule) =>
        portMatches(rule.ports, port, to) &&
        (!rule.from || rule.from.length === 0 || rule.from.some((peer) => peerMatches(store, peer, from, ns))),
    ),
  );
}

/** Whether `from` (a pod) may open a TCP connection on `port` to `to`. */
export function egressAllowed(store: Store, from: Stored<Pod>, to: Peer, port: number): boolean {
  const policies = policiesSelecting(store, from, 'Egress');
  if (policies.length === 0) return true;
  const ns = from.metadata.namespace ?? 'default';
  const target = 'pod' in to ? to.pod : from;
  return policies.some((np) =>
    (np.spec?.egress ?? []).some(
      (rule) =>
        portMatches(rule.ports, port, target) &&
        (!rule.to || rule.to.length === 0 || rule.to.some((peer) => peerMatches(store, peer, to, ns))),
    ),
  );
}
