/**
 * PersistentVolume and PersistentVolumeClaim strategies, with the admission plugins that touch them:
 * DefaultStorageClass (a claim without a class gets the default one) and the storage-object-in-use
 * protection finalizers.
 */
import type { PersistentVolume, PersistentVolumeClaim, PersistentVolumeClaimSpec } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { tryParseQuantity } from '../../lib/quantity.js';
import { fieldErrors, type StatusCause } from '../errors.js';
import type { Stored, Writable } from '../types.js';
import type { AdmissionContext, Draft, KindStrategy } from './strategy.js';

const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'] as const;
export const DEFAULT_CLASS_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';

export function defaultStorageClass(ctx: Pick<AdmissionContext, 'store'>): Stored<StorageClass> | undefined {
  return (ctx.store.list('storageclasses.storage.k8s.io') as unknown as Stored<StorageClass>[]).find(
    (sc) => sc.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true',
  );
}

function validateAccessModes(modes: readonly string[] | undefined, path: string): StatusCause[] {
  if (!modes || modes.length === 0) return [fieldErrors.required(path, 'at least 1 access mode is required')];
  return modes
    .filter((m) => !(ACCESS_MODES as readonly string[]).includes(m))
    .map((m) => fieldErrors.notSupported(path, m, ACCESS_MODES));
}

function validateStorage(value: unknown, path: string, required: boolean): StatusCause[] {
  if (value === undefined) return required ? [fieldErrors.required(path)] : [];
  if (typeof value !== 'string' && typeof value !== 'number')
    return [fieldErrors.invalid(path, value, 'must be a quantity')];
  if (tryParseQuantity(String(value)) === undefined) {
    return [
      fieldErrors.invalid(
        path,
        value,
        "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
      ),
    ];
  }
  return [];
}

export const pvcStrategy: KindStrategy = {
  defaults(obj) {
    const spec = ((obj as Draft & PersistentVolumeClaim).spec ??= {});
    spec.volumeMode ??= 'Filesystem';
  },
  prepareForCreate(obj, ctx) {
    const pvc = obj as Draft & Writable<PersistentVolumeClaim>;
    const spec = pvc.spec as PersistentVolumeClaimSpec;
    if (spec.storageClassName === undefined) {
      const def = defaultStorageClass(ctx);
      if (def) spec.storageClassName = def.metadata.name;
    }
    pvc.metadata.finalizers = [...new Set([...(pvc.metadata.finalizers ?? []), 'kubernetes.io/pvc-protection'])];
    pvc.status = { phase: 'Pending' };
  },
  validate(obj, old) {
    const spec = (obj as Draft & PersistentVolumeClaim).spec ?? {};
    const out = [
      ...validateAccessModes(spec.accessModes, 'spec.accessModes'),
      ...validateStorage(spec.resources?.requests?.storage, 'spec.resources[storage]', true),
    ];
    const prev = (old as unknown as Stored<PersistentVolumeClaim> | undefined)?.spec;
    if (prev) {
      const strip = (s: PersistentVolumeClaimSpec) =>
        JSON.stringify({ ...s, resources: undefined, volumeName: undefined });
      if (strip(prev) !== strip(spec)) {
        out.push(
          fieldErrors.forbidden(
            'spec',
            'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims',
          ),
        );
      }
    }
    return out;
  },
};

export const pvStrategy: KindStrategy = {
  defaults(obj) {
    const spec = ((obj as Draft & PersistentVolume).spec ??= {});
    spec.persistentVolumeReclaimPolicy ??= 'Retain';
    spec.volumeMode ??= 'Filesystem';
  },
  prepareForCreate(obj) {
    const pv = obj as Draft & Writable<PersistentVolume>;
    pv.metadata.finalizers = [...new Set([...(pv.metadata.finalizers ?? []), 'kubernetes.io/pv-protection'])];
    pv.status = { phase: 'Pending' };
  },
  validate(obj) {
    const spec = (obj as Draft & PersistentVolume).spec ?? {};
    const out = [
      ...validateAccessModes(spec.accessModes, 'spec.accessModes'),
      ...validateStorage(spec.capacity?.storage, 'spec.capacity', true),
    ];
    const sources = [
      'hostPath',
      'nfs',
      'local',
      'csi',
      'emptyDir',
      'gcePersistentDisk',
      'awsElasticBlockStore',
      'azureDisk',
    ];
    if (!sources.some((s) => (spec as Record<string, unknown>)[s] !== undefined)) {
      out.push(fieldErrors.required('spec', 'must specify a volume type'));
    }
    return out;
  },
};
