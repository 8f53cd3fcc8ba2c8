/**
 * The ReplicaSet controller (pkg/controller/replicaset): keeps `spec.replicas` active pods, adopts
 * matching orphans, releases pods that stopped matching, deletes surplus pods in kube's order and
 * reports replicas/fullyLabeledReplicas/readyReplicas/availableReplicas. The ReplicationController
 * manager is the same controller over core/v1 ReplicationControllers with their map selectors
 * (pkg/controller/replication wraps the ReplicaSet controller), as it is here.
 */
import type { ReplicaSet, ReplicaSetCondition, ReplicaSetStatus } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../errors.js';
import { fromLabelSelector, fromMap, matches, type Selector } from '../../selectors.js';
import type { Stored, WatchEvent } from '../../types.js';
import type { Controller, ControllerContext } from '../controller.js';
import {
  DEFER,
  POD_BATCH_MS,
  controllerRef,
  deletePod,
  isPodActive,
  isPodAvailable,
  isPodReady,
  keyOf,
  omitEmpty,
  ownerRefTo,
  podFromTemplate,
  podPhase,
  readySince,
  splitKey,
  untilAvailable,
  writeStatus,
} from './util.js';

export const REPLICASET_CONTROLLER = 'replicaset-controller';
export const REPLICATION_CONTROLLER = 'replication-controller';
/** burstReplicas: at most this many creations or deletions per sync. */
const BURST = 500;
/** Orphan pods are offered to the ReplicaSets of their namespace under this key prefix. */
const ORPHAN = 'orphan:';

type RS = Stored<ReplicaSet>;
type PodObj = Stored<Pod>;

/** What differs between the two flavours of the controller. */
interface Flavour {
  /** The controller's name (its events' source and its queue). */
  readonly name: string;
  readonly resource: string;
  readonly kind: string;
  selector(owner: RS): Selector | null;
}

function replicaManager(f: Flavour): Controller {
  return {
    name: f.name,
    watches: [f.resource, 'pods'],
    keysFor(event: WatchEvent): readonly string[] {
      if (event.resource === f.resource) return specChanged(event) ? [keyOf(event.object)] : [];
      return podKeys(event, f.kind);
    },
    reconcile(key, ctx) {
      if (key.startsWith(DEFER)) return ctx.requeueAfter(key.slice(1), POD_BATCH_MS);
      if (key.startsWith(ORPHAN)) return offerOrphan(ctx, f, key.slice(ORPHAN.length));
      syncReplicaSet(ctx, f, key);
    },
  };
}

export const replicaSetController = replicaManager({
  name: REPLICASET_CONTROLLER,
  resource: 'replicasets.apps',
  kind: 'ReplicaSet',
  selector: (rs) => fromLabelSelector(rs.spec?.selector),
});

export const replicationControllerManager = replicaManager({
  name: REPLICATION_CONTROLLER,
  resource: 'replicationcontrollers',
  kind: 'ReplicationController',
  // A ReplicationController's selector is a plain map (defaulted from the template's labels).
  selector: (rc) => {
    const map = (rc.spec as { selector?: Record<string, string> } | undefined)?.selector;
    return map ? fromMap(map) : null;
  },
});

/** Whether a change to an owner needs a sync: not our own status writes (which would loop). */
export function specChanged(event: WatchEvent): boolean {
  if (event.type !== 'MODIFIED' || !event.old) return event.type !== 'DELETED';
  const a = event.old.metadata;
  const b = event.object.metadata;
  return (
    a.generation !== b.generation ||
    a.deletionTimestamp !== b.deletionTimestamp ||
    JSON.stringify(a.ownerReferences) !== JSON.stringify(b.ownerReferences)
  );
}

/**
 * Keys for a pod change, for controllers of `kind`: the owner (deferred, so bursts coalesce), the
 * previous owner if it changed, or an orphan offer for a pod without a controller.
 */
export function podKeys(event: WatchEvent, kind: string): string[] {
  const pod = event.object;
  const ns = pod.metadata.namespace ?? 'default';
  const keys: string[] = [];
  const ref = controllerRef(pod);
  const oldRef = controllerRef(event.old);
  // A new pod is synced at once (its owner's key is deduplicated in the queue); updates coalesce.
  if (ref?.kind === kind) keys.push(event.type === 'ADDED' ? `${ns}/${ref.name}` : `${DEFER}${ns}/${ref.name}`);
  if (oldRef?.kind === kind && oldRef.uid !== ref?.uid) keys.push(`${DEFER}${ns}/${oldRef.name}`);
  if (!ref && event.type !== 'DELETED' && isPodActive(pod) && pod.metadata.labels) {
    const labelsChanged =
      event.type === 'ADDED' ||
      JSON.stringify(event.old?.metadata.labels) !== JSON.stringify(pod.metadata.labels) ||
      !!oldRef;
    if (labelsChanged) keys.push(`${ORPHAN}${ns}/${pod.metadata.name}`);
  }
  return keys;
}

