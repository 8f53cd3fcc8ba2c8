/**
 * The pieces of k8s.io/kubernetes pkg/controller/deployment/util that the controller and
 * `kubectl rollout` share: revisions, annotations, fenceposts, conditions and template equality.
 */
import type { Deployment, DeploymentCondition, DeploymentStatus, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { Stored } from '../../types.js';
import { stableStringify } from '../hash.js';
import { scaledValue } from './util.js';

export type Dep = Stored<Deployment>;
export type RS = Stored<ReplicaSet>;

export const REVISION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS = 'deployment.kubernetes.io/max-replicas';
export const CHANGE_CAUSE = 'kubernetes.io/change-cause';
export const HASH_LABEL = 'pod-template-hash';
const MAX_REV_HISTORY_CHARS = 2000;

/** Annotations a Deployment does not pass on to its ReplicaSets (skipCopyAnnotation). */
export const SKIPPED_ANNOTATIONS = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION,
  REVISION_HISTORY,
  DESIRED_REPLICAS,
  MAX_REPLICAS,
  'deprecated.deployment.rollback.to',
]);

export const replicasOf = (o: { spec?: { replicas?: number } }) => o.spec?.replicas ?? 1;

export function revisionOf(rs: Stored): number {
  const v = Number(rs.metadata.annotations?.[REVISION] ?? '0');
  return Number.isFinite(v) ? v : 0;
}

/** A template without its pod-template-hash label, for EqualIgnoreHash. */
export function templateIdentity(t: PodTemplateSpec | undefined): string {
  const labels = { ...t?.metadata?.labels };
  delete labels[HASH_LABEL];
  return stableStringify({ ...t, metadata: { ...t?.metadata, labels } });
}

export function isRollingUpdate(d: Dep): boolean {
  return (d.spec?.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate';
}

/** ResolveFenceposts: [maxSurge, maxUnavailable] as numbers of pods. */
export function fenceposts(d: Dep): [number, number] {
  const ru = d.spec?.strategy?.rollingUpdate;
  const desired = replicasOf(d);
  const surge = scaledValue(ru?.maxSurge ?? '25%', desired, true);
  let unavailable = scaledValue(ru?.maxUnavailable ?? '25%', desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return [surge, unavailable];
}

export function maxSurge(d: Dep): number {
  return isRollingUpdate(d) ? fenceposts(d)[0] : 0;
}

export function maxUnavailable(d: Dep): number {
  const desired = replicasOf(d);
  if (!isRollingUpdate(d) || desired === 0) return 0;
  return Math.min(fenceposts(d)[1], desired);
}

export function sumReplicas(list: readonly (RS | undefined)[]): number {
  let n = 0;
  for (const rs of list) if (rs) n += rs.spec?.replicas ?? 0;
  return n;
}

export function sumStatus(
  list: readonly (RS | undefined)[],
  field: 'replicas' | 'readyReplicas' | 'availableReplicas',
): number {
  let n = 0;
  for (const rs of list) if (rs) n += rs.status?.[field] ?? 0;
  return n;
}

export const byCreation = (a: Stored, b: Stored) =>
  a.metadata.creationTimestamp === b.metadata.creationTimestamp
    ? a.metadata.name.localeCompare(b.metadata.name)
    : a.metadata.creationTimestamp < b.metadata.creationTimestamp
      ? -1
      : 1;

/** Copies the Deployment's annotations to the ReplicaSet; true if anything changed. */
function copyAnnotations(d: Dep, annotations: Record<string, string>): boolean {
  let changed = false;
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) {
    if (SKIPPED_ANNOTATIONS.has(k) || annotations[k] === v) continue;
    annotations[k] = v;
    changed = true;
  }
  return changed;
}

/** SetNewReplicaSetAnnotations, on a mutable annotation map. */
export function setNewReplicaSetAnnotations(
  d: Dep,
  annotations: Record<string, string>,
  newRevision: number,
  exists: boolean,
): boolean {
  let changed = copyAnnotations(d, annotations);
  const oldRevision = annotations[REVISION];
  const oldInt = oldRevision ? Number(oldRevision) : 0;
  if (Number.isNaN(oldInt)) return changed;
  if (oldInt < newRevision) {
    annotations[REVISION] = String(newRevision);
    changed = true;
    if (oldRevision !== undefined && oldRevision !== '') {
      const history = annotations[REVISION_HISTORY] ?? '';
      if (!history) annotations[REVISION_HISTORY] = oldRevision;
      else {
        let revisions = history.split(',');
        let total = history.length + oldRevision.length + 1;
        while (total > MAX_REV_HISTORY_CHARS && revisions.length > 0) {
          total -= (revisions[0] ?? '').length + 1;
          revisions = revisions.slice(1);
        }
        annotations[REVISION_HISTORY] = [...revisions, oldRevision].join(',');
      }
    }
  }
  if (!exists && setReplicasAnnotations(annotations, replicasOf(d), replicasOf(d) + maxSurge(d))) changed = true;
  return changed;
}

export function setReplicasAnnotations(annotations: Record<string, string>, desired: number, max: number): boolean {
  let changed = false;
  if (annotations[DESIRED_REPLICAS] !== String(desired)) {
    annotations[DESIRED_REPLICAS] = String(desired);
    changed = true;
  }
  if (annotations[MAX_REPLICAS] !== String(max)) {
    annotations[MAX_REPLICAS] = String(max);
    changed = true;
  }
  return changed;
}

export function getCondition(status: DeploymentStatus | undefined, type: string): DeploymentCondition | undefined {
  return status?.conditions?.find((c) => c.type === type);
}

export function newCondition(
  type: string,
  status: 'True' | 'False' | 'Unknown',
  reason: string,
  message: string,
  now: string,
): DeploymentCondition {
  return { type, status, lastUpdateTime: now, lastTransitionTime: now, reason, message };
}

/** SetDeploymentCondition: same status and reason change nothing; same status keeps the transition time. */
export function setCondition(status: DeploymentStatus, cond: DeploymentCondition): void {
  const current = getCondition(status, cond.type);
  if (current && current.status === cond.status && current.reason === cond.reason) return;
  const next = { ...cond };
  if (current && current.status === cond.status && current.lastTransitionTime)
    next.lastTransitionTime = current.lastTransitionTime;
  status.conditions = [...(status.conditions ?? []).filter((c) => c.type !== cond.type), next];
}

export function removeCondition(status: DeploymentStatus, type: string): void {
  if (!status.conditions) return;
  status.conditions = status.conditions.filter((c) => c.type !== type);
}

export function hasProgressDeadline(d: Dep): boolean {
  const s = d.spec?.progressDeadlineSeconds;
  return s !== undefined && s !== 2147483647;
}

/** DeploymentComplete. */
export function deploymentComplete(d: Dep, status: DeploymentStatus): boolean {
  const want = replicasOf(d);
  return (
    (status.updatedReplicas ?? 0) === want &&
    (status.replicas ?? 0) === want &&
    (status.availableReplicas ?? 0) === want &&
    (status.observedGeneration ?? 0) >= (d.metadata.generation ?? 0)
  );
}
