/**
 * Renders a pod's status from the kubelet's records, as the kubelet's status manager does
 * (kubelet_pods.go getPhase and the pod conditions), keeping each condition's lastTransitionTime
 * while its status stays the same.
 */
import type { ContainerStateTerminated, ContainerStatus, Pod, PodCondition, PodStatus } from 'kubernetes-types/core/v1';
import { condition, imageId } from '../../podStatus.js';
import type { ContainerView, PodView } from './stages.js';
import { isSidecar, neverPullMessage, restartBackOffMs } from './stages.js';

const mainsStarted = (mains: readonly ContainerView[]) => mains.some((c) => c.rec.started !== undefined);
import type { Termination } from './state.js';

type Ts = (ms: number) => string;

function terminated(t: Termination, ts: Ts): ContainerStateTerminated {
  return {
    containerID: t.id,
    exitCode: t.code,
    finishedAt: ts(t.finished),
    ...(t.message ? { message: t.message } : {}),
    reason: t.reason,
    startedAt: ts(t.started),
  };
}

/** The image as the docker runtime reports it: an untagged name gets `:latest`. */
export function shownImage(image: string): string {
  const last = image.slice(image.lastIndexOf('/') + 1);
  return last.includes(':') || image.includes('@') ? image : `${image}:latest`;
}

function containerStatus(c: ContainerView, p: PodView, ts: Ts): ContainerStatus {
  const r = c.rec;
  const image = c.spec.image ?? '';
  const pullError = r.pullError ?? (c.plan.pull.ok ? '' : c.plan.pull.error);
  let state: ContainerStatus['state'];
  switch (r.s) {
    case 'blocked':
      // convertToAPIContainerStatuses' default: PodInitializing when the pod has init containers.
      state = { waiting: { reason: p.pod.spec?.initContainers?.length ? 'PodInitializing' : 'ContainerCreating' } };
      break;
    case 'configError':
      state = {
        waiting: {
          message: r.configError ?? '',
          reason: r.createError ? 'CreateContainerError' : 'CreateContainerConfigError',
        },
      };
      break;
    case 'pulling':
      state =
        r.pulls > 0
          ? {
              waiting: {
                message: `Back-off pulling image "${image}": ErrImagePull: ${pullError}`,
                reason: 'ImagePullBackOff',
              },
            }
          : { waiting: { reason: c.init ? 'PodInitializing' : 'ContainerCreating' } };
      break;
    case 'pullFailed':
      state = { waiting: { message: pullError, reason: 'ErrImagePull' } };
      break;
    case 'invalidName':
      state = { waiting: { message: pullError, reason: 'InvalidImageName' } };
      break;
    case 'neverPull':
      state = { waiting: { message: neverPullMessage(image), reason: 'ErrImageNeverPull' } };
      break;
    case 'pullBackOff':
      state = {
        waiting: {
          message: `Back-off pulling image "${image}": ErrImagePull: ${pullError}`,
          reason: 'ImagePullBackOff',
        },
      };
      break;
    case 'running':
      state = { running: { startedAt: ts(r.started ?? p.now) } };
      break;
    case 'exited':
    case 'done':
      state = r.term ? { terminated: terminated(r.term, ts) } : { waiting: { reason: 'ContainerCreating' } };
      break;
    case 'crashBackOff': {
      const m = p.pod.metadata;
      const wait = goDurationSeconds(restartBackOffMs(c));
      state = {
        waiting: {
          message: `back-off ${wait} restarting failed container=${c.spec.name} pod=${m.name}_${m.namespace ?? 'default'}(${m.uid})`,
          reason: 'CrashLoopBackOff',
        },
      };
      break;
    }
  }
  const ran = r.started !== undefined;
  // Waiting to restart, the run that just ended is the last state (what `kubectl logs` then serves).
  const lastRun = r.s === 'crashBackOff' ? (r.term ?? r.last) : r.last;
  // containerID last: an object literal that starts with a spread gets a V8 hidden class of its own,
  // and every reader of pod statuses (printers, controllers) then pays for megamorphic access.
  return {
    image: shownImage(image),
    imageID: ran ? imageId(shownImage(image)) : '',
    lastState: lastRun ? { terminated: terminated(lastRun, ts) } : {},
    name: c.spec.name,
    ready: r.s === 'running' && r.ready,
    restartCount: r.restarts,
    started: r.s === 'running' && r.startupDone,
    state,
    ...(r.id ? { containerID: r.id } : {}),
  };
}

const goDurationSeconds = (ms: number) =>
  ms >= 60_000 ? `${Math.floor(ms / 60_000)}m${(ms % 60_000) / 1000}s` : `${ms / 1000}s`;