/** A pod without a controller joins the first ReplicaSet of its namespace whose selector matches it. */
function offerOrphan(ctx: ControllerContext, f: Flavour, podKey: string): void {
  const [ns, name] = splitKey(podKey);
  const pod = ctx.store.get('pods', ns, name);
  if (!pod || controllerRef(pod) || !isPodActive(pod)) return;
  for (const rs of ctx.store.list(f.resource, ns) as RS[]) {
    if (rs.metadata.deletionTimestamp) continue;
    const selector = f.selector(rs);
    if (!selector || selector.length === 0 || !matches(selector, pod.metadata.labels)) continue;
    adopt(ctx, pod, rs);
    ctx.enqueue(f.name, keyOf(rs));
    return;
  }
}

export function adopt(ctx: ControllerContext, obj: Stored, owner: Stored): Stored {
  const refs = [...(obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid), ownerRefTo(owner)];
  return ctx.api.update({ ...obj, metadata: { ...obj.metadata, ownerReferences: refs } });
}

export function release(ctx: ControllerContext, obj: Stored, owner: Stored): Stored {
  const refs = (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid);
  const metadata = { ...obj.metadata, ownerReferences: refs };
  if (refs.length === 0) delete (metadata as { ownerReferences?: unknown }).ownerReferences;
  return ctx.api.update({ ...obj, metadata });
}

/**
 * The pods a controller owns, after adoption and release (ClaimPods): owned pods that no longer
 * match are released; with `scanOrphans`, matching orphans of the namespace are adopted.
 */
export function claimPods(
  ctx: ControllerContext,
  owner: Stored,
  selector: Selector | null,
  scanOrphans: boolean,
): PodObj[] {
  const out: PodObj[] = [];
  const released: Stored[] = [];
  const uid = owner.metadata.uid;
  // Unsorted: callers count these or sort them by their own total order.
  for (const dep of ctx.store.dependents(uid, false)) {
    if (dep.kind !== 'Pod' || controllerRef(dep)?.uid !== uid) continue;
    if (selector && matches(selector, dep.metadata.labels)) out.push(dep as PodObj);
    else if (!dep.metadata.deletionTimestamp && !owner.metadata.deletionTimestamp) released.push(dep);
  }
  released.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
  for (const dep of released) release(ctx, dep, owner);
  if (scanOrphans && selector && selector.length > 0 && !owner.metadata.deletionTimestamp) {
    for (const pod of ctx.store.list('pods', owner.metadata.namespace)) {
      if (controllerRef(pod) || !isPodActive(pod) || !matches(selector, pod.metadata.labels)) continue;
      out.push(adopt(ctx, pod, owner) as PodObj);
    }
  }
  return out;
}

function syncReplicaSet(ctx: ControllerContext, f: Flavour, key: string): void {
  const [ns, name] = splitKey(key);
  const rs = ctx.store.get(f.resource, ns, name) as RS | undefined;
  if (!rs) return;
  const selector = f.selector(rs);
  const fresh = rs.status?.observedGeneration !== rs.metadata.generation;
  const active = claimPods(ctx, rs, selector, fresh).filter(isPodActive);
  let failure: string | undefined;
  if (!rs.metadata.deletionTimestamp) failure = manageReplicas(ctx, f.name, rs, active);
  const current = (ctx.store.get(f.resource, ns, name) as RS | undefined) ?? rs;
  writeStatus(ctx, current, replicaSetStatus(ctx, current, active, failure));
}

/** Creates or deletes pods towards spec.replicas; returns a creation failure message if any. */
function manageReplicas(ctx: ControllerContext, source: string, rs: RS, active: PodObj[]): string | undefined {
  const want = rs.spec?.replicas ?? 1;
  const diff = active.length - want;
  if (diff < 0) {
    const n = Math.min(-diff, BURST);
    for (let i = 0; i < n; i++) {
      try {
        const pod = ctx.api.create(podFromTemplate(rs.spec?.template, rs), { derived: true });
        ctx.events.record(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, source);
      } catch (err) {
        if (!isStatusError(err)) throw err;
        ctx.events.record(rs, 'Warning', 'FailedCreate', `Error creating: ${err.message}`, source);
        ctx.requeueAfter(keyOf(rs), 10_000, true);
        return err.message;
      }
    }
    if (-diff > BURST) ctx.enqueue(source, keyOf(rs));
  } else if (diff > 0) {
    const victims = podsToDelete(active, Math.min(diff, BURST));
    for (const pod of victims) {
      deletePod(ctx, pod);
      ctx.events.record(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, source);
    }
    if (diff > BURST) ctx.enqueue(source, keyOf(rs));
  }
  return undefined;
}

