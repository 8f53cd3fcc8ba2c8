/**
 * Strategies of the apps/v1 workload kinds: a selector, a pod template whose labels the selector must
 * match, replicas, and an immutable selector (apps/v1 validation).
 */
import type { Deployment, DeploymentSpec } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { GoStringMap, fieldErrors, type StatusCause } from '../errors.js';
import { fromLabelSelector, matches } from '../selectors.js';
import type { Stored } from '../types.js';
import { validateLabels } from '../validation/names.js';
import { defaultPodSpec, validatePodSpec } from './podSpec.js';
import type { Draft, KindStrategy } from './strategy.js';

interface WorkloadSpec {
  replicas?: number;
  selector?: LabelSelector;
  template?: PodTemplateSpec;
  /** StatefulSets: each template names a volume the pods may mount. */
  volumeClaimTemplates?: readonly { metadata?: { name?: string } }[];
}

interface WorkloadOptions {
  /** Deployments, ReplicaSets and StatefulSets have replicas; DaemonSets do not. */
  replicas: boolean;
  /** Restart policies a template may use (`Always` only, for apps/v1). */
  restartPolicies: readonly string[];
  defaults?: (spec: Record<string, unknown>) => void;
  validate?: (obj: Draft, old: Stored | undefined) => StatusCause[];
}

export function workloadStrategy(opts: WorkloadOptions): KindStrategy {
  return {
    defaults(obj) {
      const spec = ((obj as { spec?: WorkloadSpec }).spec ??= {});
      if (opts.replicas) spec.replicas ??= 1;
      if (spec.template?.spec) defaultPodSpec(spec.template.spec, { forTemplate: true });
      opts.defaults?.(spec as Record<string, unknown>);
    },
    validate(obj, old) {
      const spec = (obj as { spec?: WorkloadSpec }).spec ?? {};
      const out = validateTemplateAndSelector(spec, 'spec', opts.restartPolicies);
      if (opts.replicas && spec.replicas !== undefined && (!Number.isInteger(spec.replicas) || spec.replicas < 0)) {
        out.push(fieldErrors.invalid('spec.replicas', spec.replicas, 'must be greater than or equal to 0'));
      }
      const prevSelector = (old?.spec as WorkloadSpec | undefined)?.selector;
      if (old && prevSelector && JSON.stringify(prevSelector) !== JSON.stringify(spec.selector)) {
        out.push(fieldErrors.invalid('spec.selector', describeSelector(spec.selector), 'field is immutable'));
      }
      out.push(...(opts.validate?.(obj, old) ?? []));
      return out;
    },
  };
}

/** Go's %#v of a LabelSelector, as the immutable-selector message prints it. */
function describeSelector(selector: LabelSelector | undefined): { toString(): string } {
  const labels = new GoStringMap(selector?.matchLabels ?? {}).toString();
  return new (class {
    toString() {
      return `v1.LabelSelector{MatchLabels:${labels}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`;
    }
  })();
}

export function validateTemplateAndSelector(
  spec: WorkloadSpec,
  path: string,
  restartPolicies: readonly string[],
): StatusCause[] {
  const out: StatusCause[] = [];
  if (!spec.selector) out.push(fieldErrors.required(`${path}.selector`));
  else if (
    Object.keys(spec.selector.matchLabels ?? {}).length === 0 &&
    (spec.selector.matchExpressions ?? []).length === 0
  ) {
    out.push(
      fieldErrors.invalid(
        `${path}.selector`,
        'v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}',
        'empty selector is invalid for deployment',
      ),
    );
  }
  const template = spec.template;
  if (!template) {
    out.push(fieldErrors.required(`${path}.template`));
    return out;
  }
  const labels = template.metadata?.labels ?? {};
  out.push(...validateLabels(`${path}.template.metadata.labels`, labels));
  const selector = fromLabelSelector(spec.selector);
  if (selector && selector.length > 0 && !matches(selector, labels)) {
    out.push(
      fieldErrors.invalid(
        `${path}.template.metadata.labels`,
        new GoStringMap(labels),
        '`selector` does not match template `labels`',
      ),
    );
  }
  const claims = (spec.volumeClaimTemplates ?? []).map((t) => t.metadata?.name ?? '');
  out.push(...validatePodSpec(template.spec, `${path}.template.spec`, restartPolicies, claims));
  return out;
}

function defaultDeployment(spec: Record<string, unknown>): void {
  const d = spec as unknown as DeploymentSpec;
  d.strategy = { ...d.strategy, type: d.strategy?.type ?? 'RollingUpdate' };
  if (d.strategy.type === 'RollingUpdate') {
    d.strategy.rollingUpdate = { maxUnavailable: '25%', maxSurge: '25%', ...d.strategy.rollingUpdate };
  }
  d.revisionHistoryLimit ??= 10;
  d.progressDeadlineSeconds ??= 600;
}

const STRATEGY_TYPES = ['Recreate', 'RollingUpdate'] as const;

export const deploymentStrategy = workloadStrategy({
  replicas: true,
  restartPolicies: ['Always'],
  defaults: defaultDeployment,
  validate(obj) {
    const spec = (obj as Draft & Deployment).spec;
    const type = spec?.strategy?.type;
    const out: StatusCause[] = [];
    if (type && !(STRATEGY_TYPES as readonly string[]).includes(type)) {
      out.push(fieldErrors.notSupported('spec.strategy.type', type, STRATEGY_TYPES));
    }
    if (type === 'Recreate' && spec?.strategy?.rollingUpdate) {
      out.push(
        fieldErrors.forbidden('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'"),
      );
    }
    const ru = spec?.strategy?.rollingUpdate;
    if (ru && isZero(ru.maxSurge) && isZero(ru.maxUnavailable)) {
      out.push(
        fieldErrors.invalid(
          'spec.strategy.rollingUpdate.maxUnavailable',
          ru.maxUnavailable,
          'may not be 0 when `maxSurge` is 0',
        ),
      );
    }
    return out;
  },
});

const isZero = (v: number | string | undefined) => v === 0 || v === '0%' || v === '0';

export const replicaSetStrategy = workloadStrategy({ replicas: true, restartPolicies: ['Always'] });
