import type { Pod, PodSpec } from 'kubernetes-types/core/v1';
import { fieldErrors } from '../errors.js';
import type { Stored, Writable } from '../types.js';
import { defaultPodSpec, dropDisabledPodFields, validatePodSpec } from './podSpec.js';
import type { Draft, KindStrategy } from './strategy.js';

/** The spec fields a pod update may change (ValidatePodUpdate). */
const MUTABLE =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

export const podStrategy: KindStrategy = {
  defaults(obj) {
    const pod = obj as Draft & Pod;
    pod.spec ??= { containers: [] };
    // PrepareForCreate drops disabled fields before validation sees them.
    dropDisabledPodFields(pod.spec);
    defaultPodSpec(pod.spec, { forTemplate: false });
  },
  prepareForCreate(obj) {
    const pod = obj as Draft & Writable<Pod>;
    pod.status = { phase: 'Pending', qosClass: qosClass(pod.spec) };
  },
  validate(obj, old) {
    const pod = obj as Draft & Pod;
    const causes = validatePodSpec(pod.spec, 'spec');
    // ValidatePodCreate: ephemeral containers are added through the ephemeralcontainers subresource only.
    if (!old && (pod.spec?.ephemeralContainers?.length ?? 0) > 0) {
      causes.push(fieldErrors.forbidden('spec.ephemeralContainers', 'cannot be set on create'));
    }
    if (old && causes.length === 0 && !onlyMutableChanged(pod.spec, (old as unknown as Stored<Pod>).spec)) {
      causes.push(fieldErrors.forbidden('spec', MUTABLE));
    }
    return causes;
  },
  fields: {
    'spec.nodeName': (o) => (o.spec as PodSpec).nodeName ?? '',
    'status.phase': (o) => (o.status as Pod['status'])?.phase ?? '',
    'spec.restartPolicy': (o) => (o.spec as PodSpec).restartPolicy ?? '',
    'spec.schedulerName': (o) => (o.spec as PodSpec).schedulerName ?? '',
    'spec.serviceAccountName': (o) => (o.spec as PodSpec).serviceAccountName ?? '',
    'status.podIP': (o) => (o.status as Pod['status'])?.podIP ?? '',
  },
};

function onlyMutableChanged(next: PodSpec | undefined, prev: PodSpec | undefined): boolean {
  if (!next || !prev) return true;
  const strip = (s: PodSpec) => ({
    ...s,
    containers: s.containers.map((c) => ({ ...c, image: '' })),
    initContainers: s.initContainers?.map((c) => ({ ...c, image: '' })),
    activeDeadlineSeconds: undefined,
    tolerations: undefined,
    terminationGracePeriodSeconds: undefined,
    // The scheduler binds by setting nodeName once.
    nodeName: prev.nodeName ?? s.nodeName,
  });
  return JSON.stringify(strip(next)) === JSON.stringify(strip(prev));
}

/** Guaranteed when every container has equal requests and limits for cpu and memory; BestEffort when none has any. */
export function qosClass(spec: PodSpec | undefined): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const containers = [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])];
  let any = false;
  let guaranteed = containers.length > 0;
  for (const c of containers) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    if (Object.keys(req).length > 0 || Object.keys(lim).length > 0) any = true;
    for (const r of ['cpu', 'memory']) {
      if (lim[r] === undefined || (req[r] !== undefined && String(req[r]) !== String(lim[r]))) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
