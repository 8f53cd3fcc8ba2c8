/** Ingress, IngressClass and NetworkPolicy strategies (pkg/apis/networking validation and defaults). */
import type { Ingress, IngressClass, NetworkPolicy } from 'kubernetes-types/networking/v1';
import { fieldErrors, type StatusCause } from '../errors.js';
import type { Stored, Writable } from '../types.js';
import type { Draft, KindStrategy } from './strategy.js';

const PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix'] as const;
const DEFAULT_CLASS = 'ingressclass.kubernetes.io/is-default-class';

export const ingressStrategy: KindStrategy = {
  prepareForCreate(obj, ctx) {
    const ing = obj as Draft & Writable<Ingress>;
    // The DefaultIngressClass admission plugin.
    if (!ing.spec?.ingressClassName && !ing.metadata.annotations?.['kubernetes.io/ingress.class']) {
      const def = (ctx.store.list('ingressclasses.networking.k8s.io') as unknown as Stored<IngressClass>[]).find(
        (c) => c.metadata.annotations?.[DEFAULT_CLASS] === 'true',
      );
      if (def) ing.spec = { ...ing.spec, ingressClassName: def.metadata.name };
    }
    ing.status = { loadBalancer: {} };
  },
  validate(obj) {
    const spec = (obj as Draft & Ingress).spec ?? {};
    const out: StatusCause[] = [];
    if (!spec.defaultBackend && !(spec.rules ?? []).length) {
      out.push(
        fieldErrors.invalid('spec.rules', spec.rules ?? [], 'either `defaultBackend` or `rules` must be specified'),
      );
    }
    (spec.rules ?? []).forEach((rule, i) => {
      if (rule.host && (rule.host.includes(':') || /^\d+(\.\d+){3}$/.test(rule.host))) {
        out.push(fieldErrors.invalid(`spec.rules[${i}].host`, rule.host, 'must be a DNS name, not an IP address'));
      }
      (rule.http?.paths ?? []).forEach((p, j) => {
        const path = `spec.rules[${i}].http.paths[${j}]`;
        if (!p.pathType) out.push(fieldErrors.required(`${path}.pathType`, 'pathType must be specified'));
        else if (!(PATH_TYPES as readonly string[]).includes(p.pathType))
          out.push(fieldErrors.notSupported(`${path}.pathType`, p.pathType, PATH_TYPES));
        if (p.pathType !== 'ImplementationSpecific' && p.path !== undefined && !p.path.startsWith('/')) {
          out.push(fieldErrors.invalid(`${path}.path`, p.path, 'must be an absolute path'));
        }
        const svc = p.backend.service;
        if (!svc && !p.backend.resource)
          out.push(fieldErrors.invalid(`${path}.backend`, p.backend, 'resource or service backend is required'));
        if (svc && !svc.port?.name && svc.port?.number === undefined) {
          out.push(fieldErrors.required(`${path}.backend.service.port`, 'port name or number is required'));
        }
      });
    });
    return out;
  },
};

export const networkPolicyStrategy: KindStrategy = {
  defaults(obj) {
    const spec = ((obj as Draft & NetworkPolicy).spec ??= { podSelector: {} });
    if (!spec.policyTypes) spec.policyTypes = spec.egress ? ['Ingress', 'Egress'] : ['Ingress'];
    for (const rule of [...(spec.ingress ?? []), ...(spec.egress ?? [])])
      for (const p of rule.ports ?? []) p.protocol ??= 'TCP';
  },
  validate(obj) {
    const spec = (obj as Draft & NetworkPolicy).spec;
    const out: StatusCause[] = [];
    (spec?.policyTypes ?? []).forEach((t, i) => {
      if (t !== 'Ingress' && t !== 'Egress')
        out.push(fieldErrors.notSupported(`spec.policyTypes[${i}]`, t, ['Egress', 'Ingress']));
    });
    return out;
  },
};
