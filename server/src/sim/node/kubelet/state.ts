/**
 * What the simulated kubelets remember between reconciles, kept in the cluster's runtime (so it is
 * snapshotted with it): per pod, each container's lifecycle state and when it entered it; per node,
 * the images already pulled and the last pod IP handed out. A pod's record goes once it is stable.
 */
import type { SimRuntime } from '../../runtime.js';
import type { LiveProbeState, ProbeKind } from './liveProbes.js';

export type ContainerState =
  /** Waiting for init containers before it (PodInitializing). */
  | 'blocked'
  /** Creating: pulling the image (or finding it present), creating and starting the container. */
  | 'pulling'
  | 'pullFailed'
  | 'pullBackOff'
  /** The image reference does not parse (InvalidImageName); tried again at every sync. */
  | 'invalidName'
  /** imagePullPolicy Never and the image is not on the node (ErrImageNeverPull); looked for again at every sync. */
  | 'neverPull'
  /**
   * Its environment refers to a missing ConfigMap/Secret or key (CreateContainerConfigError), or the runtime cannot
   * create it (CreateContainerError, `createError`).
   */
  | 'configError'
  | 'running'
  /** Terminated; the kubelet decides on a restart. */
  | 'exited'
  | 'crashBackOff'
  /** Terminated for good (restartPolicy Never/OnFailure, or a successful init container). */
  | 'done';

export interface Termination {
  code: number;
  reason: string;
  started: number;
  finished: number;
  id: string;
  message?: string;
  /** The run's process gave up as it started: the name its image resolves then was unknown (plan.resolvesAtStart). */
  failedStart?: boolean;
}

/** The kubelet's restart back-off for one container (client-go flowcontrol.Backoff's entry). */
export interface BackOff {
  /** The current window, ms: 10 s doubling to 300 s. */
  ms: number;
  /** When it was last moved on (a restart). */
  lastUpdate: number;
}

export interface ContainerRecord {
  s: ContainerState;
  /** Virtual ms the container entered `s`. */
  at: number;
  /** Failed pulls so far (image pull back-off). */
  pulls: number;
  restarts: number;
  /** Duration of the current pull, ms (0: the image was present). */
  pullMs: number;
  pulled: boolean;
  ready: boolean;
  /** The startup probe has succeeded (or there is none). */
  startupDone: boolean;
  /** When the startup probe succeeded (the other probes' workers start probing then). */
  startedUp?: number;
  /** Exec probes run in the container's program, by kind (liveProbes.ts). */
  live?: Partial<Record<ProbeKind, LiveProbeState>>;
  /** Failed readiness probes reported so far in this run. */
  probes: number;
  id?: string;
  started?: number;
  /** This run's process could not resolve the name its image resolves as it starts (plan.resolvesAtStart). */
  failedStart?: boolean;
  /** The last pull's error, as the runtime gave it (states `pullFailed`, `pullBackOff`, `invalidName`). */
  pullError?: string;
  /** Why the container could not be configured (state `configError`). */
  configError?: string;
  /** That was the runtime's CreateContainerError, not the kubelet's CreateContainerConfigError. */
  createError?: boolean;
  /** The attach session of a `stdinOnce` container ended: its stdin is closed, so its shell exits. */
  stdinClosed?: boolean;
  term?: Termination;
  last?: Termination;
  /** Set by the container's first restart; doubles with each restart that follows within ten minutes. */
  backOff?: BackOff;
  /** Syncs that found the container still backing off since it last stopped (their retry times vary). */
  retries?: number;
  /** A probe failed it: the kubelet is stopping it, and it is dead at `at` (SIGTERM taken, or SIGKILL after the grace period). */
  kill?: { at: number; code: number; reason: string };
}

export interface PodRecord {
  uid: string;
  /** Init containers first, then containers, in spec order. */
  c: ContainerRecord[];
  /** When the kubelet saw the deletion and started stopping containers. */
  killAt?: number;
  /** The containers have stopped and the sidecars were told to stop. */
  sidecarsKilled?: boolean;
  /** Every volume is set up (containers may be created). */
  mounted?: boolean;
  /** Volumes still failing to set up: attempts so far and when the next falls due. */
  mount?: MountRetry;
}

export interface MountRetry {
  since: number;
  tries: number;
  next: number;
  /** When the pod sync next gives up waiting for the volumes (FailedMount "Unable to attach or mount"). */
  timeoutAt: number;
}

export interface KubeletMemory {
  pods: Record<string, PodRecord>;
  /** Images present per node (pulled once, then "already present on machine"). */
  images: Record<string, string[]>;
  /** Last host number handed out from each node's pod CIDR (host-local IPAM goes round). */
  ipam: Record<string, number>;
}

export function kubeletMemory(runtime: SimRuntime): KubeletMemory {
  let mem = runtime.extra.kubelet as KubeletMemory | undefined;
  if (!mem) {
    mem = { pods: {}, images: {}, ipam: {} };
    runtime.extra.kubelet = mem;
  }
  return mem;
}

/** The record of a pod's container, while the kubelet keeps one (`kubectl logs` asks how a run went). */
export function containerRecord(
  runtime: SimRuntime,
  pod: { metadata: { namespace?: string | undefined; name: string; uid: string } },
  index: number,
): ContainerRecord | undefined {
  const rec = kubeletMemory(runtime).pods[`${pod.metadata.namespace ?? ''}/${pod.metadata.name}`];
  return rec?.uid === pod.metadata.uid ? rec.c[index] : undefined;
}

export function newContainerRecord(now: number): ContainerRecord {
  return {
    s: 'blocked',
    at: now,
    pulls: 0,
    restarts: 0,
    pullMs: 0,
    pulled: false,
    ready: false,
    startupDone: false,
    probes: 0,
  };
}
