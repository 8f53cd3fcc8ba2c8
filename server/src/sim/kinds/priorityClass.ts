/**
 * PriorityClass (scheduling.k8s.io/v1): validation as pkg/apis/scheduling/validation words it, the two system classes
 * every cluster has, and the Priority admission plugin that resolves a pod's priorityClassName into its priority.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1';
import { fieldErrors, forbidden, type StatusCause } from '../errors.js';
import type { Store } from '../store.js';
import type { Stored } from '../types.js';
import type { Draft, KindStrategy } from './strategy.js';

const RESOURCE = 'priorityclasses.scheduling.k8s.io';
const HIGHEST_USER_DEFINABLE = 1_000_000_000;

/** The classes kube-apiserver creates at start-up (scheduling/v1 SystemPriorityClasses). */
export const SYSTEM_PRIORITY_CLASSES: readonly { name: string; value: number; description: string }[] = [
  {
    name: 'system-cluster-critical',
    value: 2_000_000_000,
    description:
      'Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.',
  },
  {
    name: 'system-node-critical',
    value: 2_000_001_000,
    description: 'Used for system critical pods that must not be moved from their current node.',
  },
];

type Pc = Draft & PriorityClass;

export const priorityClassStrategy: KindStrategy = {
  defaults(obj) {
    (obj as Pc).preemptionPolicy ??= 'PreemptLowerPriority';
  },
  validate(obj, old, ctx) {
    const pc = obj as Pc;
    const out: StatusCause[] = [];
    const name = pc.metadata.name ?? '';
    const system = SYSTEM_PRIORITY_CLASSES.find((s) => s.name === name);
    if (name.startsWith('system-') && !system)
      out.push(fieldErrors.invalid('metadata.name', name, "priority class names with 'system-' prefix are reserved"));
    if (!system && pc.value > HIGHEST_USER_DEFINABLE)
      out.push(
        fieldErrors.forbidden('value', `maximum allowed value of a user defined priority is ${HIGHEST_USER_DEFINABLE}`),
      );
    const policy = pc.preemptionPolicy;
    if (policy !== undefined && policy !== 'PreemptLowerPriority' && policy !== 'Never')
      out.push(fieldErrors.notSupported('preemptionPolicy', policy, ['Never', 'PreemptLowerPriority']));
    const prev = old as unknown as Stored<PriorityClass> | undefined;
    if (prev && prev.value !== pc.value) out.push(fieldErrors.forbidden('value', 'may not be changed in an update.'));
    if (prev && prev.preemptionPolicy !== pc.preemptionPolicy)
      out.push(fieldErrors.invalid('preemptionPolicy', pc.preemptionPolicy, 'field is immutable'));
    if (pc.globalDefault && (!prev || !prev.globalDefault)) {
      const other = (ctx.store.list(RESOURCE) as unknown as Stored<PriorityClass>[]).find(
        (c) => c.globalDefault && c.metadata.name !== name,
      );
      // The Priority admission plugin refuses a second default before validation would see it.
      if (other)
        throw forbidden(
          `priorityclasses.scheduling.k8s.io "${name}" is forbidden: PriorityClass ${other.metadata.name} is already marked as default. Only one default can exist`,
        );
    }
    return out;
  },
};

/**
 * The Priority admission plugin on pod create: the named class's value and preemption policy, or the global default
 * class (and its name) when none is named, or priority 0; a class that does not exist is refused.
 */
export function admitPodPriority(pod: Draft & Pod, store: Store): void {
  const spec = pod.spec;
  if (!spec) return;
  const classes = store.list(RESOURCE) as unknown as Stored<PriorityClass>[];
  const name = spec.priorityClassName;
  const cls = name ? classes.find((c) => c.metadata.name === name) : classes.find((c) => c.globalDefault);
  if (name && !cls)
    throw forbidden(`pods "${pod.metadata.name ?? ''}" is forbidden: no PriorityClass with name ${name} was found`);
  if (!cls) return;
  spec.priorityClassName = cls.metadata.name;
  spec.priority = cls.value;
  spec.preemptionPolicy = cls.preemptionPolicy ?? 'PreemptLowerPriority';
}
