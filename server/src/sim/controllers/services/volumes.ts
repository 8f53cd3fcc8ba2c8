/**
 * The persistent-volume controller and minikube's hostpath storage provisioner: claims bind to a
 * matching Available volume, or the provisioner creates one for claims of a class it serves;
 * protection finalizers go once nothing uses the object; released volumes are deleted or kept by
 * their reclaim policy.
 */
import type { PersistentVolume, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { cmpQuantity, parseQuantity, tryParseQuantity } from '../../../lib/quantity.js';
import { fromLabelSelector, matches } from '../../selectors.js';
import type { Stored } from '../../types.js';
import type { Controller, ControllerContext } from '../controller.js';

const PVCS = 'persistentvolumeclaims';
const PVS = 'persistentvolumes';
const CLASSES = 'storageclasses.storage.k8s.io';
export const HOSTPATH_PROVISIONER = 'k8s.io/minikube-hostpath';
/** Virtual time the provisioner takes to create a volume. */
const PROVISION_MS = 1000;

type Claim = Stored<PersistentVolumeClaim>;
type Volume = Stored<PersistentVolume>;

export const volumeController: Controller = {
  name: 'persistentvolume-binder',
  watches: [PVCS, PVS, 'pods'],
  keysFor(event) {
    if (event.resource === PVCS) {
      const volume = (event.object as Claim).spec?.volumeName;
      return [
        `pvc:${event.object.metadata.namespace ?? ''}/${event.object.metadata.name}`,
        ...(volume ? [`pv:${volume}`] : []),
      ];
    }
    if (event.resource === PVS) {
      const ref = (event.object as Volume).spec?.claimRef;
      return [`pv:${event.object.metadata.name}`, ...(ref ? [`pvc:${ref.namespace ?? ''}/${ref.name ?? ''}`] : [])];
    }
    // A pod going away may release a claim held by the protection finalizer.
    if (event.type !== 'DELETED') return [];
    const pod = event.object as Stored<Pod>;
    return (pod.spec?.volumes ?? [])
      .filter((v) => v.persistentVolumeClaim)
      .map((v) => `pvc:${pod.metadata.namespace ?? ''}/${v.persistentVolumeClaim?.claimName ?? ''}`);
  },
  reconcile(key, ctx) {
    const colon = key.indexOf(':');
    const kind = key.slice(0, colon);
    const rest = key.slice(colon + 1);
    if (kind === 'pv') return reconcileVolume(rest, ctx);
    const [ns = '', name = ''] = rest.split('/');
    if (kind === 'pvc') reconcileClaim(ns, name, ctx);
    else if (kind === 'provision') provision(ns, name, ctx);
  },
};

function reconcileClaim(ns: string, name: string, ctx: ControllerContext): void {
  const claim = ctx.store.get(PVCS, ns, name) as Claim | undefined;
  if (!claim) return;
  if (claim.metadata.deletionTimestamp) {
    if (!claimInUse(claim, ctx)) removeFinalizer(ctx, claim, 'kubernetes.io/pvc-protection');
    return;
  }
  if (claim.status?.phase === 'Bound') return;
  const className = claim.spec?.storageClassName ?? '';
  const volume = claim.spec?.volumeName
    ? (ctx.store.get(PVS, undefined, claim.spec.volumeName) as Volume | undefined)
    : findVolume(claim, ctx);
  if (volume) return bind(claim, volume, ctx);
  const sc = className ? (ctx.store.get(CLASSES, undefined, className) as Stored<StorageClass> | undefined) : undefined;
  if (!sc || sc.provisioner !== HOSTPATH_PROVISIONER) {
    if (!className || !sc) {
      ctx.events.record(
        claim,
        'Normal',
        'FailedBinding',
        'no persistent volumes available for this claim and no storage class is set',
        'persistentvolume-controller',
      );
    }
    return;
  }
  if (sc.volumeBindingMode === 'WaitForFirstConsumer' && !claimInUse(claim, ctx)) {
    ctx.events.record(
      claim,
      'Normal',
      'WaitForFirstConsumer',
      'waiting for first consumer to be created before binding',
      'persistentvolume-controller',
    );
    return;
  }
  ctx.events.record(
    claim,
    'Normal',
    'ExternalProvisioning',
    `Waiting for a volume to be created either by the external provisioner '${HOSTPATH_PROVISIONER}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`,
    'persistentvolume-controller',
  );
  ctx.events.record(
    claim,
    'Normal',
    'Provisioning',
    `External provisioner is provisioning volume for claim "${ns}/${name}"`,
    `${HOSTPATH_PROVISIONER}_minikube_${claim.metadata.uid.slice(0, 8)}`,
  );
  ctx.requeueAfter(`provision:${ns}/${name}`, PROVISION_MS);
}

function provision(ns: string, name: string, ctx: ControllerContext): void {
  const claim = ctx.store.get(PVCS, ns, name) as Claim | undefined;
  if (!claim || claim.status?.phase === 'Bound' || claim.metadata.deletionTimestamp) return;
  const pvName = `pvc-${claim.metadata.uid}`;
  let volume = ctx.store.get(PVS, undefined, pvName) as Volume | undefined;
  if (!volume) {
    const sc = ctx.store.get(CLASSES, undefined, claim.spec?.storageClassName ?? '') as
      Stored<StorageClass> | undefined;
    volume = ctx.api.create<PersistentVolume>({
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: {
        name: pvName,
        annotations: {
          hostPathProvisionerIdentity: claim.metadata.uid.slice(0, 36),
          'pv.kubernetes.io/provisioned-by': HOSTPATH_PROVISIONER,
        },
      },
      spec: {
        accessModes: claim.spec?.accessModes ?? ['ReadWriteOnce'],
        capacity: { storage: String(claim.spec?.resources?.requests?.storage ?? '1Gi') },
        claimRef: {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          name,
          namespace: ns,
          uid: claim.metadata.uid,
          resourceVersion: claim.metadata.resourceVersion,
        },
        hostPath: { path: `/tmp/hostpath-provisioner/${ns}/${name}`, type: '' },
        persistentVolumeReclaimPolicy: (sc?.reclaimPolicy as 'Delete' | 'Retain' | undefined) ?? 'Delete',
        storageClassName: claim.spec?.storageClassName ?? '',
        volumeMode: claim.spec?.volumeMode ?? 'Filesystem',
      },
    });
    ctx.events.record(
      claim,
      'Normal',
      'ProvisioningSucceeded',
      `Successfully provisioned volume ${pvName}`,
      `${HOSTPATH_PROVISIONER}_minikube_${claim.metadata.uid.slice(0, 8)}`,
    );
  }
  bind(claim, volume, ctx);
}

/** The smallest Available volume of the claim's class that satisfies its modes, size and selector. */
function findVolume(claim: Claim, ctx: ControllerContext): Volume | undefined {
  const want = tryParseQuantity(String(claim.spec?.resources?.requests?.storage ?? '0'));
  const selector = claim.spec?.selector ? fromLabelSelector(claim.spec.selector) : null;
  const candidates = (ctx.store.list(PVS) as unknown as Volume[]).filter((pv) => {
    const spec = pv.spec ?? {};
    if (
      pv.metadata.deletionTimestamp ||
      spec.claimRef ||
      (pv.status?.phase && pv.status.phase !== 'Available' && pv.status.phase !== 'Pending')
    )
      return false;
    if ((spec.storageClassName ?? '') !== (claim.spec?.storageClassName ?? '')) return false;
    if (!(claim.spec?.accessModes ?? []).every((m) => spec.accessModes?.includes(m))) return false;
    const size = tryParseQuantity(String(spec.capacity?.storage ?? '0'));
    if (!want || !size || cmpQuantity(size, want) < 0) return false;
    return !selector || matches(selector, pv.metadata.labels);
  });
  candidates.sort((a, b) =>
    cmpQuantity(parseQuantity(String(a.spec?.capacity?.storage)), parseQuantity(String(b.spec?.capacity?.storage))),
  );
  return candidates[0];
}

function bind(claim: Claim, volume: Volume, ctx: ControllerContext): void {
  if (!volume.spec?.claimRef || volume.spec.claimRef.uid !== claim.metadata.uid) {
    volume = ctx.api.update<PersistentVolume>({
      ...volume,
      spec: {
        ...volume.spec,
        claimRef: {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          name: claim.metadata.name,
          namespace: claim.metadata.namespace ?? 'default',
          uid: claim.metadata.uid,
          resourceVersion: claim.metadata.resourceVersion,
        },
      },
    });
  }
  if (volume.status?.phase !== 'Bound')
    volume = ctx.api.update<PersistentVolume>({ ...volume, status: { phase: 'Bound' } }, { subresource: 'status' });
  let current = ctx.store.get(PVCS, claim.metadata.namespace, claim.metadata.name) as Claim;
  if (current.spec?.volumeName !== volume.metadata.name) {
    current = ctx.api.update<PersistentVolumeClaim>({
      ...current,
      metadata: {
        ...current.metadata,
        annotations: {
          ...current.metadata.annotations,
          'pv.kubernetes.io/bind-completed': 'yes',
          'pv.kubernetes.io/bound-by-controller': 'yes',
          ...(volume.metadata.annotations?.['pv.kubernetes.io/provisioned-by']
            ? {
                'volume.beta.kubernetes.io/storage-provisioner': HOSTPATH_PROVISIONER,
                'volume.kubernetes.io/storage-provisioner': HOSTPATH_PROVISIONER,
              }
            : {}),
        },
      },
      spec: { ...current.spec, volumeName: volume.metadata.name },
    });
  }
  ctx.api.update<PersistentVolumeClaim>(
    {
      ...current,
      status: {
        phase: 'Bound',
        accessModes: volume.spec?.accessModes ?? [],
        capacity: { storage: volume.spec?.capacity?.storage ?? '' },
      },
    },
    { subresource: 'status' },
  );
}

function reconcileVolume(name: string, ctx: ControllerContext): void {
  const pv = ctx.store.get(PVS, undefined, name) as Volume | undefined;
  if (!pv) return;
  const ref = pv.spec?.claimRef;
  const claim = ref ? (ctx.store.get(PVCS, ref.namespace, ref.name ?? '') as Claim | undefined) : undefined;
  if (pv.metadata.deletionTimestamp) {
    if (!claim || claim.metadata.uid !== ref?.uid) removeFinalizer(ctx, pv, 'kubernetes.io/pv-protection');
    return;
  }
  if (!ref) {
    if (pv.status?.phase !== 'Available')
      ctx.api.update({ ...pv, status: { phase: 'Available' } }, { subresource: 'status' });
    return;
  }
  if (claim && claim.metadata.uid === ref.uid) return;
  // The claim is gone: the volume is released and reclaimed by its policy.
  if (pv.spec?.persistentVolumeReclaimPolicy === 'Delete') ctx.api.delete(PVS, undefined, name);
  else if (pv.status?.phase !== 'Released')
    ctx.api.update({ ...pv, status: { phase: 'Released' } }, { subresource: 'status' });
}

function claimInUse(claim: Claim, ctx: ControllerContext): boolean {
  return ctx.store
    .list('pods', claim.metadata.namespace)
    .some((p) =>
      (p as Stored<Pod>).spec?.volumes?.some((v) => v.persistentVolumeClaim?.claimName === claim.metadata.name),
    );
}

function removeFinalizer(ctx: ControllerContext, obj: Stored, finalizer: string): void {
  if (!obj.metadata.finalizers?.includes(finalizer)) return;
  ctx.api.update({
    ...obj,
    metadata: { ...obj.metadata, finalizers: obj.metadata.finalizers.filter((f) => f !== finalizer) },
  });
}
