import type { Service, ServicePort, ServiceSpec } from 'kubernetes-types/core/v1';
import { fieldErrors, type StatusCause } from '../errors.js';
import type { Stored, Writable } from '../types.js';
import type { AdmissionContext, Draft, KindStrategy } from './strategy.js';

const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'] as const;

export const serviceStrategy: KindStrategy = {
  defaults(obj) {
    const spec = ((obj as Draft & Service).spec ??= {});
    spec.type ??= 'ClusterIP';
    spec.sessionAffinity ??= 'None';
    if (spec.type !== 'ExternalName') {
      spec.internalTrafficPolicy ??= 'Cluster';
      spec.ipFamilies ??= ['IPv4'];
      spec.ipFamilyPolicy ??= 'SingleStack';
    }
    if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') spec.externalTrafficPolicy ??= 'Cluster';
    if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
    for (const p of spec.ports ?? []) {
      p.protocol ??= 'TCP';
      p.targetPort ??= p.port;
    }
  },
  prepareForCreate(obj, ctx) {
    const svc = obj as Draft & Writable<Service>;
    const spec = svc.spec as ServiceSpec;
    if (spec.type !== 'ExternalName' && spec.clusterIP !== 'None') {
      spec.clusterIP ??= allocateClusterIP(ctx);
      spec.clusterIPs = [spec.clusterIP];
    } else if (spec.clusterIP === 'None') {
      spec.clusterIPs = ['None'];
    }
    if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
      for (const p of spec.ports ?? []) p.nodePort ??= allocateNodePort(ctx, spec.ports ?? []);
    }
    svc.status = { loadBalancer: {} };
  },
  prepareForUpdate(obj, old) {
    const spec = (obj as Draft & Service).spec as ServiceSpec;
    const prev = (old as unknown as Stored<Service>).spec;
    if (spec.clusterIP === undefined && prev?.clusterIP) spec.clusterIP = prev.clusterIP;
    if (spec.clusterIPs === undefined && prev?.clusterIPs) spec.clusterIPs = prev.clusterIPs;
    for (const p of spec.ports ?? []) {
      if (p.nodePort === undefined && (spec.type === 'NodePort' || spec.type === 'LoadBalancer')) {
        const same = prev?.ports?.find((q) => q.port === p.port && q.protocol === p.protocol);
        if (same?.nodePort) p.nodePort = same.nodePort;
      }
    }
  },
  validate(obj, old, ctx) {
    const svc = obj as Draft & Service;
    const spec = svc.spec ?? {};
    const out: StatusCause[] = [];
    if (spec.type && !(TYPES as readonly string[]).includes(spec.type))
      out.push(fieldErrors.notSupported('spec.type', spec.type, TYPES));
    if (spec.type !== 'ExternalName' && (spec.ports ?? []).length === 0 && spec.clusterIP !== 'None') {
      out.push(fieldErrors.required('spec.ports'));
    }
    if (spec.type === 'ExternalName' && !spec.externalName) out.push(fieldErrors.required('spec.externalName'));
    // minikube's cluster is single-stack IPv4 (the allocator's initIPFamilyFields refuses other families).
    (spec.ipFamilies ?? []).forEach((family, i) => {
      if (family !== 'IPv4')
        out.push(fieldErrors.invalid(`spec.ipFamilies[${i}]`, family, 'not configured on this cluster'));
    });
    const seen = new Set<string>();
    (spec.ports ?? []).forEach((p, i) => {
      const path = `spec.ports[${i}]`;
      if (!Number.isInteger(p.port) || p.port < 1 || p.port > 65535) {
        out.push(fieldErrors.invalid(`${path}.port`, p.port, 'must be between 1 and 65535, inclusive'));
      }
      if ((spec.ports?.length ?? 0) > 1 && !p.name) out.push(fieldErrors.required(`${path}.name`));
      const id = `${p.port}/${p.protocol ?? 'TCP'}`;
      if (seen.has(id)) out.push(fieldErrors.duplicate(`${path}`, { port: p.port, protocol: p.protocol ?? 'TCP' }));
      seen.add(id);
      if (p.nodePort !== undefined) out.push(...validateNodePort(p, path, svc, ctx));
    });
    const prev = (old as unknown as Stored<Service> | undefined)?.spec;
    if (prev?.clusterIP && spec.clusterIP && prev.clusterIP !== spec.clusterIP && spec.type !== 'ExternalName') {
      out.push(fieldErrors.invalid('spec.clusterIPs[0]', spec.clusterIP, 'may not change once set'));
    }
    return out;
  },
  fields: {
    'spec.clusterIP': (o) => (o.spec as ServiceSpec).clusterIP ?? '',
    'spec.type': (o) => (o.spec as ServiceSpec).type ?? '',
  },
};

