/**
 * The simulated kubelets (one controller for every node, keyed by pod): a pod bound to a node goes
 * Pending → ContainerCreating → Running on the virtual clock through the stages in `stages.ts`;
 * a pod being deleted gets `Killing` events and is removed when its containers have stopped or
 * its grace period is over. A stopped node's kubelet does nothing until the node starts again.
 */
import { jsonEqual } from '../../../lib/json.js';
import type { Node, Pod, Secret, ServiceAccount } from 'kubernetes-types/core/v1';
import { registryCredentials, sameImage, serverProgram, type RegistryCredentials } from '../../images/index.js';
import type { Controller, ControllerContext } from '../../controllers/controller.js';
import { dropAccessLog } from '../../network/accessLog.js';
import { lookup } from '../../network/http.js';
import type { Stored, WatchEvent } from '../../types.js';
import type { Container } from 'kubernetes-types/core/v1';
import { planContainer, type ContainerPlan } from './plan.js';
import { STAGES, type ContainerView, type CreateFailure, type PodView, type Stage } from './stages.js';
import { kubeletMemory, newContainerRecord, type KubeletMemory, type PodRecord } from './state.js';
import { renderStatus } from './status.js';
import { containerConfigError } from './envConfig.js';
import { seccompCreateError } from './seccomp.js';
import { imageBinaries } from '../exec.js';
import { forgetPod, newProgramTable, type ProgramTable } from '../programs.js';
import { programOf, startProgram, type ProgramContext } from './programRuns.js';
import {
  MOUNT_TIMEOUT_MS,
  SYNC_BACK_OFF_MS,
  mountFailures,
  mountRetryMs,
  mountTimedOut,
  setUpFailed,
} from './volumes.js';

export const KUBELET = 'kubelet';
/** Stages applied in one reconcile at most (several can be due at once after a stopped node restarts). */
const MAX_STEPS = 64;
/** How long stopping a container that exits on SIGTERM takes, at least (the runtime's round trips). */
const MIN_STOP_MS = 500;

export const kubelet: Controller = {
  name: KUBELET,
  watches: ['pods'],
  keysFor: kubeletKeys,
  reconcile,
};

function kubeletKeys(event: WatchEvent): readonly string[] {
  const pod = event.object as Stored<Pod>;
  const key = `${pod.metadata.namespace ?? ''}/${pod.metadata.name}`;
  if (event.type === 'DELETED') return [key];
  if (!pod.spec?.nodeName) return [];
  const old = event.old as Stored<Pod> | undefined;
  if (event.type === 'ADDED' || !old) return [key];
  if (!old.spec?.nodeName) return [key];
  if (pod.metadata.deletionTimestamp && !old.metadata.deletionTimestamp) return [key];
  return [];
}

function reconcile(key: string, ctx: ControllerContext): void {
  const slash = key.indexOf('/');
  const pod = ctx.store.get('pods', key.slice(0, slash), key.slice(slash + 1)) as Stored<Pod> | undefined;
  const mem = kubeletMemory(ctx.runtime);
  if (!pod || !pod.spec?.nodeName) {
    // Gone without the kubelet stopping it (a forced deletion): its programs and volumes go too.
    const gone = mem.pods[key];
    if (gone && gone.uid !== pod?.metadata.uid) forgetPod(programTable(ctx), gone.uid);
    delete mem.pods[key];
    return;
  }
  const nodeName = pod.spec.nodeName;
  // A stopped machine runs no kubelet: its pods stay as they were (the node controller takes over).
  if (ctx.runtime.stoppedNodes.includes(nodeName)) return;
  const node = ctx.store.get('nodes', undefined, nodeName) as Stored<Node> | undefined;
  // No such node: no kubelet will ever run the pod (it stays Pending, as in a real cluster).
  if (!node) return;
  let rec = mem.pods[key];
  if (rec && rec.uid !== pod.metadata.uid) rec = undefined;
  if (pod.metadata.deletionTimestamp) {
    terminate(pod, key, rec, mem, ctx);
    return;
  }
  if (!rec) {
    // Already started (bootstrap pods, or a pod whose record went once it was stable).
    if (pod.status?.startTime) return;
    rec = {
      uid: pod.metadata.uid,
      c: [...(pod.spec.initContainers ?? []), ...pod.spec.containers].map(() => newContainerRecord(ctx.clock.now())),
    };
    mem.pods[key] = rec;
  }
  const hostIP = nodeIP(node);
  // Volumes are set up once, before any container runs (a record restored from before this existed
  // has containers running already: its volumes were mounted then).
  if (!rec.mounted && !rec.c.some((c) => c.started !== undefined)) {
    const retryAt = mountVolumes(pod, rec, ctx);
    if (retryAt !== undefined) {
      ctx.requeueAfter(key, Math.max(1, retryAt - ctx.clock.now()), true);
      writeStatus(pod, buildView(pod, nodeName, '', hostIP, rec, mem, ctx), hostIP, ctx);
      return;
    }
  }
  const podIP = pod.status?.podIP ?? (pod.spec.hostNetwork ? hostIP : allocateIP(node, nodeName, mem, ctx));
  const view = buildView(pod, nodeName, podIP, hostIP, rec, mem, ctx);
  const next = runStages(view, ctx);
  if (next) ctx.requeueAfter(key, Math.max(1, next.at - ctx.clock.now()), next.background);
  // Stable: the record can go, unless a container still reads an open stdin (closeStdin needs it) or a run it
  // keeps gave up as it started (`kubectl logs` shows what that run printed from the record).
  else if (!view.containers.some(keepsRecord)) delete mem.pods[key];
  writeStatus(pod, view, hostIP, ctx);
}

