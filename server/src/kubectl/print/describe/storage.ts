/**
 * kubectl v1.32 pkg/describe/describe.go: describeStorageClass and describePersistentVolume (with
 * the volume source printers a simulated cluster's volumes use).
 */
import type { PersistentVolume } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { canonicalQuantity } from '../../../lib/quantity.js';
import { translateTimestampSince } from '../duration.js';
import { formatLabels } from '../labels.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './common.js';
import { LEVEL_0, LEVEL_1, LEVEL_2, type PrefixWriter } from './writer.js';

const DEFAULT_CLASS = 'storageclass.kubernetes.io/is-default-class';
const BETA_DEFAULT_CLASS = 'storageclass.beta.kubernetes.io/is-default-class';

/** storageutil.IsDefaultAnnotationText. */
function isDefaultText(annotations: Readonly<Record<string, string>> | undefined): string {
  return annotations?.[DEFAULT_CLASS] === 'true' || annotations?.[BETA_DEFAULT_CLASS] === 'true' ? 'Yes' : 'No';
}

/** printBoolPtr. */
const boolPtr = (b: boolean | undefined) => (b === undefined ? '<unset>' : b ? 'True' : 'False');

export function describeStorageClass(w: PrefixWriter, sc: StorageClass): void {
  w.write(LEVEL_0, `Name:\t${sc.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `IsDefaultClass:\t${isDefaultText(sc.metadata?.annotations)}\n`);
  w.write(LEVEL_0, `Annotations:\t${formatLabels(sc.metadata?.annotations)}\n`);
  w.write(LEVEL_0, `Provisioner:\t${sc.provisioner}\n`);
  w.write(LEVEL_0, `Parameters:\t${formatLabels(sc.parameters)}\n`);
  w.write(LEVEL_0, `AllowVolumeExpansion:\t${boolPtr(sc.allowVolumeExpansion)}\n`);
  if (!sc.mountOptions?.length) w.write(LEVEL_0, 'MountOptions:\t<none>\n');
  else {
    w.write(LEVEL_0, 'MountOptions:\n');
    for (const o of sc.mountOptions) w.write(LEVEL_1, `${o}\n`);
  }
  if (sc.reclaimPolicy !== undefined) w.write(LEVEL_0, `ReclaimPolicy:\t${sc.reclaimPolicy}\n`);
  if (sc.volumeBindingMode !== undefined) w.write(LEVEL_0, `VolumeBindingMode:\t${sc.volumeBindingMode}\n`);
  if (sc.allowedTopologies !== undefined) {
    w.write(LEVEL_0, 'AllowedTopologies:\t');
    if (sc.allowedTopologies.length === 0) w.writeLine('<none>');
    else {
      w.writeLine('');
      sc.allowedTopologies.forEach((term, i) => {
        // printTopologySelectorTermsMultilineWithIndent
        w.write(LEVEL_1, `Term ${i}:\t`);
        const exprs = term.matchLabelExpressions ?? [];
        if (exprs.length === 0) w.writeLine('<none>');
        exprs.forEach((e, j) => {
          if (j > 0) w.write(LEVEL_1, '\t');
          w.writeLine(`${e.key} in [${e.values.join(', ')}]`);
        });
      });
    }
  }
}

/** storageutil.GetAccessModesAsString: RWO, ROX, RWX, RWOP in that order, once each. */
function accessModes(modes: readonly string[] | undefined): string {
  const short: [string, string][] = [
    ['ReadWriteOnce', 'RWO'],
    ['ReadOnlyMany', 'ROX'],
    ['ReadWriteMany', 'RWX'],
    ['ReadWriteOncePod', 'RWOP'],
  ];
  return short
    .filter(([m]) => modes?.includes(m))
    .map(([, s]) => s)
    .join(',');
}

export function describePersistentVolume(w: PrefixWriter, pv: PersistentVolume, now: number): void {
  const meta = pv.metadata;
  const spec = pv.spec;
  w.write(LEVEL_0, `Name:\t${meta?.name ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', meta?.labels);
  printAnnotationsMultiline(w, 'Annotations', meta?.annotations);
  w.write(LEVEL_0, `Finalizers:\t[${(meta?.finalizers ?? []).join(' ')}]\n`);
  const cls = spec?.storageClassName ?? meta?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '';
  w.write(LEVEL_0, `StorageClass:\t${cls}\n`);
  if (meta?.deletionTimestamp)
    w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(meta.deletionTimestamp, now)})\n`);
  else w.write(LEVEL_0, `Status:\t${pv.status?.phase ?? ''}\n`);
  const claim = spec?.claimRef;
  w.write(LEVEL_0, `Claim:\t${claim ? `${claim.namespace ?? ''}/${claim.name ?? ''}` : ''}\n`);
  w.write(LEVEL_0, `Reclaim Policy:\t${spec?.persistentVolumeReclaimPolicy ?? ''}\n`);
  w.write(LEVEL_0, `Access Modes:\t${accessModes(spec?.accessModes)}\n`);
  if (spec?.volumeMode !== undefined) w.write(LEVEL_0, `VolumeMode:\t${spec.volumeMode}\n`);
  const storage = spec?.capacity?.storage;
  w.write(LEVEL_0, `Capacity:\t${storage === undefined ? '0' : canonicalQuantity(String(storage))}\n`);
  w.write(LEVEL_0, 'Node Affinity:\t');
  const required = spec?.nodeAffinity?.required;
  if (!required) w.writeLine('<none>');
  else {
    w.writeLine('');
    w.write(LEVEL_1, 'Required Terms:\t');
    if (required.nodeSelectorTerms.length === 0) w.writeLine('<none>');
    else {
      w.writeLine('');
      required.nodeSelectorTerms.forEach((term, i) => {
        // printNodeSelectorTermsMultilineWithIndent
        w.write(LEVEL_2, `Term ${i}:\t`);
        const exprs = term.matchExpressions ?? [];
        if (exprs.length === 0) w.writeLine('<none>');
        exprs.forEach((e, j) => {
          if (j > 0) w.write(LEVEL_2, '\t');
          w.writeLine(`${e.key} ${e.operator} [${(e.values ?? []).join(' ')}]`);
        });
      });
    }
  }
  w.write(LEVEL_0, `Message:\t${pv.status?.message ?? ''}\n`);
  w.write(LEVEL_0, 'Source:\n');
  if (spec?.hostPath)
    w.write(
      LEVEL_2,
      `Type:\tHostPath (bare host directory volume)\n    Path:\t${spec.hostPath.path}\n    HostPathType:\t${spec.hostPath.type ?? '<none>'}\n`,
    );
  else if (spec?.local)
    w.write(
      LEVEL_2,
      `Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n    Path:\t${spec.local.path}\n`,
    );
  else if (spec?.nfs)
    w.write(
      LEVEL_2,
      `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${spec.nfs.server}\n    Path:\t${spec.nfs.path}\n    ReadOnly:\t${spec.nfs.readOnly === true}\n`,
    );
  else if (spec?.csi) {
    w.write(
      LEVEL_2,
      `Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t${spec.csi.driver}\n    FSType:\t${spec.csi.fsType ?? ''}\n    VolumeHandle:\t${spec.csi.volumeHandle}\n    ReadOnly:\t${spec.csi.readOnly === true}\n`,
    );
    const attrs = spec.csi.volumeAttributes ?? {};
    const keys = Object.keys(attrs).sort();
    w.write(LEVEL_2, 'VolumeAttributes:\t');
    if (keys.length === 0) w.writeLine('<none>');
    keys.forEach((k, i) => {
      if (i > 0) w.write(LEVEL_2, '\t');
      w.writeLine(`${k}=${attrs[k] ?? ''}`);
    });
  } else w.write(LEVEL_1, '<unknown>\n');
}
