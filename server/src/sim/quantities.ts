/**
 * The API server decodes resource quantities into resource.Quantity and encodes them back in canonical form, so what
 * is stored is `500m` for `cpu: "0.5"`, `1536Mi` for `1.5Gi` and the string `"1"` for the number 1. Values that do not
 * parse are left as sent, for validation to report in the user's own spelling.
 */
import { canonicalQuantity, tryParseQuantity } from '../lib/quantity.js';
import type { Draft } from './kinds/strategy.js';

type Node = Record<string, unknown>;

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Canonicalises every value of a ResourceList (a map of resource name to quantity). */
function resourceList(list: unknown): void {
  if (!isNode(list)) return;
  for (const [key, value] of Object.entries(list)) {
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const text = String(value);
    if (tryParseQuantity(text) !== undefined) list[key] = canonicalQuantity(text);
  }
}

function at(node: unknown, ...path: string[]): unknown {
  let cur = node;
  for (const key of path) cur = isNode(cur) ? cur[key] : undefined;
  return cur;
}

function podSpec(spec: unknown): void {
  if (!isNode(spec)) return;
  for (const list of ['containers', 'initContainers', 'ephemeralContainers']) {
    const containers = spec[list];
    if (!Array.isArray(containers)) continue;
    for (const c of containers) {
      resourceList(at(c, 'resources', 'requests'));
      resourceList(at(c, 'resources', 'limits'));
    }
  }
  resourceList(spec.overhead);
  resourceList(at(spec, 'resources', 'requests'));
  resourceList(at(spec, 'resources', 'limits'));
  const volumes = spec.volumes;
  if (Array.isArray(volumes))
    for (const v of volumes) {
      const emptyDir = at(v, 'emptyDir');
      if (isNode(emptyDir) && emptyDir.sizeLimit !== undefined) {
        const size = { sizeLimit: emptyDir.sizeLimit };
        resourceList(size);
        emptyDir.sizeLimit = size.sizeLimit;
      }
    }
}

const TEMPLATE_AT: Readonly<Record<string, readonly string[]>> = {
  Deployment: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  PodTemplate: ['template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

export function canonicalizeQuantities(obj: Draft, kind: string): void {
  const o = obj as unknown as Node;
  switch (kind) {
    case 'Pod':
      podSpec(o.spec);
      return;
    case 'ResourceQuota':
      resourceList(at(o, 'spec', 'hard'));
      return;
    case 'LimitRange': {
      const limits = at(o, 'spec', 'limits');
      if (Array.isArray(limits))
        for (const l of limits)
          for (const f of ['max', 'min', 'default', 'defaultRequest', 'maxLimitRequestRatio']) resourceList(at(l, f));
      return;
    }
    case 'PersistentVolumeClaim':
      resourceList(at(o, 'spec', 'resources', 'requests'));
      resourceList(at(o, 'spec', 'resources', 'limits'));
      return;
    case 'PersistentVolume':
      resourceList(at(o, 'spec', 'capacity'));
      return;
    default: {
      const path = TEMPLATE_AT[kind];
      if (path) podSpec(at(o, ...path));
      if (kind === 'StatefulSet') {
        const claims = at(o, 'spec', 'volumeClaimTemplates');
        if (Array.isArray(claims)) for (const c of claims) resourceList(at(c, 'spec', 'resources', 'requests'));
      }
    }
  }
}
