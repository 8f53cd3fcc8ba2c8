/**
 * The kubelet's volume manager for the volumes that come from API objects (configMap, secret and
 * their projected forms): a pod's containers are not created until every such volume is set up.
 * A missing object (not optional) fails `MountVolume.SetUp` with the plugin's error, retried with
 * the operation executor's exponential back-off (500 ms doubling to 2m2s), and once the pod has
 * waited podAttachAndMountTimeout (2m3s) the pod sync fails with "Unable to attach or mount volumes".
 * Wording: pkg/volume/util/operationexecutor/operation_generator.go GenerateMountVolumeFunc,
 * pkg/volume/configmap/configmap.go MakePayload, pkg/volume/secret/secret.go MakePayload,
 * pkg/volume/projected/projected.go collectData, pkg/kubelet/volumemanager/volume_manager.go
 * WaitForAttachAndMount and pkg/kubelet/kubelet.go SyncPod (kubernetes v1.32).
 */
import type { ConfigMap, KeyToPath, Pod, Secret, Volume } from 'kubernetes-types/core/v1';
import type { Store } from '../../store.js';
import type { Stored } from '../../types.js';

export interface MountFailure {
  volume: string;
  message: string;
}

/** The first retry waits this long, doubling up to MAX_RETRY_MS (nestedpendingoperations). */
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 122_000;
/** podAttachAndMountTimeout, then the pod worker's back-off before the next sync. */
export const MOUNT_TIMEOUT_MS = 123_000;
export const SYNC_BACK_OFF_MS = 10_000;

export function mountRetryMs(tries: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, tries - 1), MAX_RETRY_MS);
}

/** Volumes of the pod that cannot be set up now, in spec order; empty when the pod can start. */
export function mountFailures(pod: Stored<Pod>, store: Store): MountFailure[] {
  const volumes = pod.spec?.volumes;
  if (!volumes) return [];
  const ns = pod.metadata.namespace ?? 'default';
  const failures: MountFailure[] = [];
  for (const v of volumes) {
    const message = volumeError(v, ns, store);
    if (message !== undefined) failures.push({ volume: v.name, message });
  }
  return failures;
}

function volumeError(v: Volume, ns: string, store: Store): string | undefined {
  if (v.configMap) return sourceError('configmap', { ...v.configMap, name: v.configMap.name ?? '' }, ns, store);
  if (v.secret) return sourceError('secret', { ...v.secret, name: v.secret.secretName ?? '' }, ns, store);
  if (!v.projected) return undefined;
  const errors: string[] = [];
  for (const s of v.projected.sources ?? []) {
    const e = s.configMap
      ? sourceError('configmap', { ...s.configMap, name: s.configMap.name ?? '' }, ns, store)
      : s.secret
        ? sourceError('secret', { ...s.secret, name: s.secret.name ?? '' }, ns, store)
        : undefined;
    if (e !== undefined) errors.push(e);
  }
  // utilerrors.NewAggregate: one error reads as itself, more as a bracketed list.
  if (errors.length === 0) return undefined;
  return errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`;
}

/** The kubelet's wording for a missing key of each kind of source (configmap.go, secret.go volume plugins). */
const MISSING_KEY = {
  configmap: 'configmap references non-existent config key',
  secret: 'secret references non-existent secret key',
};

function sourceError(
  kind: 'configmap' | 'secret',
  ref: { name: string; items?: readonly KeyToPath[] | undefined; optional?: boolean | undefined },
  ns: string,
  store: Store,
): string | undefined {
  const data = keysOf(kind, ref.name, ns, store);
  if (!data) return ref.optional ? undefined : `${kind} "${ref.name}" not found`;
  const missing = missingKey(ref.items, data, ref.optional);
  return missing === undefined ? undefined : `${MISSING_KEY[kind]}: ${missing}`;
}

/** The keys a ConfigMap (data and binaryData) or a Secret holds; undefined when it does not exist. */
function keysOf(kind: 'configmap' | 'secret', name: string, ns: string, store: Store) {
  if (kind === 'configmap') {
    const cm = store.get('configmaps', ns, name) as Stored<ConfigMap> | undefined;
    return cm && { ...cm.data, ...cm.binaryData };
  }
  const secret = store.get('secrets', ns, name) as Stored<Secret> | undefined;
  return secret && (secret.data ?? {});
}

function missingKey(
  items: readonly KeyToPath[] | undefined,
  data: Record<string, string>,
  optional: boolean | undefined,
): string | undefined {
  if (optional) return undefined;
  for (const item of items ?? []) if (!(item.key in data)) return item.key;
  return undefined;
}

/** The kubelet's FailedMount message for one failed SetUp. */
export const setUpFailed = (f: MountFailure) => `MountVolume.SetUp failed for volume "${f.volume}" : ${f.message}`;

/** The pod sync's FailedMount message once podAttachAndMountTimeout has passed (no attachable plugins here). */
export const mountTimedOut = (failures: readonly MountFailure[]) =>
  `Unable to attach or mount volumes: unmounted volumes=[${failures
    .map((f) => f.volume)
    .sort()
    .join(' ')}], unattached volumes=[], failed to process volumes=[]: context deadline exceeded`;
