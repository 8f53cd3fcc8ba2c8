/**
 * A container's writable layer: what shells and `tar` (kubectl cp) wrote in it on top of its image and volumes,
 * kept in the cluster's runtime (so it is snapshotted) until the container restarts or its pod goes, as a real
 * container's overlay is. Bounded per cluster: a layer past the bound is refused, not grown.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { SimRuntime } from '../runtime.js';
import type { Stored } from '../types.js';
import { podContainerStatus } from './podContainers.js';

export interface ContainerLayer {
  /** Files written or changed, by absolute path. */
  readonly files: Readonly<Record<string, string>>;
  /** Directories created. */
  readonly dirs: readonly string[];
  /** Paths of the image removed. */
  readonly removed: readonly string[];
}

/** Characters all layers of one cluster may hold (they travel in every journal entry's runtime, so kept small). */
export const MAX_LAYER_CHARS = 512 * 1024;
const EXTRA_KEY = 'containerLayers';

type Layers = Record<string, ContainerLayer>;

function keyOf(pod: Stored<Pod>, container: string): string {
  const restarts = podContainerStatus(pod, container)?.restartCount ?? 0;
  return `${pod.metadata.uid}/${container}/${restarts}`;
}

function layersOf(runtime: SimRuntime): Layers {
  return (runtime.extra[EXTRA_KEY] as Layers | undefined) ?? {};
}

export function containerLayer(runtime: SimRuntime, pod: Stored<Pod>, container: string): ContainerLayer | undefined {
  return layersOf(runtime)[keyOf(pod, container)];
}

function sizeOf(layer: ContainerLayer): number {
  let n = 0;
  for (const [path, content] of Object.entries(layer.files)) n += path.length + content.length;
  for (const path of [...layer.dirs, ...layer.removed]) n += path.length;
  return n;
}

/**
 * Keeps `layer` as the container's; layers of pods no longer in `livePodUids` (and of earlier restarts) go.
 * False when the cluster's layers would exceed MAX_LAYER_CHARS (the write is then lost, as on a full disk).
 */
export function saveContainerLayer(
  runtime: SimRuntime,
  pod: Stored<Pod>,
  container: string,
  layer: ContainerLayer,
  livePodUids: ReadonlySet<string>,
): boolean {
  const key = keyOf(pod, container);
  const prefix = `${pod.metadata.uid}/${container}/`;
  const next: Layers = {};
  let total = 0;
  for (const [k, l] of Object.entries(layersOf(runtime))) {
    if (k === key || k.startsWith(prefix) || !livePodUids.has(k.slice(0, k.indexOf('/')))) continue;
    next[k] = l;
    total += sizeOf(l);
  }
  const empty = Object.keys(layer.files).length === 0 && layer.dirs.length === 0 && layer.removed.length === 0;
  if (!empty) {
    if (total + sizeOf(layer) > MAX_LAYER_CHARS) return false;
    next[key] = layer;
  }
  runtime.extra[EXTRA_KEY] = next;
  return true;
}
