/**
 * What a container finds under its volume mounts: the files of configMap, secret, downwardAPI and
 * projected volumes (with `items` choosing keys and paths, as the atomic writer lays them out), and
 * what programs wrote to writable volumes (emptyDir, claims, hostPath: node/programs.ts). Keyed by absolute path.
 */
import type {
  ConfigMap,
  Container,
  DownwardAPIVolumeFile,
  KeyToPath,
  Pod,
  Secret,
  Volume,
} from 'kubernetes-types/core/v1';
import type { Store } from '../../store.js';
import type { Stored } from '../../types.js';
import { decoded, fieldValue, resourceValue } from './environment.js';
import { hostPathFile } from '../nodeFiles.js';

/** Files by path inside one volume; a volume that is one file (a hostPath naming a node's file) has it under FILE. */
export type VolumeContent = Map<string, string>;
export const FILE = '';

export function volumeContent(
  store: Store,
  pod: Stored<Pod>,
  container: Container,
  vol: Volume,
  writable: (vol: Volume) => Readonly<Record<string, string>> | undefined,
): VolumeContent {
  const ns = pod.metadata.namespace ?? 'default';
  const out: VolumeContent = new Map();
  const keyed = (data: Record<string, string> | undefined, items: readonly KeyToPath[] | undefined) => {
    if (!data) return;
    if (items) for (const it of items) out.set(it.path, data[it.key] ?? '');
    else for (const [k, v] of Object.entries(data)) out.set(k, v);
  };
  const downward = (items: readonly DownwardAPIVolumeFile[] | undefined) => {
    const addresses = { podIP: pod.status?.podIP ?? '', hostIP: pod.status?.hostIP ?? '' };
    for (const it of items ?? []) {
      if (it.fieldRef) out.set(it.path, fieldValue(pod, it.fieldRef.fieldPath, addresses));
      else if (it.resourceFieldRef)
        out.set(
          it.path,
          resourceValue(store, pod, container, { ...it.resourceFieldRef, divisor: it.resourceFieldRef.divisor ?? '1' }),
        );
    }
  };
  const cm = (name: string | undefined) =>
    (store.get('configmaps', ns, name ?? '') as Stored<ConfigMap> | undefined)?.data;
  const sec = (name: string | undefined) =>
    decoded((store.get('secrets', ns, name ?? '') as Stored<Secret> | undefined)?.data);
  if (vol.configMap) keyed(cm(vol.configMap.name), vol.configMap.items);
  else if (vol.secret) keyed(sec(vol.secret.secretName), vol.secret.items);
  else if (vol.downwardAPI) downward(vol.downwardAPI.items);
  else if (vol.hostPath && hostPathFile(pod.spec?.nodeName ?? '', vol.hostPath) !== undefined)
    out.set(FILE, hostPathFile(pod.spec?.nodeName ?? '', vol.hostPath) ?? '');
  else for (const [k, v] of Object.entries(writable(vol) ?? {})) out.set(k, v);
  if (vol.projected)
    for (const s of vol.projected.sources ?? []) {
      if (s.configMap) keyed(cm(s.configMap.name), s.configMap.items);
      else if (s.secret) keyed(sec(s.secret.name), s.secret.items);
      else if (s.downwardAPI) downward(s.downwardAPI.items);
    }
  return out;
}

/** Every file a container's mounts show, by absolute path (a subPath mount shows one file or folder). */
export function mountedFiles(
  store: Store,
  pod: Stored<Pod>,
  container: Container,
  writable: (vol: Volume) => Readonly<Record<string, string>> | undefined,
): Map<string, string> {
  const files = new Map<string, string>();
  for (const m of container.volumeMounts ?? []) {
    const vol = pod.spec?.volumes?.find((v) => v.name === m.name);
    if (!vol) continue;
    const base = m.mountPath.replace(/\/$/, '');
    for (const [path, content] of volumeContent(store, pod, container, vol, writable)) {
      if (path === FILE) files.set(base, content);
      else if (!m.subPath) files.set(`${base}/${path}`, content);
      else if (path === m.subPath) files.set(base, content);
      else if (path.startsWith(`${m.subPath}/`)) files.set(`${base}/${path.slice(m.subPath.length + 1)}`, content);
    }
  }
  return files;
}
