/** PersistentVolume, PersistentVolumeClaim, StorageClass (printers.go and storage helpers). */
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { canonicalQuantity } from '../../../lib/quantity.js';
import type { TablePrinter } from '../types.js';
import { age, col, NAME } from './common.js';

const BETA_STORAGE_CLASS = 'volume.beta.kubernetes.io/storage-class';

/** GetAccessModesAsString: RWO, ROX, RWX, RWOP in that order, no duplicates. */
export function accessModes(modes: readonly string[] | undefined): string {
  const m = modes ?? [];
  const out: string[] = [];
  if (m.includes('ReadWriteOnce')) out.push('RWO');
  if (m.includes('ReadOnlyMany')) out.push('ROX');
  if (m.includes('ReadWriteMany')) out.push('RWX');
  if (m.includes('ReadWriteOncePod')) out.push('RWOP');
  return out.join(',');
}

export function pvClass(pv: PersistentVolume): string {
  return pv.metadata?.annotations?.[BETA_STORAGE_CLASS] ?? pv.spec?.storageClassName ?? '';
}

export function pvcClass(pvc: PersistentVolumeClaim): string {
  return pvc.metadata?.annotations?.[BETA_STORAGE_CLASS] ?? pvc.spec?.storageClassName ?? '';
}

/** The capacity a bound claim shows; empty until it is bound. */
export function pvcCapacity(pvc: PersistentVolumeClaim): [string, string] {
  if (!pvc.spec?.volumeName) return ['', ''];
  return [canonicalQuantity(pvc.status?.capacity?.['storage'] ?? '0'), accessModes(pvc.status?.accessModes)];
}

export const persistentVolumePrinter: TablePrinter<PersistentVolume> = {
  columns: [
    NAME,
    col('Capacity'),
    col('Access Modes'),
    col('Reclaim Policy'),
    col('Status'),
    col('Claim'),
    col('StorageClass'),
    col('VolumeAttributesClass'),
    col('Reason'),
    col('Age'),
    col('VolumeMode', 1),
  ],
  row: (pv, ctx) => {
    const ref = pv.spec?.claimRef;
    return [
      pv.metadata?.name ?? '',
      canonicalQuantity(pv.spec?.capacity?.['storage'] ?? '0'),
      accessModes(pv.spec?.accessModes),
      pv.spec?.persistentVolumeReclaimPolicy ?? '',
      pv.metadata?.deletionTimestamp ? 'Terminating' : (pv.status?.phase ?? ''),
      ref ? `${ref.namespace ?? ''}/${ref.name ?? ''}` : '',
      pvClass(pv),
      pv.spec?.volumeAttributesClassName ?? '<unset>',
      pv.status?.reason ?? '',
      age(pv, ctx),
      pv.spec?.volumeMode ?? '<unset>',
    ];
  },
};

export const persistentVolumeClaimPrinter: TablePrinter<PersistentVolumeClaim> = {
  columns: [
    NAME,
    col('Status'),
    col('Volume'),
    col('Capacity'),
    col('Access Modes'),
    col('StorageClass'),
    col('VolumeAttributesClass'),
    col('Age'),
    col('VolumeMode', 1),
  ],
  row: (pvc, ctx) => [
    pvc.metadata?.name ?? '',
    pvc.metadata?.deletionTimestamp ? 'Terminating' : (pvc.status?.phase ?? ''),
    pvc.spec?.volumeName ?? '',
    ...pvcCapacity(pvc),
    pvcClass(pvc),
    pvc.spec?.volumeAttributesClassName ?? '<unset>',
    age(pvc, ctx),
    pvc.spec?.volumeMode ?? '<unset>',
  ],
};

const DEFAULT_CLASS_ANNOTATIONS = [
  'storageclass.kubernetes.io/is-default-class',
  'storageclass.beta.kubernetes.io/is-default-class',
] as const;

export function isDefaultStorageClass(sc: StorageClass): boolean {
  const a = sc.metadata?.annotations ?? {};
  return DEFAULT_CLASS_ANNOTATIONS.some((k) => a[k] === 'true');
}

export const storageClassPrinter: TablePrinter<StorageClass> = {
  columns: [
    NAME,
    col('Provisioner'),
    col('ReclaimPolicy'),
    col('VolumeBindingMode'),
    col('AllowVolumeExpansion'),
    col('Age'),
  ],
  row: (sc, ctx) => [
    (sc.metadata?.name ?? '') + (isDefaultStorageClass(sc) ? ' (default)' : ''),
    sc.provisioner,
    sc.reclaimPolicy ?? 'Delete',
    sc.volumeBindingMode ?? 'Immediate',
    sc.allowVolumeExpansion ?? false,
    age(sc, ctx),
  ],
};
