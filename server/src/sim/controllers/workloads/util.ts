/**
 * Helpers shared by the workload controllers: owner references, pod state as
 * k8s.io/kubernetes pkg/controller and pkg/api/v1/pod judge it, pods from templates, and writes that
 * happen only when something changed.
 */
import { jsonEqual } from '../../../lib/json.js';
import type { Pod, PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { ObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1';
import { isStatusError } from '../../errors.js';
import type { KubeObject, Stored } from '../../types.js';
import type { ControllerContext } from '../controller.js';

/**
 * Pod changes reach their owner's queue through a timer this far ahead, so a burst of pod updates
 * (a thousand pods going Ready at once) costs the owner one sync instead of one per pod, as the
 * real controllers' work queues coalesce keys while a sync runs.
 */
export const POD_BATCH_MS = 100;

/** Keys starting with this are "sync soon": the reconcile only schedules the real key. */
export const DEFER = '~';

export function splitKey(key: string): [string | undefined, string] {
  const i = key.indexOf('/');
  return i < 0 ? [undefined, key] : [key.slice(0, i), key.slice(i + 1)];
}

/** A work-queue key: `namespace/name`, or the bare name of a cluster-scoped object (splitKey reverses it). */
export const keyOf = (obj: Stored) =>
  obj.metadata.namespace ? `${obj.metadata.namespace}/${obj.metadata.name}` : obj.metadata.name;

export function controllerRef(obj: Stored | undefined): OwnerReference | undefined {
  return obj?.metadata.ownerReferences?.find((r) => r.controller === true);
}

/** The controller owner reference a controller puts on what it creates. */
export function ownerRefTo(owner: Stored): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** Objects of `kind` whose controller is `owner` (through the store's owner index). */
export function owned(ctx: ControllerContext, owner: Stored, kind: string): Stored[] {
  const out: Stored[] = [];
  for (const dep of ctx.store.dependents(owner.metadata.uid)) {
    if (dep.kind === kind && controllerRef(dep)?.uid === owner.metadata.uid) out.push(dep);
  }
  return out;
}

type PodLike = Stored<Pod> | Stored;

const podStatus = (pod: PodLike) => (pod as Stored<Pod>).status;

export function podPhase(pod: PodLike): string {
  return podStatus(pod)?.phase ?? 'Pending';
}

/** controller.IsPodActive: not finished and not being deleted. */
export function isPodActive(pod: PodLike): boolean {
  const phase = podPhase(pod);
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata.deletionTimestamp;
}

export function isPodReady(pod: PodLike): boolean {
  return podStatus(pod)?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** When the pod last became Ready (ms), if it is ready. */
export function readySince(pod: PodLike): number | undefined {
  const c = podStatus(pod)?.conditions?.find((x) => x.type === 'Ready' && x.status === 'True');
  if (!c) return undefined;
  return c.lastTransitionTime ? Date.parse(c.lastTransitionTime) : 0;
}

/** podutil.IsPodAvailable: ready for at least minReadySeconds. */
export function isPodAvailable(pod: PodLike, minReadySeconds: number, now: number): boolean {
  const since = readySince(pod);
  if (since === undefined) return false;
  return minReadySeconds <= 0 || since + minReadySeconds * 1000 <= now;
}

/** Milliseconds until a ready pod becomes available, or undefined when that is not pending. */
export function untilAvailable(pod: PodLike, minReadySeconds: number, now: number): number | undefined {
  const since = readySince(pod);
  if (since === undefined || minReadySeconds <= 0) return undefined;
  const at = since + minReadySeconds * 1000;
  return at > now ? at - now : undefined;
}

export const parseTime = (ts: string | undefined): number | undefined => (ts ? Date.parse(ts) : undefined);

/** A pod (as a client would send it) from a template, owned by `owner`. */
export function podFromTemplate(
  template: PodTemplateSpec | undefined,
  owner: Stored,
  opts: { name?: string; generateName?: string; labels?: Record<string, string>; spec?: Record<string, unknown> } = {},
): KubeObject {
  const meta = template?.metadata ?? {};
  // Keys are set one by one: object literals with conditional spreads are V8's slow path on Node 20,
  // and every pod of a 10,000-replica ReplicaSet is built here.
  const metadata: ObjectMeta = { namespace: owner.metadata.namespace ?? 'default' };
  if (opts.name) metadata.name = opts.name;
  else metadata.generateName = opts.generateName ?? `${owner.metadata.name}-`;
  metadata.labels = Object.assign({}, meta.labels, opts.labels);
  if (meta.annotations) metadata.annotations = Object.assign({}, meta.annotations);
  if (meta.finalizers) metadata.finalizers = meta.finalizers.slice();
  metadata.ownerReferences = [ownerRefTo(owner)];
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec: Object.assign({}, template?.spec, opts.spec) };
}

/** Drops members that are 0, undefined or empty, as Go's `omitempty` does when status is printed. */
export function omitEmpty<T extends object>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === 0 || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as T;
}

/** Writes `status` if it differs from the object's; returns the stored object. */
export function writeStatus<T extends Stored>(ctx: ControllerContext, obj: T, status: unknown): T {
  if (jsonEqual((obj as { status?: unknown }).status ?? {}, status)) return obj;
  return ctx.api.update({ ...obj, status }, { subresource: 'status' }) as unknown as T;
}

/** Writes a new version of `obj` (spec/metadata) if it differs. */
export function writeObject<T extends Stored>(ctx: ControllerContext, obj: T, next: T): T {
  if (jsonEqual(obj, next)) return obj;
  return ctx.api.update(next) as unknown as T;
}

/** intstr.GetScaledValueFromIntOrPercent. */
export function scaledValue(value: number | string | undefined, total: number, roundUp: boolean): number {
  if (value === undefined) return 0;
  if (typeof value === 'number') return value;
  const m = /^(\d+)%$/.exec(value);
  if (!m) return Number.parseInt(value, 10) || 0;
  const v = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(v) : Math.floor(v);
}

export function timestamp(ctx: ControllerContext, at = ctx.clock.now()): string {
  return ctx.clock.timestamp(at);
}

/** Resource name of a kind the workload controllers deal with. */
export const RESOURCES = {
  Pod: 'pods',
  ReplicaSet: 'replicasets.apps',
  Deployment: 'deployments.apps',
  StatefulSet: 'statefulsets.apps',
  DaemonSet: 'daemonsets.apps',
  ControllerRevision: 'controllerrevisions.apps',
  Job: 'jobs.batch',
  CronJob: 'cronjobs.batch',
  HorizontalPodAutoscaler: 'horizontalpodautoscalers.autoscaling',
  PersistentVolumeClaim: 'persistentvolumeclaims',
} as const;

/** A pod deletion as controllers do it (graceful, as `kubectl delete pod`). */
export function deletePod(ctx: ControllerContext, pod: Stored): void {
  try {
    ctx.api.delete('pods', pod.metadata.namespace, pod.metadata.name);
  } catch (err) {
    if (!isStatusError(err, 'NotFound')) throw err;
  }
}