function validateNodePort(p: ServicePort, path: string, svc: Draft & Service, ctx: AdmissionContext): StatusCause[] {
  const [lo, hi] = ctx.network.nodePortRange;
  const nodePort = p.nodePort ?? 0;
  if (svc.spec?.type !== 'NodePort' && svc.spec?.type !== 'LoadBalancer') {
    return [fieldErrors.forbidden(`${path}.nodePort`, "may not be used when `type` is 'ClusterIP'")];
  }
  if (nodePort < lo || nodePort > hi) {
    return [
      fieldErrors.invalid(
        `${path}.nodePort`,
        nodePort,
        `provided port is not in the valid range. The range of valid ports is ${lo}-${hi}`,
      ),
    ];
  }
  const taken = ctx.store
    .list('services')
    .some(
      (s) =>
        !(s.metadata.namespace === svc.metadata.namespace && s.metadata.name === svc.metadata.name) &&
        (s.spec as ServiceSpec).ports?.some((q) => q.nodePort === nodePort),
    );
  return taken ? [fieldErrors.invalid(`${path}.nodePort`, nodePort, 'provided port is already allocated')] : [];
}

function usedClusterIPs(ctx: AdmissionContext): Set<string> {
  return new Set(ctx.store.list('services').map((s) => (s.spec as ServiceSpec).clusterIP ?? ''));
}

/** A free address in the service CIDR (minikube: 10.96.0.0/12), skipping .0 and .1 (the `kubernetes` service). */
function allocateClusterIP(ctx: AdmissionContext): string {
  const [base = '10.96.0.0', bitsText = '12'] = ctx.network.serviceCidr.split('/');
  const baseNum = base.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
  const size = 2 ** (32 - Number(bitsText));
  const used = usedClusterIPs(ctx);
  for (let attempt = 0; attempt < 64; attempt++) {
    // Most allocations land in the first /16, as on a small real cluster.
    const offset = 2 + ctx.rng.int(Math.min(size, 65536) - 3);
    const ip = toIP(baseNum + offset);
    if (!used.has(ip)) return ip;
  }
  for (let offset = 2; offset < size; offset++) {
    const ip = toIP(baseNum + offset);
    if (!used.has(ip)) return ip;
  }
  throw new Error('service CIDR exhausted');
}

function allocateNodePort(ctx: AdmissionContext, pending: readonly ServicePort[]): number {
  const [lo, hi] = ctx.network.nodePortRange;
  const used = new Set<number>(pending.map((p) => p.nodePort ?? 0));
  for (const s of ctx.store.list('services'))
    for (const p of (s.spec as ServiceSpec).ports ?? []) used.add(p.nodePort ?? 0);
  for (let attempt = 0; attempt < 64; attempt++) {
    const port = lo + ctx.rng.int(hi - lo + 1);
    if (!used.has(port)) return port;
  }
  for (let port = lo; port <= hi; port++) if (!used.has(port)) return port;
  throw new Error('node port range exhausted');
}

export function toIP(n: number): string {
  return [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join('.');
}