function keepsRecord(c: ContainerView): boolean {
  return (c.spec.stdinOnce === true && c.rec.s === 'running') || !!c.rec.term?.failedStart || !!c.rec.last?.failedStart;
}

function writeStatus(pod: Stored<Pod>, view: PodView, hostIP: string, ctx: ControllerContext): void {
  const status = renderStatus(view, hostIP, (ms) => ctx.clock.timestamp(ms), pod.status);
  if (!jsonEqual(status, pod.status)) {
    // The kubelet's status manager writes the status subresource; it is trusted, and this is a hot
    // path (every pod start), so it writes through the store like the scheduler's bind.
    const latest = ctx.store.get('pods', pod.metadata.namespace, pod.metadata.name) ?? pod;
    ctx.store.put('pods', { ...latest, status });
  }
}

/**
 * Sets up the pod's volumes, or records why it cannot (see volumes.ts) and returns when to try
 * again. Attempts fall due on the back-off schedule, whenever the kubelet is woken.
 */
function mountVolumes(pod: Stored<Pod>, rec: PodRecord, ctx: ControllerContext): number | undefined {
  const now = ctx.clock.now();
  const m = rec.mount;
  if (m && now < m.next && now < m.timeoutAt) return Math.min(m.next, m.timeoutAt);
  const failures = mountFailures(pod, ctx.store);
  if (failures.length === 0) {
    delete rec.mount;
    rec.mounted = true;
    return undefined;
  }
  const retry = m ?? { since: now, tries: 0, next: now, timeoutAt: now + MOUNT_TIMEOUT_MS };
  if (now >= retry.next) {
    for (const f of failures) ctx.events.record(pod, 'Warning', 'FailedMount', setUpFailed(f), KUBELET);
    retry.tries++;
    retry.next = now + mountRetryMs(retry.tries);
  }
  if (now >= retry.timeoutAt) {
    ctx.events.record(pod, 'Warning', 'FailedMount', mountTimedOut(failures), KUBELET);
    retry.timeoutAt = now + SYNC_BACK_OFF_MS + MOUNT_TIMEOUT_MS;
  }
  rec.mount = retry;
  return Math.min(retry.next, retry.timeoutAt);
}

function buildView(
  pod: Stored<Pod>,
  node: string,
  podIP: string,
  hostIP: string,
  rec: PodRecord,
  mem: KubeletMemory,
  ctx: ControllerContext,
): PodView & { now: number } {
  const specs = [
    ...(pod.spec?.initContainers ?? []).map((c) => ({ c, init: true })),
    ...(pod.spec?.containers ?? []).map((c) => ({ c, init: false })),
  ];
  const plans = planCache(ctx);
  const host = ctx.programHost;
  const programs: ProgramContext | undefined = host && {
    host,
    table: programTable(ctx),
    store: ctx.store,
    pod,
    podIP,
    hostIP,
    now: () => ctx.clock.now(),
  };
  const containers: ContainerView[] = specs.map(({ c, init }, i) => ({
    spec: c,
    init,
    plan: planOf(c, plans),
    rec: rec.c[i] ?? newContainerRecord(ctx.clock.now()),
  }));
  let credentials: RegistryCredentials | undefined;
  const view = {
    pod,
    node,
    podIP,
    now: ctx.clock.now(),
    rec,
    containers,
    memory: mem,
    rng: ctx.rng,
    configError: (c: Container): CreateFailure | undefined => {
      const config = containerConfigError(pod, c, ctx.store);
      if (config !== undefined) return { reason: 'CreateContainerConfigError', message: config };
      const runtime = seccompCreateError(pod, c);
      return runtime === undefined ? undefined : { reason: 'CreateContainerError', message: runtime };
    },
    pullCredentials: () => (credentials ??= pullCredentials(pod, ctx)),
    missingBinary: (c: ContainerView) => missingBinary(c, ctx.programHost !== undefined),
    imagePresent: (image: string) => imagePresent(image, node, mem, ctx),
    resolves: (name: string) =>
      lookup(ctx, { kind: 'pod', namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name }, name) !==
      undefined,
    program: (c: ContainerView) => (programs ? programOf(programs, c) : undefined),
    startProgram: (c: ContainerView) => {
      if (programs) startProgram(programs, c);
    },
    event: (type: 'Normal' | 'Warning', reason: string, message: string) =>
      ctx.events.record(pod, type, reason, message, KUBELET),
  };
  return view;
}