/** The pods kube deletes first when scaling down (controller.ActivePodsWithRanks ordering). */
export function podsToDelete(pods: PodObj[], n: number): PodObj[] {
  if (n >= pods.length) return pods;
  const perNode = new Map<string, number>();
  for (const p of pods) {
    const node = p.spec?.nodeName;
    if (node) perNode.set(node, (perNode.get(node) ?? 0) + 1);
  }
  const phaseRank = (p: PodObj) => ({ Pending: 0, Unknown: 1, Running: 2 })[podPhase(p)] ?? 3;
  const restarts = (p: PodObj) => Math.max(0, ...(p.status?.containerStatuses ?? []).map((c) => c.restartCount));
  const sorted = [...pods].sort((a, b) => {
    const an = a.spec?.nodeName ? 1 : 0;
    const bn = b.spec?.nodeName ? 1 : 0;
    if (an !== bn) return an - bn;
    if (phaseRank(a) !== phaseRank(b)) return phaseRank(a) - phaseRank(b);
    const ar = isPodReady(a) ? 1 : 0;
    const br = isPodReady(b) ? 1 : 0;
    if (ar !== br) return ar - br;
    const rankA = perNode.get(a.spec?.nodeName ?? '') ?? 0;
    const rankB = perNode.get(b.spec?.nodeName ?? '') ?? 0;
    if (rankA !== rankB) return rankB - rankA;
    if (ar && br) {
      const ta = readySince(a) ?? 0;
      const tb = readySince(b) ?? 0;
      if (ta !== tb) return tb - ta;
    }
    if (restarts(a) !== restarts(b)) return restarts(b) - restarts(a);
    const ca = Date.parse(a.metadata.creationTimestamp);
    const cb = Date.parse(b.metadata.creationTimestamp);
    if (ca !== cb) return cb - ca;
    return a.metadata.name < b.metadata.name ? 1 : -1;
  });
  return sorted.slice(0, n);
}

function replicaSetStatus(
  ctx: ControllerContext,
  rs: RS,
  active: PodObj[],
  failure: string | undefined,
): ReplicaSetStatus {
  const templateLabels = rs.spec?.template?.metadata?.labels ?? {};
  const labelSelector = Object.entries(templateLabels).map(([k, v]) => ({ key: k, op: 'in' as const, values: [v] }));
  const minReady = rs.spec?.minReadySeconds ?? 0;
  const now = ctx.clock.now();
  let fullyLabeled = 0;
  let ready = 0;
  let available = 0;
  let nextAvailable: number | undefined;
  for (const pod of active) {
    if (matches(labelSelector, pod.metadata.labels)) fullyLabeled++;
    if (!isPodReady(pod)) continue;
    ready++;
    if (isPodAvailable(pod, minReady, now)) available++;
    else {
      const wait = untilAvailable(pod, minReady, now);
      if (wait !== undefined) nextAvailable = Math.min(nextAvailable ?? wait, wait);
    }
  }
  if (nextAvailable !== undefined) ctx.requeueAfter(keyOf(rs), nextAvailable);
  let conditions: ReplicaSetCondition[] = (rs.status?.conditions ?? []).filter((c) => c.type !== 'ReplicaFailure');
  const previous = rs.status?.conditions?.find((c) => c.type === 'ReplicaFailure');
  if (failure) {
    conditions = [
      ...conditions,
      previous?.message === failure
        ? previous
        : {
            type: 'ReplicaFailure',
            status: 'True',
            reason: 'FailedCreate',
            message: failure,
            lastTransitionTime: ctx.clock.timestamp(),
          },
    ];
  } else if (previous && active.length < (rs.spec?.replicas ?? 1)) {
    conditions = [...conditions, previous];
  }
  return omitEmpty({
    replicas: active.length,
    fullyLabeledReplicas: fullyLabeled,
    readyReplicas: ready,
    availableReplicas: available,
    observedGeneration: rs.metadata.generation,
    conditions,
  }) as ReplicaSetStatus;
}
