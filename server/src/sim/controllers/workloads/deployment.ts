/**
 * The Deployment controller (pkg/controller/deployment): one ReplicaSet per pod template
 * (`<name>-<pod-template-hash>`), rolling update within maxSurge/maxUnavailable, Recreate,
 * proportional scaling, pause, revision history clean-up, progress deadline and the real conditions.
 */
import { klona } from 'klona/json';
import type { DeploymentStatus, ReplicaSet } from 'kubernetes-types/apps/v1';
import { isStatusError } from '../../errors.js';
import { fromLabelSelector, matches } from '../../selectors.js';
import type { Stored, WatchEvent } from '../../types.js';
import type { Controller, ControllerContext } from '../controller.js';
import { templateHash } from '../hash.js';
import {
  DESIRED_REPLICAS,
  HASH_LABEL,
  MAX_REPLICAS,
  REVISION,
  byCreation,
  deploymentComplete,
  getCondition,
  hasProgressDeadline,
  isRollingUpdate,
  maxSurge,
  maxUnavailable,
  newCondition,
  removeCondition,
  replicasOf,
  revisionOf,
  setCondition,
  setNewReplicaSetAnnotations,
  setReplicasAnnotations,
  sumReplicas,
  sumStatus,
  templateIdentity,
  type Dep,
  type RS,
} from './deploymentUtil.js';
import { adopt, release } from './replicaset.js';
import { controllerRef, isPodActive, keyOf, omitEmpty, ownerRefTo, podPhase, splitKey, writeStatus } from './util.js';

export const DEPLOYMENT_CONTROLLER = 'deployment-controller';
const RESOURCE = 'deployments.apps';
const RS_RESOURCE = 'replicasets.apps';
const RS_ORPHAN = 'rsorphan:';
const POD_GONE = 'podgone:';

export const deploymentController: Controller = {
  name: DEPLOYMENT_CONTROLLER,
  watches: [RESOURCE, RS_RESOURCE, 'pods'],
  keysFor(event: WatchEvent): readonly string[] {
    const ns = event.object.metadata.namespace ?? 'default';
    if (event.resource === RESOURCE) return [keyOf(event.object)];
    if (event.resource === RS_RESOURCE) {
      const ref = controllerRef(event.object);
      const oldRef = controllerRef(event.old);
      const keys: string[] = [];
      if (ref?.kind === 'Deployment') keys.push(`${ns}/${ref.name}`);
      if (oldRef?.kind === 'Deployment' && oldRef.uid !== ref?.uid) keys.push(`${ns}/${oldRef.name}`);
      if (!ref && event.type !== 'DELETED') keys.push(`${RS_ORPHAN}${ns}/${event.object.metadata.name}`);
      return keys;
    }
    // Recreate waits for old pods to be gone.
    const ref = controllerRef(event.object);
    if (ref?.kind !== 'ReplicaSet') return [];
    const finished = event.type === 'DELETED' || (!isPodActive(event.object) && !!event.old && isPodActive(event.old));
    return finished ? [`${POD_GONE}${ns}/${ref.name}`] : [];
  },
  reconcile(key, ctx) {
    if (key.startsWith(RS_ORPHAN)) return offerReplicaSet(ctx, key.slice(RS_ORPHAN.length));
    if (key.startsWith(POD_GONE)) return podGone(ctx, key.slice(POD_GONE.length));
    syncDeployment(ctx, key);
  },
};

function offerReplicaSet(ctx: ControllerContext, rsKey: string): void {
  const [ns, name] = splitKey(rsKey);
  const rs = ctx.store.get(RS_RESOURCE, ns, name);
  if (!rs || controllerRef(rs) || rs.metadata.deletionTimestamp) return;
  for (const d of ctx.store.list(RESOURCE, ns) as Dep[]) {
    const selector = fromLabelSelector(d.spec?.selector);
    if (!d.metadata.deletionTimestamp && selector && selector.length > 0 && matches(selector, rs.metadata.labels)) {
      ctx.enqueue(DEPLOYMENT_CONTROLLER, keyOf(d));
      return;
    }
  }
}

