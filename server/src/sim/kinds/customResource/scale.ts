/**
 * A custom resource's scale subresource (apiextensions-apiserver pkg/registry/customresource/etcd.go,
 * scaleFromCustomResource): replicas read from and written to the paths its CRD names.
 */
import { isObject } from './schema.js';

export interface ScaleSubresource {
  readonly specReplicasPath: string;
  readonly statusReplicasPath: string;
  readonly labelSelectorPath?: string | undefined;
}

const fieldsOf = (path: string) => path.replace(/^\./, '').split('.');

function nested(obj: unknown, path: string): unknown {
  let at = obj;
  for (const f of fieldsOf(path)) at = isObject(at) ? at[f] : undefined;
  return at;
}

const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : 0);

/** The Scale's numbers: absent replicas are 0; `specFound` tells whether the spec's were set. */
export function customScale(scale: ScaleSubresource, obj: unknown) {
  const selector = scale.labelSelectorPath ? nested(obj, scale.labelSelectorPath) : undefined;
  return {
    specReplicas: int(nested(obj, scale.specReplicasPath)),
    specFound: nested(obj, scale.specReplicasPath) !== undefined,
    statusReplicas: int(nested(obj, scale.statusReplicasPath)),
    selector: typeof selector === 'string' ? selector : '',
  };
}

/** A merge patch that sets the spec's replicas. */
export function replicasPatch(scale: ScaleSubresource, replicas: number): Record<string, unknown> {
  let patch: unknown = replicas;
  for (const f of fieldsOf(scale.specReplicasPath).reverse()) patch = { [f]: patch };
  return patch as Record<string, unknown>;
}
