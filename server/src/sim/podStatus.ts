/**
 * Builders for pod status as the kubelet reports it, shared by the bootstrap (pods that are already
 * running when the cluster starts) and the simulated kubelet.
 */
import type { ContainerStatus, Pod, PodCondition, PodStatus } from 'kubernetes-types/core/v1';
import { memoize } from '../lib/freeze.js';
import type { Rng } from '../lib/rng.js';

/** `docker://` followed by 64 hex digits, as container IDs look with the docker runtime. */
export function containerId(rng: Rng): string {
  let hex = '';
  for (let i = 0; i < 8; i++) hex += rng.hex32();
  return `docker://${hex}`;
}

/** `docker-pullable://nginx@sha256:…`: a stable digest per image name. */
export const imageId = memoize(computeImageId);

function computeImageId(image: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < image.length; i++) h = Math.imul(h ^ image.charCodeAt(i), 0x01000193) >>> 0;
  const digest = Array.from({ length: 8 }, (_, i) =>
    ((h * (i + 1) * 2654435761) >>> 0).toString(16).padStart(8, '0'),
  ).join('');
  const repo = image.split('@')[0]?.replace(/:[^/:]+$/, '') ?? image;
  return `docker-pullable://${repo}@sha256:${digest}`;
}

export function condition(
  type: string,
  status: 'True' | 'False',
  at: string,
  reason?: string,
  message?: string,
): PodCondition {
  return {
    type,
    status,
    lastProbeTime: null as unknown as string,
    lastTransitionTime: at,
    ...(reason ? { reason } : {}),
    ...(message ? { message } : {}),
  };
}

/** The status of a pod whose containers all run and are ready since `at`. */
export function runningStatus(
  pod: Pod,
  opts: { at: string; hostIP: string; podIP: string; rng: Rng; restarts?: number },
): PodStatus {
  const containers = pod.spec?.containers ?? [];
  const statuses: ContainerStatus[] = containers.map((c) => ({
    name: c.name,
    image: c.image ?? '',
    imageID: imageId(c.image ?? ''),
    containerID: containerId(opts.rng),
    ready: true,
    restartCount: opts.restarts ?? 0,
    started: true,
    state: { running: { startedAt: opts.at } },
  }));
  return {
    phase: 'Running',
    conditions: [
      condition('PodReadyToStartContainers', 'True', opts.at),
      condition('Initialized', 'True', opts.at),
      condition('Ready', 'True', opts.at),
      condition('ContainersReady', 'True', opts.at),
      condition('PodScheduled', 'True', opts.at),
    ],
    hostIP: opts.hostIP,
    hostIPs: [{ ip: opts.hostIP }],
    podIP: opts.podIP,
    podIPs: [{ ip: opts.podIP }],
    startTime: opts.at,
    containerStatuses: statuses,
    qosClass: pod.status?.qosClass ?? 'BestEffort',
  };
}