function podGone(ctx: ControllerContext, rsKey: string): void {
  const [ns, name] = splitKey(rsKey);
  const ref = controllerRef(ctx.store.get(RS_RESOURCE, ns, name));
  if (ref?.kind !== 'Deployment') return;
  const d = ctx.store.get(RESOURCE, ns, ref.name) as Dep | undefined;
  if (d && !isRollingUpdate(d)) ctx.enqueue(DEPLOYMENT_CONTROLLER, keyOf(d));
}

/** One sync of a Deployment; `d` is refreshed after every write to it. */
class Sync {
  constructor(
    readonly ctx: ControllerContext,
    public d: Dep,
  ) {}

  get now(): string {
    return this.ctx.clock.timestamp();
  }

  event(reason: string, message: string, type: 'Normal' | 'Warning' = 'Normal'): void {
    this.ctx.events.record(this.d, type, reason, message, DEPLOYMENT_CONTROLLER);
  }

  updateStatus(status: DeploymentStatus): void {
    this.d = writeStatus(this.ctx, this.d, omitEmpty(status));
  }

  setRevision(revision: string): void {
    if (this.d.metadata.annotations?.[REVISION] === revision) return;
    const annotations = { ...this.d.metadata.annotations, [REVISION]: revision };
    this.d = this.ctx.api.update({ ...this.d, metadata: { ...this.d.metadata, annotations } }) as Dep;
  }

  /** getReplicaSetsForDeployment: owned ReplicaSets after adoption and release. */
  replicaSets(): RS[] {
    const uid = this.d.metadata.uid;
    const selector = fromLabelSelector(this.d.spec?.selector);
    const out: RS[] = [];
    for (const rs of this.ctx.store.list(RS_RESOURCE, this.d.metadata.namespace) as RS[]) {
      const ref = controllerRef(rs);
      const matching = !!selector && selector.length > 0 && matches(selector, rs.metadata.labels);
      if (ref?.uid === uid) {
        if (matching || this.d.metadata.deletionTimestamp) out.push(rs);
        else release(this.ctx, rs, this.d);
      } else if (!ref && matching && !rs.metadata.deletionTimestamp && !this.d.metadata.deletionTimestamp) {
        out.push(adopt(this.ctx, rs, this.d) as RS);
      }
    }
    return out;
  }

  findNew(list: RS[]): RS | undefined {
    const want = templateIdentity(this.d.spec?.template);
    return [...list].sort(byCreation).find((rs) => templateIdentity(rs.spec?.template) === want);
  }

  /** getAllReplicaSetsAndSyncRevision. */
  allReplicaSets(list: RS[], create: boolean): { newRS: RS | undefined; oldRSs: RS[] } {
    const existing = this.findNew(list);
    const oldRSs = list.filter((rs) => rs !== existing);
    const newRS = this.newReplicaSet(existing, oldRSs, create);
    return { newRS, oldRSs };
  }

