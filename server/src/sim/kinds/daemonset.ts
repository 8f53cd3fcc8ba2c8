/**
 * apps/v1 DaemonSet: defaulting (update strategy, history limit), the
 * `deprecated.daemonset.template.generation` annotation, and validation.
 */
import type { DaemonSet, DaemonSetSpec } from 'kubernetes-types/apps/v1';
import { fieldErrors, type StatusCause } from '../errors.js';
import type { Stored } from '../types.js';
import type { Draft, KindStrategy } from './strategy.js';
import { workloadStrategy } from './workloads.js';

export const TEMPLATE_GENERATION = 'deprecated.daemonset.template.generation';

function defaults(raw: Record<string, unknown>): void {
  const spec = raw as unknown as DaemonSetSpec;
  spec.updateStrategy ??= { type: 'RollingUpdate' };
  if (spec.updateStrategy.type === 'RollingUpdate') {
    spec.updateStrategy.rollingUpdate = { maxUnavailable: 1, maxSurge: 0, ...spec.updateStrategy.rollingUpdate };
  }
  spec.revisionHistoryLimit ??= 10;
}

function validate(obj: Draft): StatusCause[] {
  const spec = (obj as Draft & DaemonSet).spec;
  const types = ['RollingUpdate', 'OnDelete'];
  const out: StatusCause[] = [];
  if (spec?.updateStrategy?.type && !types.includes(spec.updateStrategy.type)) {
    out.push(fieldErrors.notSupported('spec.updateStrategy.type', spec.updateStrategy.type, types));
  }
  return out;
}

const base = workloadStrategy({ replicas: false, restartPolicies: ['Always'], defaults, validate });

export const daemonSetStrategy: KindStrategy = {
  ...base,
  prepareForCreate(obj, ctx) {
    base.prepareForCreate?.(obj, ctx);
    obj.metadata.annotations = { ...obj.metadata.annotations, [TEMPLATE_GENERATION]: '1' };
  },
  prepareForUpdate(obj, old, ctx) {
    base.prepareForUpdate?.(obj, old, ctx);
    const prev = old as Stored<DaemonSet>;
    const generation = Number(prev.metadata.annotations?.[TEMPLATE_GENERATION] ?? prev.metadata.generation ?? 1);
    const changed = JSON.stringify((obj as Draft & DaemonSet).spec?.template) !== JSON.stringify(prev.spec?.template);
    obj.metadata.annotations = {
      ...obj.metadata.annotations,
      [TEMPLATE_GENERATION]: String(changed ? generation + 1 : generation),
    };
  },
};