/** kubelet getPhase. */
function phase(p: PodView): 'Pending' | 'Running' | 'Succeeded' | 'Failed' {
  const policy = p.pod.spec?.restartPolicy ?? 'Always';
  const inits = p.containers.filter((c) => c.init);
  const mains = p.containers.filter((c) => !c.init);
  for (const c of inits) {
    // A sidecar counts as initialised once it has run (getPhase: restartable init containers).
    if (isSidecar(c)) {
      if (c.rec.started === undefined) return 'Pending';
      continue;
    }
    if (c.rec.s === 'done' && (c.rec.term?.code ?? 0) !== 0) return 'Failed';
    if (c.rec.s !== 'done') return 'Pending';
  }
  let pending = 0;
  let running = 0;
  let stopped = 0;
  let succeeded = 0;
  let restarting = 0;
  for (const c of mains) {
    const r = c.rec;
    if (r.s === 'running') running++;
    else if (r.s === 'exited' || r.s === 'done' || r.s === 'crashBackOff') {
      stopped++;
      if (
        r.s === 'crashBackOff' ||
        (r.s === 'exited' && policy !== 'Never' && (policy === 'Always' || (r.term?.code ?? 0) !== 0))
      )
        restarting++;
      else if ((r.term?.code ?? 0) === 0) succeeded++;
    } else if (r.last) stopped++;
    else pending++;
  }
  if (pending > 0) return running > 0 || stopped > 0 ? 'Running' : 'Pending';
  if (running > 0) return 'Running';
  if (stopped === 0) return 'Pending';
  if (policy === 'Always' || restarting > 0) return 'Running';
  return succeeded === stopped ? 'Succeeded' : 'Failed';
}

export function renderStatus(p: PodView, hostIP: string, ts: Ts, previous: Pod['status']): PodStatus {
  const now = ts(p.now);
  const prev = previous?.conditions ?? [];
  const keep = (type: string, status: 'True' | 'False', reason?: string, message?: string): PodCondition => {
    const old = prev.find((c) => c.type === type);
    const at = old && old.status === status ? (old.lastTransitionTime ?? now) : now;
    return condition(type, status, at, reason, message);
  };
  const ph = phase(p);
  const inits = p.containers.filter((c) => c.init);
  const mains = p.containers.filter((c) => !c.init);
  // GeneratePodInitializedCondition: a sidecar is initialised once started, others once succeeded.
  const pendingInits = inits
    .filter((c) =>
      isSidecar(c)
        ? !(c.rec.s === 'running' && c.rec.startupDone) && !mainsStarted(mains)
        : !(c.rec.s === 'done' && (c.rec.term?.code ?? 0) === 0),
    )
    .map((c) => c.spec.name);
  // GenerateContainersReadyCondition: sidecars first, then the containers.
  const unready = [...inits.filter(isSidecar), ...mains]
    .filter((c) => !(c.rec.s === 'running' && c.rec.ready))
    .map((c) => c.spec.name);
  const done = ph === 'Succeeded' || ph === 'Failed';
  const readyStatus = unready.length === 0 && !done ? 'True' : 'False';
  const readyReason = done ? 'PodCompleted' : unready.length > 0 ? 'ContainersNotReady' : undefined;
  const readyMessage =
    !done && unready.length > 0 ? `containers with unready status: [${unready.join(' ')}]` : undefined;
  const scheduled = prev.find((c) => c.type === 'PodScheduled') ?? condition('PodScheduled', 'True', now);
  const conditions: PodCondition[] = [
    // No sandbox until the volumes are set up (SyncPod waits for them before creating it).
    keep('PodReadyToStartContainers', done || p.rec.mount ? 'False' : 'True'),
    pendingInits.length === 0
      ? keep('Initialized', 'True', done && inits.length > 0 ? 'PodCompleted' : undefined)
      : keep(
          'Initialized',
          'False',
          'ContainersNotInitialized',
          `containers with incomplete status: [${pendingInits.join(' ')}]`,
        ),
    keep('Ready', readyStatus, readyReason, readyMessage),
    keep('ContainersReady', readyStatus, readyReason, readyMessage),
    scheduled,
  ];
  const status: PodStatus = {
    phase: ph,
    conditions,
    hostIP,
    hostIPs: [{ ip: hostIP }],
    ...(p.podIP ? { podIP: p.podIP, podIPs: [{ ip: p.podIP }] } : {}),
    startTime: previous?.startTime ?? now,
    ...(inits.length > 0 ? { initContainerStatuses: inits.map((c) => containerStatus(c, p, ts)) } : {}),
    containerStatuses: mains.map((c) => containerStatus(c, p, ts)),
    qosClass: previous?.qosClass ?? 'BestEffort',
  };
  return status;
}
