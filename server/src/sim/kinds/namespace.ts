import type { Namespace } from 'kubernetes-types/core/v1';
import type { Draft, KindStrategy } from './strategy.js';

export const namespaceStrategy: KindStrategy = {
  defaults(obj) {
    const ns = obj as Draft & Namespace;
    ns.metadata.labels = { ...ns.metadata.labels, 'kubernetes.io/metadata.name': ns.metadata.name ?? '' };
    ns.spec = { finalizers: ['kubernetes'], ...ns.spec };
  },
  prepareForCreate(obj) {
    (obj as Draft & Namespace).status = { phase: 'Active' };
  },
  fields: { 'status.phase': (o) => (o.status as Namespace['status'])?.phase ?? '' },
};