/**
 * Whether the node's runtime has the image: the kubelet pulled or started it for a pod before, or minikube preloaded
 * it (the images of the system pods, which were running before any kubelet sync).
 */
function imagePresent(image: string, node: string, mem: KubeletMemory, ctx: ControllerContext): boolean {
  if ((mem.images[node] ?? []).some((i) => sameImage(i, image))) return true;
  return (ctx.store.list('pods', 'kube-system') as Stored<Pod>[]).some(
    (p) =>
      p.spec?.nodeName === node &&
      (p.status?.containerStatuses ?? []).some((s) => s.imageID !== '' && sameImage(s.image, image)),
  );
}

/**
 * The pod's imagePullSecrets with its service account's (the ServiceAccount admission plugin adds
 * those to the pod when it is created; read here, at pull time).
 */
function pullCredentials(pod: Stored<Pod>, ctx: ControllerContext): RegistryCredentials {
  const ns = pod.metadata.namespace ?? 'default';
  const sa = ctx.store.get('serviceaccounts', ns, pod.spec?.serviceAccountName ?? 'default') as
    Stored<ServiceAccount> | undefined;
  const names = [...(pod.spec?.imagePullSecrets ?? []), ...(sa?.imagePullSecrets ?? [])].map((s) => s.name ?? '');
  return registryCredentials([...new Set(names)], (name) => ctx.store.get('secrets', ns, name) as Secret | undefined);
}

/**
 * Plans by container spec object: a status write keeps the pod's spec object, so the plan is worked
 * out once per pod, not once per reconcile. Weak, so removed pods take their plans with them.
 */
function planCache(ctx: ControllerContext): WeakMap<Container, ContainerPlan> | undefined {
  return ctx.memo?.('kubelet-plans', () => new WeakMap<Container, ContainerPlan>());
}

function programTable(ctx: ControllerContext): ProgramTable {
  const create = () => newProgramTable(ctx.runtime);
  return ctx.memo?.('programs', create) ?? create();
}

/**
 * The binary the runtime cannot exec (`command: ["bogus"]`). A program host runs what the image's
 * PATH has; without one, the predicted timeline says (its shell answered 127 at once).
 */
function missingBinary(c: ContainerView, hosted: boolean): string | undefined {
  const bin = [...(c.spec.command ?? []), ...(c.spec.args ?? [])][0] ?? '';
  if (hosted && c.plan.program) {
    const base = bin.slice(bin.lastIndexOf('/') + 1);
    const info = c.plan.pull.ok ? c.plan.pull.info : undefined;
    // The image's own server is on it too (a distroless image's only binary).
    return imageBinaries(info).has(base) || (info && serverProgram(info) === base) ? undefined : bin;
  }
  const t = c.plan.timeline;
  return t.exitAt === 0 && t.exitCode === 127 ? bin : undefined;
}

function planOf(c: Container, cache: WeakMap<Container, ContainerPlan> | undefined): ContainerPlan {
  let plan = cache?.get(c);
  if (!plan) {
    plan = planContainer(c);
    cache?.set(c, plan);
  }
  return plan;
}

interface Due {
  at: number;
  background: boolean;
}

/**
 * Applies every stage that is due, earliest first, and returns when the next one falls due. Stages
 * see the container's record; applying one changes it, so matching starts again after each.
 */
function runStages(view: PodView & { now: number }, ctx: ControllerContext): Due | undefined {
  const now = ctx.clock.now();
  for (let step = 0; step < MAX_STEPS; step++) {
    let best: { stage: Stage; c: ContainerView; at: number } | undefined;
    let next: Due | undefined;
    for (const c of view.containers) {
      for (const stage of STAGES) {
        if (!stage.match(c, view)) continue;
        const at = c.rec.at + stage.delay(c, view);
        if (at <= now) {
          if (!best || at < best.at) best = { stage, c, at };
        } else if (!next || at < next.at) {
          const background = typeof stage.background === 'function' ? stage.background(c, view) : stage.background;
          next = { at, background: background === true };
        }
      }
    }
    if (!best) return next;
    best.stage.apply(best.c, view);
  }
  return { at: now + 1, background: false };
}