  newReplicaSet(existing: RS | undefined, oldRSs: RS[], create: boolean): RS | undefined {
    const maxOld = Math.max(0, ...oldRSs.map(revisionOf));
    const newRevision = maxOld + 1;
    if (existing) {
      const annotations = { ...existing.metadata.annotations };
      const changed = setNewReplicaSetAnnotations(this.d, annotations, newRevision, true);
      const minReady = this.d.spec?.minReadySeconds;
      if (changed || existing.spec?.minReadySeconds !== minReady) {
        const spec = { ...existing.spec } as NonNullable<ReplicaSet['spec']>;
        if (minReady === undefined) delete spec.minReadySeconds;
        else spec.minReadySeconds = minReady;
        return this.ctx.api.update({ ...existing, metadata: { ...existing.metadata, annotations }, spec }) as RS;
      }
      this.setRevision(existing.metadata.annotations?.[REVISION] ?? String(newRevision));
      if (hasProgressDeadline(this.d) && !getCondition(this.d.status, 'Progressing')) {
        const status = klona(this.d.status ?? {});
        setCondition(
          status,
          newCondition(
            'Progressing',
            'True',
            'FoundNewReplicaSet',
            `Found new replica set "${existing.metadata.name}"`,
            this.now,
          ),
        );
        this.updateStatus(status);
      }
      return existing;
    }
    if (!create) return undefined;
    const template = klona(this.d.spec?.template ?? {});
    const hash = templateHash(this.d.spec?.template, this.d.status?.collisionCount ?? 0);
    const labels = { ...template.metadata?.labels, [HASH_LABEL]: hash };
    template.metadata = { ...template.metadata, labels };
    const selector = klona(this.d.spec?.selector ?? {});
    selector.matchLabels = { ...selector.matchLabels, [HASH_LABEL]: hash };
    const name = `${this.d.metadata.name}-${hash}`;
    const draft: Stored<ReplicaSet> = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name,
        namespace: this.d.metadata.namespace ?? 'default',
        labels,
        ownerReferences: [ownerRefTo(this.d)],
      } as unknown as Stored['metadata'],
      spec: {
        replicas: 0,
        ...(this.d.spec?.minReadySeconds !== undefined ? { minReadySeconds: this.d.spec.minReadySeconds } : {}),
        selector,
        template,
      },
    };
    const replicas = this.newReplicas([...oldRSs, draft], draft);
    (draft.spec as { replicas: number }).replicas = replicas;
    const annotations: Record<string, string> = {};
    setNewReplicaSetAnnotations(this.d, annotations, newRevision, false);
    draft.metadata.annotations = annotations;
    let created: RS;
    try {
      created = this.ctx.api.create(draft) as RS;
    } catch (err) {
      if (!isStatusError(err)) throw err;
      if (err.reason === 'AlreadyExists') {
        const other = this.ctx.store.get(RS_RESOURCE, this.d.metadata.namespace, name) as RS | undefined;
        if (
          other &&
          controllerRef(other)?.uid === this.d.metadata.uid &&
          templateIdentity(other.spec?.template) === templateIdentity(this.d.spec?.template)
        ) {
          return other;
        }
        const status = klona(this.d.status ?? {});
        status.collisionCount = (status.collisionCount ?? 0) + 1;
        this.updateStatus(status);
        this.ctx.enqueue(DEPLOYMENT_CONTROLLER, keyOf(this.d));
        return undefined;
      }
      const msg = `Failed to create new replica set "${name}": ${err.message}`;
      if (hasProgressDeadline(this.d)) {
        const status = klona(this.d.status ?? {});
        setCondition(status, newCondition('Progressing', 'False', 'ReplicaSetCreateError', msg, this.now));
        this.updateStatus(status);
      }
      this.event('ReplicaSetCreateError', msg, 'Warning');
      throw err;
    }
    if (replicas > 0) this.event('ScalingReplicaSet', `Scaled up replica set ${name} from 0 to ${replicas}`);
    this.setRevision(String(newRevision));
    if (hasProgressDeadline(this.d)) {
      const status = klona(this.d.status ?? {});
      setCondition(
        status,
        newCondition('Progressing', 'True', 'NewReplicaSetCreated', `Created new replica set "${name}"`, this.now),
      );
      this.updateStatus(status);
    }
    return created;
  }

  /** NewRSNewReplicas. */
  newReplicas(all: RS[], newRS: RS): number {
    const want = replicasOf(this.d);
    const current = newRS.spec?.replicas ?? 0;
    if (!isRollingUpdate(this.d)) return want;
    const maxTotal = want + maxSurge(this.d);
    const total = sumReplicas(all);
    if (total >= maxTotal) return current;
    return current + Math.min(maxTotal - total, want - current);
  }

  /** scaleReplicaSetAndRecordEvent; returns the stored ReplicaSet and whether its size changed. */
  scale(rs: RS, newScale: number): { rs: RS; scaled: boolean } {
    const old = rs.spec?.replicas ?? 0;
    const annotations = { ...rs.metadata.annotations };
    const annotationsChanged = setReplicasAnnotations(
      annotations,
      replicasOf(this.d),
      replicasOf(this.d) + maxSurge(this.d),
    );
    if (old === newScale && !annotationsChanged) return { rs, scaled: false };
    const next = this.ctx.api.update({
      ...rs,
      metadata: { ...rs.metadata, annotations },
      spec: { ...rs.spec, replicas: newScale },
    }) as RS;
    if (old !== newScale) {
      this.event(
        'ScalingReplicaSet',
        `Scaled ${old < newScale ? 'up' : 'down'} replica set ${rs.metadata.name} from ${old} to ${newScale}`,
      );
    }
    return { rs: next, scaled: old !== newScale };
  }

  /** The `sync` path: scaling events and paused deployments. */
  syncScale(list: RS[]): void {
    const { newRS, oldRSs } = this.allReplicaSets(list, false);
    const rss = this.proportionalScale(newRS, oldRSs);
    if (this.d.spec?.paused) this.cleanup(rss.oldRSs);
    this.syncStatus([...rss.oldRSs, ...(rss.newRS ? [rss.newRS] : [])], rss.newRS);
  }

  proportionalScale(newRS: RS | undefined, oldRSs: RS[]): { newRS: RS | undefined; oldRSs: RS[] } {
    const want = replicasOf(this.d);
    const all = [...oldRSs, ...(newRS ? [newRS] : [])];
    const replace = (rs: RS) => {
      const i = all.findIndex((x) => x.metadata.uid === rs.metadata.uid);
      if (i >= 0) all[i] = rs;
    };
    const result = () => ({
      newRS: newRS ? all.find((x) => x.metadata.uid === newRS.metadata.uid) : undefined,
      oldRSs: all.filter((x) => x.metadata.uid !== newRS?.metadata.uid),
    });
    const sortedOld = [...oldRSs].sort(byCreation);
    const active = [...sortedOld, ...(newRS ? [newRS] : [])].filter((rs) => (rs.spec?.replicas ?? 0) > 0);
    let activeOrLatest: RS | undefined;
    if (active.length === 0) activeOrLatest = newRS ?? sortedOld[sortedOld.length - 1];
    else if (active.length === 1) activeOrLatest = active[0];
    if (activeOrLatest) {
      if ((activeOrLatest.spec?.replicas ?? 0) !== want) replace(this.scale(activeOrLatest, want).rs);
      return result();
    }
    if (newRS && isSaturated(this.d, newRS)) {
      for (const rs of oldRSs) if ((rs.spec?.replicas ?? 0) > 0) replace(this.scale(rs, 0).rs);
      return result();
    }
    if (!isRollingUpdate(this.d)) return result();
    const allowed = want > 0 ? want + maxSurge(this.d) : 0;
    const toAdd = allowed - sumReplicas(active);
    const sorted = [...active].sort((a, b) => {
      const diff = (b.spec?.replicas ?? 0) - (a.spec?.replicas ?? 0);
      if (diff !== 0) return diff;
      return toAdd > 0 ? -byCreation(a, b) : byCreation(a, b);
    });
    const sizes = new Map<string, number>();
    let added = 0;
    for (const rs of sorted) {
      const current = rs.spec?.replicas ?? 0;
      if (toAdd !== 0) {
        const p = this.proportion(rs, toAdd, added);
        sizes.set(rs.metadata.uid, current + p);
        added += p;
      } else sizes.set(rs.metadata.uid, current);
    }
    const first = sorted[0];
    if (first && added !== toAdd)
      sizes.set(first.metadata.uid, Math.max(0, (sizes.get(first.metadata.uid) ?? 0) + toAdd - added));
    for (const rs of sorted) replace(this.scale(rs, sizes.get(rs.metadata.uid) ?? 0).rs);
    return result();
  }

  proportion(rs: RS, toAdd: number, added: number): number {
    const replicas = rs.spec?.replicas ?? 0;
    if (replicas === 0 || toAdd === 0 || toAdd === added) return 0;
    let fraction: number;
    const want = replicasOf(this.d);
    if (want === 0) fraction = -replicas;
    else {
      const deploymentReplicas = want + maxSurge(this.d);
      const annotated = Number(rs.metadata.annotations?.[MAX_REPLICAS] ?? NaN);
      const base = Number.isFinite(annotated) ? annotated : (this.d.status?.replicas ?? 0);
      fraction = Math.round((replicas * deploymentReplicas) / base) - replicas;
    }
    const allowed = toAdd - added;
    return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
  }

  isScalingEvent(list: RS[]): boolean {
    const { newRS, oldRSs } = this.allReplicaSets(list, false);
    for (const rs of [...oldRSs, ...(newRS ? [newRS] : [])]) {
      if ((rs.spec?.replicas ?? 0) <= 0) continue;
      const desired = rs.metadata.annotations?.[DESIRED_REPLICAS];
      if (desired !== undefined && Number(desired) !== replicasOf(this.d)) return true;
    }
    return false;
  }

  rolloutRolling(list: RS[]): void {
    const { newRS: created, oldRSs } = this.allReplicaSets(list, true);
    let newRS = created;
    const all = () => [...oldRSs, ...(newRS ? [newRS] : [])];
    if (newRS) {
      const r = this.reconcileNew(all(), newRS);
      newRS = r.rs;
      if (r.scaled) return this.syncRolloutStatus(all(), newRS);
    }
    if (this.reconcileOld(all(), oldRSs, newRS)) return this.syncRolloutStatus(all(), newRS);
    if (deploymentComplete(this.d, this.d.status ?? {})) this.cleanup(oldRSs);
    this.syncRolloutStatus(all(), newRS);
  }

  reconcileNew(all: RS[], newRS: RS): { rs: RS; scaled: boolean } {
    const want = replicasOf(this.d);
    const current = newRS.spec?.replicas ?? 0;
    if (current === want) return { rs: newRS, scaled: false };
    if (current > want) return this.scale(newRS, want);
    return this.scale(newRS, this.newReplicas(all, newRS));
  }

  /** reconcileOldReplicaSets; mutates `oldRSs` in place with the stored versions. */
  reconcileOld(all: RS[], oldRSs: RS[], newRS: RS | undefined): boolean {
    const oldCount = sumReplicas(oldRSs);
    if (oldCount === 0) return false;
    const minAvailable = replicasOf(this.d) - maxUnavailable(this.d);
    const newUnavailable = (newRS?.spec?.replicas ?? 0) - (newRS?.status?.availableReplicas ?? 0);
    const maxScaledDown = sumReplicas(all) - minAvailable - newUnavailable;
    if (maxScaledDown <= 0) return false;
    const put = (rs: RS) => {
      const i = oldRSs.findIndex((x) => x.metadata.uid === rs.metadata.uid);
      if (i >= 0) oldRSs[i] = rs;
    };
    // cleanupUnhealthyReplicas: unavailable old pods go first.
    let cleaned = 0;
    for (const rs of [...oldRSs].sort(byCreation)) {
      if (cleaned >= maxScaledDown) break;
      const replicas = rs.spec?.replicas ?? 0;
      const available = rs.status?.availableReplicas ?? 0;
      if (replicas === 0 || replicas === available) continue;
      const n = Math.min(maxScaledDown - cleaned, replicas - available);
      put(this.scale(rs, replicas - n).rs);
      cleaned += n;
    }
    // scaleDownOldReplicaSetsForRollingUpdate.
    const availableAll = sumStatus([...oldRSs, newRS], 'availableReplicas');
    let scaledDown = 0;
    if (availableAll > minAvailable) {
      const total = availableAll - minAvailable;
      for (const rs of [...oldRSs].sort(byCreation)) {
        if (scaledDown >= total) break;
        const replicas = rs.spec?.replicas ?? 0;
        if (replicas === 0) continue;
        const n = Math.min(replicas, total - scaledDown);
        put(this.scale(rs, replicas - n).rs);
        scaledDown += n;
      }
    }
    return cleaned + scaledDown > 0;
  }

  rolloutRecreate(list: RS[]): void {
    let { newRS, oldRSs } = this.allReplicaSets(list, false);
    const all = () => [...oldRSs, ...(newRS ? [newRS] : [])];
    let scaledDown = false;
    oldRSs = oldRSs.map((rs) => {
      if ((rs.spec?.replicas ?? 0) === 0) return rs;
      const r = this.scale(rs, 0);
      scaledDown ||= r.scaled;
      return r.rs;
    });
    if (scaledDown) return this.syncRolloutStatus(all(), newRS);
    if (this.oldPodsRunning(oldRSs)) return this.syncRolloutStatus(all(), newRS);
    if (!newRS) ({ newRS, oldRSs } = this.allReplicaSets(this.replicaSets(), true));
    if (newRS && (newRS.spec?.replicas ?? 0) !== replicasOf(this.d)) {
      const r = this.scale(newRS, replicasOf(this.d));
      newRS = r.rs;
      if (r.scaled) return this.syncRolloutStatus(all(), newRS);
    }
    if (deploymentComplete(this.d, this.d.status ?? {})) this.cleanup(oldRSs);
    this.syncRolloutStatus(all(), newRS);
  }

  oldPodsRunning(oldRSs: RS[]): boolean {
    if (sumStatus(oldRSs, 'replicas') > 0) return true;
    for (const rs of oldRSs) {
      for (const pod of this.ctx.store.dependents(rs.metadata.uid)) {
        if (pod.kind !== 'Pod') continue;
        const phase = podPhase(pod);
        if (phase !== 'Failed' && phase !== 'Succeeded') return true;
      }
    }
    return false;
  }

  /** cleanupDeployment: old ReplicaSets beyond revisionHistoryLimit, oldest revision first. */
  cleanup(oldRSs: RS[]): void {
    const limit = this.d.spec?.revisionHistoryLimit;
    if (limit === undefined) return;
    const alive = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
    const diff = alive.length - limit;
    if (diff <= 0) return;
    const sorted = [...alive].sort((a, b) => revisionOf(a) - revisionOf(b) || byCreation(a, b));
    for (const rs of sorted.slice(0, diff)) {
      if ((rs.status?.replicas ?? 0) !== 0 || (rs.spec?.replicas ?? 0) !== 0) continue;
      if ((rs.metadata.generation ?? 0) > (rs.status?.observedGeneration ?? 0)) continue;
      this.ctx.api.delete(RS_RESOURCE, rs.metadata.namespace, rs.metadata.name);
    }
  }

  calculateStatus(all: RS[], newRS: RS | undefined): DeploymentStatus {
    const available = sumStatus(all, 'availableReplicas');
    const total = sumReplicas(all);
    const status: DeploymentStatus = {
      observedGeneration: this.d.metadata.generation ?? 0,
      replicas: sumStatus(all, 'replicas'),
      updatedReplicas: sumStatus(newRS ? [newRS] : [], 'replicas'),
      readyReplicas: sumStatus(all, 'readyReplicas'),
      availableReplicas: available,
      unavailableReplicas: Math.max(0, total - available),
      ...(this.d.status?.collisionCount !== undefined ? { collisionCount: this.d.status.collisionCount } : {}),
      conditions: [...(this.d.status?.conditions ?? [])],
    };
    if (available >= replicasOf(this.d) - maxUnavailable(this.d)) {
      setCondition(
        status,
        newCondition('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.', this.now),
      );
    } else {
      setCondition(
        status,
        newCondition(
          'Available',
          'False',
          'MinimumReplicasUnavailable',
          'Deployment does not have minimum availability.',
          this.now,
        ),
      );
    }
    return status;
  }

  syncStatus(all: RS[], newRS: RS | undefined): void {
    this.updateStatus(this.calculateStatus(all, newRS));
  }

  syncRolloutStatus(all: RS[], newRS: RS | undefined): void {
    const status = this.calculateStatus(all, newRS);
    if (!hasProgressDeadline(this.d)) removeCondition(status, 'Progressing');
    const current = getCondition(this.d.status, 'Progressing');
    const complete = status.replicas === status.updatedReplicas && current?.reason === 'NewReplicaSetAvailable';
    if (hasProgressDeadline(this.d) && !complete) {
      const rsName = newRS?.metadata.name;
      if (deploymentComplete(this.d, status)) {
        const msg = rsName
          ? `ReplicaSet "${rsName}" has successfully progressed.`
          : 'Deployment has successfully progressed.';
        setCondition(status, newCondition('Progressing', 'True', 'NewReplicaSetAvailable', msg, this.now));
      } else if (this.progressing(status)) {
        const msg = rsName ? `ReplicaSet "${rsName}" is progressing.` : 'Deployment is progressing.';
        const cond = newCondition('Progressing', 'True', 'ReplicaSetUpdated', msg, this.now);
        if (current?.status === 'True' && current.lastTransitionTime)
          cond.lastTransitionTime = current.lastTransitionTime;
        removeCondition(status, 'Progressing');
        setCondition(status, cond);
      } else if (this.timedOut(status)) {
        const msg = rsName
          ? `ReplicaSet "${rsName}" has timed out progressing.`
          : `Deployment "${this.d.metadata.name}" has timed out progressing.`;
        setCondition(status, newCondition('Progressing', 'False', 'ProgressDeadlineExceeded', msg, this.now));
      }
    }
    const failure = all
      .flatMap((rs) => rs.status?.conditions ?? [])
      .find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
    if (failure) {
      setCondition(status, {
        type: 'ReplicaFailure',
        status: 'True',
        reason: failure.reason ?? 'FailedCreate',
        message: failure.message ?? '',
        lastUpdateTime: this.now,
        lastTransitionTime: this.now,
      });
    } else removeCondition(status, 'ReplicaFailure');
    this.updateStatus(status);
    this.requeueStuck(status);
  }

  progressing(status: DeploymentStatus): boolean {
    const old = this.d.status ?? {};
    const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
    const newOld = (status.replicas ?? 0) - (status.updatedReplicas ?? 0);
    return (
      (status.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) ||
      newOld < oldOld ||
      (status.readyReplicas ?? 0) > (old.readyReplicas ?? 0) ||
      (status.availableReplicas ?? 0) > (old.availableReplicas ?? 0)
    );
  }

  timedOut(status: DeploymentStatus): boolean {
    const cond = getCondition(status, 'Progressing');
    if (!cond) return false;
    if (cond.reason === 'NewReplicaSetAvailable') return false;
    if (cond.reason === 'ProgressDeadlineExceeded') return true;
    const from = Date.parse(cond.lastUpdateTime ?? '');
    return from + (this.d.spec?.progressDeadlineSeconds ?? 600) * 1000 < this.ctx.clock.now();
  }

  /** requeueStuckDeployment: wake up when the progress deadline would pass. */
  requeueStuck(status: DeploymentStatus): void {
    const cond = getCondition(status, 'Progressing');
    if (
      !cond ||
      !hasProgressDeadline(this.d) ||
      deploymentComplete(this.d, status) ||
      cond.reason === 'ProgressDeadlineExceeded'
    )
      return;
    if (this.d.spec?.paused) return;
    const at = Date.parse(cond.lastUpdateTime ?? '') + (this.d.spec?.progressDeadlineSeconds ?? 600) * 1000 + 1000;
    this.ctx.requeueAfter(keyOf(this.d), Math.max(0, at - this.ctx.clock.now()), true);
  }

  checkPausedConditions(): void {
    if (!hasProgressDeadline(this.d)) return;
    const cond = getCondition(this.d.status, 'Progressing');
    if (cond?.reason === 'ProgressDeadlineExceeded') return;
    const pausedExists = cond?.reason === 'DeploymentPaused';
    const paused = this.d.spec?.paused === true;
    if (paused === pausedExists) return;
    const status = klona(this.d.status ?? {});
    setCondition(
      status,
      paused
        ? newCondition('Progressing', 'Unknown', 'DeploymentPaused', 'Deployment is paused', this.now)
        : newCondition('Progressing', 'Unknown', 'DeploymentResumed', 'Deployment is resumed', this.now),
    );
    this.updateStatus(status);
  }
}

function isSaturated(d: Dep, rs: RS): boolean {
  const want = replicasOf(d);
  return (
    (rs.spec?.replicas ?? 0) === want &&
    Number(rs.metadata.annotations?.[DESIRED_REPLICAS]) === want &&
    (rs.status?.availableReplicas ?? 0) === want
  );
}

function syncDeployment(ctx: ControllerContext, key: string): void {
  const [ns, name] = splitKey(key);
  const d = ctx.store.get(RESOURCE, ns, name) as Dep | undefined;
  if (!d) return;
  const s = new Sync(ctx, d);
  const list = s.replicaSets();
  if (d.metadata.deletionTimestamp) {
    const { newRS, oldRSs } = s.allReplicaSets(list, false);
    return s.syncStatus([...oldRSs, ...(newRS ? [newRS] : [])], newRS);
  }
  s.checkPausedConditions();
  if (s.d.spec?.paused) return s.syncScale(list);
  if (s.isScalingEvent(list)) return s.syncScale(s.replicaSets());
  if (isRollingUpdate(s.d)) s.rolloutRolling(s.replicaSets());
  else s.rolloutRecreate(s.replicaSets());
}
