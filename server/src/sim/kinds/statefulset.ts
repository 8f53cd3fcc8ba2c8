/**
 * apps/v1 StatefulSet: defaulting (SetDefaults_StatefulSet), validation and the fields an update may
 * change, in the API server's wording.
 */
import type { StatefulSet, StatefulSetSpec } from 'kubernetes-types/apps/v1';
import { fieldErrors, type StatusCause } from '../errors.js';
import type { Stored } from '../types.js';
import type { Draft } from './strategy.js';
import { workloadStrategy } from './workloads.js';

const MUTABLE = [
  'replicas',
  'ordinals',
  'template',
  'updateStrategy',
  'persistentVolumeClaimRetentionPolicy',
  'minReadySeconds',
] as const;

function defaults(raw: Record<string, unknown>): void {
  const spec = raw as unknown as StatefulSetSpec;
  spec.podManagementPolicy ??= 'OrderedReady';
  spec.updateStrategy ??= { type: 'RollingUpdate' };
  if (spec.updateStrategy.type === 'RollingUpdate')
    spec.updateStrategy.rollingUpdate = { partition: 0, ...spec.updateStrategy.rollingUpdate };
  spec.revisionHistoryLimit ??= 10;
  spec.persistentVolumeClaimRetentionPolicy = {
    whenDeleted: 'Retain',
    whenScaled: 'Retain',
    ...spec.persistentVolumeClaimRetentionPolicy,
  };
  for (const t of spec.volumeClaimTemplates ?? []) {
    const claim = t as { apiVersion?: string; kind?: string; status?: unknown };
    claim.apiVersion ??= 'v1';
    claim.kind ??= 'PersistentVolumeClaim';
    t.spec ??= {};
    t.spec.volumeMode ??= 'Filesystem';
    claim.status ??= { phase: 'Pending' };
  }
}

function validate(obj: Draft, old: Stored | undefined): StatusCause[] {
  const spec = (obj as Draft & StatefulSet).spec;
  const out: StatusCause[] = [];
  const policies = ['OrderedReady', 'Parallel'];
  if (spec?.podManagementPolicy && !policies.includes(spec.podManagementPolicy)) {
    out.push(fieldErrors.notSupported('spec.podManagementPolicy', spec.podManagementPolicy, policies));
  }
  const types = ['RollingUpdate', 'OnDelete'];
  if (spec?.updateStrategy?.type && !types.includes(spec.updateStrategy.type)) {
    out.push(fieldErrors.notSupported('spec.updateStrategy.type', spec.updateStrategy.type, types));
  }
  (spec?.volumeClaimTemplates ?? []).forEach((t, i) => {
    if (!t.metadata?.name) out.push(fieldErrors.required(`spec.volumeClaimTemplates[${i}].metadata.name`));
  });
  const prev = (old as Stored<StatefulSet> | undefined)?.spec;
  if (prev && spec) {
    const strip = (s: StatefulSetSpec) => {
      const copy: Record<string, unknown> = { ...s };
      for (const k of MUTABLE) delete copy[k];
      return JSON.stringify(copy);
    };
    if (strip(prev) !== strip(spec)) {
      out.push(
        fieldErrors.forbidden(
          'spec',
          "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
        ),
      );
    }
  }
  return out;
}

export const statefulSetStrategy = workloadStrategy({
  replicas: true,
  restartPolicies: ['Always'],
  defaults,
  validate,
});