function terminate(
  pod: Stored<Pod>,
  key: string,
  rec: PodRecord | undefined,
  mem: KubeletMemory,
  ctx: ControllerContext,
): void {
  const now = ctx.clock.now();
  const record = rec ?? { uid: pod.metadata.uid, c: [] };
  const running = (pod.status?.containerStatuses ?? []).filter((s) => s.state?.running);
  // Sidecars stop after the containers, last started first (kuberuntime killContainersWithSyncResult).
  const sidecarSpecs = (pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always');
  const sidecars = (pod.status?.initContainerStatuses ?? [])
    .filter((s) => s.state?.running && sidecarSpecs.some((c) => c.name === s.name))
    .reverse();
  if (record.killAt === undefined) {
    record.killAt = now;
    mem.pods[key] = record;
    for (const s of running) ctx.events.record(pod, 'Normal', 'Killing', `Stopping container ${s.name}`, KUBELET);
  }
  const grace = (pod.metadata.deletionGracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000;
  const stopOf = (specs: readonly Container[], statuses: readonly { name: string }[]) => {
    let stop = 0;
    for (const s of statuses) {
      const spec = specs.find((c) => c.name === s.name);
      const ms = spec ? planOf(spec, planCache(ctx)).stopMs : undefined;
      stop = Math.max(stop, ms === undefined ? grace : Math.max(MIN_STOP_MS, ms));
    }
    return stop;
  };
  const mainsStopped = record.killAt + Math.min(grace, stopOf(pod.spec?.containers ?? [], running));
  if (sidecars.length > 0 && !record.sidecarsKilled) {
    if (now < mainsStopped) {
      ctx.requeueAfter(key, mainsStopped - now);
      return;
    }
    record.sidecarsKilled = true;
    for (const s of sidecars) ctx.events.record(pod, 'Normal', 'Killing', `Stopping container ${s.name}`, KUBELET);
  }
  const due = Math.min(record.killAt + grace, mainsStopped + stopOf(sidecarSpecs, sidecars));
  if (now < due) {
    ctx.requeueAfter(key, due - now);
    return;
  }
  delete mem.pods[key];
  forgetPod(programTable(ctx), pod.metadata.uid);
  delete ctx.runtime.podCpuMillis[pod.metadata.uid];
  dropAccessLog(ctx.runtime, pod.metadata.uid);
  ctx.api.remove('pods', pod.metadata.namespace, pod.metadata.name);
}

function nodeIP(node: Stored<Node> | undefined): string {
  for (const a of node?.status?.addresses ?? []) if (a.type === 'InternalIP') return a.address;
  return '';
}

/**
 * host-local IPAM: the next free address after the last one handed out, in the node's pod CIDR.
 * The next address is almost always free, so the node's pods are compared with it as strings
 * rather than parsed into a set of numbers.
 */
function allocateIP(node: Stored<Node> | undefined, name: string, mem: KubeletMemory, ctx: ControllerContext): string {
  const cidr = node?.spec?.podCIDR ?? '10.244.0.0/24';
  const prefix = cidr.slice(0, cidr.lastIndexOf('.') + 1);
  const onNode = ctx.store.podsOnNode(name, false) as Stored<Pod>[];
  let last = mem.ipam[name] ?? highestHost(onNode, prefix);
  for (let i = 0; i < 253; i++) {
    last = last >= 254 ? 2 : last + 1;
    if (!inUse(onNode, `${prefix}${last}`)) break;
  }
  mem.ipam[name] = last;
  return `${prefix}${last}`;
}

function inUse(pods: readonly Stored<Pod>[], ip: string): boolean {
  for (const p of pods) if (p.status?.podIP === ip) return true;
  return false;
}

/** The highest host number in use (1 when none): where a kubelet without IPAM memory carries on. */
function highestHost(pods: readonly Stored<Pod>[], prefix: string): number {
  let max = 1;
  for (const p of pods) {
    const ip = p.status?.podIP;
    if (ip?.startsWith(prefix)) max = Math.max(max, Number(ip.slice(prefix.length)));
  }
  return max;
}

/**
 * The student left `kubectl run -it` (or attach) without --rm: a `stdinOnce` container's stdin
 * closes, so its shell reads EOF and exits, and the restart policy decides what follows.
 */
export function closeStdin(
  ctx: Pick<ControllerContext, 'runtime' | 'enqueue'>,
  pod: Stored<Pod>,
  container: string,
): void {
  const key = `${pod.metadata.namespace ?? ''}/${pod.metadata.name}`;
  const rec = kubeletMemory(ctx.runtime).pods[key];
  const specs = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  const i = specs.findIndex((c) => c.name === container);
  const c = rec?.uid === pod.metadata.uid ? rec.c[i] : undefined;
  if (!c || !specs[i]?.stdinOnce) return;
  c.stdinClosed = true;
  ctx.enqueue(KUBELET, key);
}
