/**
 * The node lifecycle controller (`node-controller`) and the taint eviction controller
 * (`taint-eviction-controller`) of kube-controller-manager:
 * - a node whose kubelet stops posting status (its machine is in `runtime.stoppedNodes`) goes
 *   Unknown after the 40 s grace period, gets the `node.kubernetes.io/unreachable` NoSchedule and
 *   NoExecute taints, and its pods are marked not ready;
 * - pods on a node with a NoExecute taint they do not tolerate are deleted, after their
 *   `tolerationSeconds` (300 s by default) if they tolerate it for a while;
 * - a node that comes back is Ready again and loses the taints; a cordoned node
 *   (`spec.unschedulable`) carries `node.kubernetes.io/unschedulable:NoSchedule`.
 * Heartbeats are not written every 10 s (that would bloat snapshots): a live node's
 * lastHeartbeatTime stays at its last transition.
 */
import type { Node, NodeCondition, Pod, Taint } from 'kubernetes-types/core/v1';
import type { Controller, ControllerContext } from '../controllers/controller.js';
import type { Stored, WatchEvent } from '../types.js';
import { nodeConditions } from '../nodes.js';
import { condition } from '../podStatus.js';
import { KUBELET } from './kubelet/kubelet.js';
import { tolerates } from './scheduler/plugins.js';

export const NODE_LIFECYCLE = 'node-lifecycle';
export const TAINT_EVICTION = 'taint-eviction';
/** --node-monitor-grace-period */
export const NODE_MONITOR_GRACE_MS = 40_000;

const UNREACHABLE = 'node.kubernetes.io/unreachable';
const UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';

interface LifecycleMemory {
  /** When each stopped node was last seen heartbeating (ms). */
  lastSeen: Record<string, number>;
}

function memory(ctx: ControllerContext): LifecycleMemory {
  let mem = ctx.runtime.extra[NODE_LIFECYCLE] as LifecycleMemory | undefined;
  if (!mem) {
    mem = { lastSeen: {} };
    ctx.runtime.extra[NODE_LIFECYCLE] = mem;
  }
  return mem;
}

export const nodeLifecycle: Controller = {
  name: NODE_LIFECYCLE,
  watches: ['nodes'],
  keysFor: (e: WatchEvent) => (e.type === 'DELETED' ? [] : [e.object.metadata.name]),
  reconcile(name, ctx) {
    const node = ctx.store.get('nodes', undefined, name) as Stored<Node> | undefined;
    const mem = memory(ctx);
    if (!node) {
      delete mem.lastSeen[name];
      return;
    }
    const now = ctx.clock.now();
    const stopped = ctx.runtime.stoppedNodes.includes(name);
    const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
    let conditions: NodeCondition[] | undefined;
    let taints = [...(node.spec?.taints ?? [])];
    if (stopped) {
      const since = (mem.lastSeen[name] ??= now);
      const due = since + NODE_MONITOR_GRACE_MS;
      if (ready?.status !== 'Unknown') {
        if (now < due) {
          ctx.requeueAfter(name, due - now);
          return;
        }
        conditions = (node.status?.conditions ?? []).map((c) => ({
          ...c,
          status: 'Unknown',
          reason: 'NodeStatusUnknown',
          message: 'Kubelet stopped posting node status.',
          lastTransitionTime: ctx.clock.timestamp(),
        }));
        markPodsNotReady(name, ctx);
      }
      taints = withTaint(withTaint(taints, UNREACHABLE, 'NoSchedule', ctx), UNREACHABLE, 'NoExecute', ctx);
    } else {
      delete mem.lastSeen[name];
      if (ready && ready.status !== 'True') {
        conditions = nodeConditions(ctx.clock.timestamp(), true);
        // The kubelet is back: it carries on with its pods (finishing deletions, restarting probes).
        for (const p of ctx.store.podsOnNode(name))
          ctx.enqueue(KUBELET, `${p.metadata.namespace ?? ''}/${p.metadata.name}`);
      }
      taints = taints.filter((t) => t.key !== UNREACHABLE);
    }
    if (node.spec?.unschedulable) taints = withTaint(taints, UNSCHEDULABLE, 'NoSchedule', ctx);
    else taints = taints.filter((t) => t.key !== UNSCHEDULABLE);
    const taintsChanged = JSON.stringify(taints) !== JSON.stringify(node.spec?.taints ?? []);
    if (!conditions && !taintsChanged) return;
    const spec = { ...node.spec };
    if (taints.length > 0) spec.taints = taints;
    else delete spec.taints;
    const next = { ...node, spec, ...(conditions ? { status: { ...node.status, conditions } } : {}) };
    ctx.store.put('nodes', next);
    if (conditions) {
      const ready = conditions.find((c) => c.type === 'Ready')?.status === 'True';
      ctx.events.record(
        node,
        'Normal',
        'NodeNotReady',
        `Node ${name} status is now: ${ready ? 'NodeReady' : 'NodeNotReady'}`,
        'node-controller',
      );
    }
  },
};

function withTaint(taints: Taint[], key: string, effect: 'NoSchedule' | 'NoExecute', ctx: ControllerContext): Taint[] {
  if (taints.some((t) => t.key === key && t.effect === effect)) return taints;
  return [...taints, { key, effect, ...(effect === 'NoExecute' ? { timeAdded: ctx.clock.timestamp() } : {}) }];
}

/** nodeutil.MarkPodsNotReady: the pods of an unreachable node lose their Ready condition. */
function markPodsNotReady(node: string, ctx: ControllerContext): void {
  const at = ctx.clock.timestamp();
  for (const p of ctx.store.podsOnNode(node) as Stored<Pod>[]) {
    const conds = p.status?.conditions;
    if (!conds?.some((c) => c.type === 'Ready' && c.status === 'True')) continue;
    const conditions = conds.map((c) => (c.type === 'Ready' ? condition('Ready', 'False', at) : c));
    ctx.store.put('pods', { ...p, status: { ...p.status, conditions } });
  }
}

/** The taint eviction controller, keyed by node. */
export const taintEviction: Controller = {
  name: TAINT_EVICTION,
  watches: ['nodes', 'pods'],
  keysFor(e: WatchEvent) {
    if (e.resource === 'nodes') {
      const has = (n: Stored | undefined) =>
        ((n?.spec as Node['spec'])?.taints ?? []).some((t) => t.effect === 'NoExecute');
      return e.type !== 'DELETED' && (has(e.object) || has(e.old)) ? [e.object.metadata.name] : [];
    }
    const node = (e.object.spec as Pod['spec'])?.nodeName;
    const oldNode = (e.old?.spec as Pod['spec'] | undefined)?.nodeName;
    return e.type !== 'DELETED' && node && node !== oldNode ? [node] : [];
  },
  reconcile(name, ctx) {
    const node = ctx.store.get('nodes', undefined, name) as Stored<Node> | undefined;
    const taints = (node?.spec?.taints ?? []).filter((t) => t.effect === 'NoExecute');
    if (!node || taints.length === 0) return;
    const now = ctx.clock.now();
    let next: number | undefined;
    for (const pod of ctx.store.podsOnNode(name) as Stored<Pod>[]) {
      if (pod.metadata.deletionTimestamp) continue;
      const due = evictionTime(pod, taints);
      if (due === undefined) continue;
      if (due <= now) {
        ctx.events.record(
          pod,
          'Normal',
          'TaintManagerEviction',
          `Marking for deletion Pod ${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`,
          'taint-eviction-controller',
        );
        ctx.api.delete('pods', pod.metadata.namespace, pod.metadata.name);
      } else if (next === undefined || due < next) next = due;
    }
    if (next !== undefined) ctx.requeueAfter(name, next - now);
  },
};

/** When a pod must go for these NoExecute taints (undefined: it tolerates them forever). */
function evictionTime(pod: Stored<Pod>, taints: readonly Taint[]): number | undefined {
  let due: number | undefined;
  for (const taint of taints) {
    const added = taint.timeAdded ? Date.parse(taint.timeAdded) : 0;
    const tol = (pod.spec?.tolerations ?? []).filter((t) => tolerates(t, taint));
    if (tol.length === 0) return 0;
    const seconds = tol.map((t) => t.tolerationSeconds).filter((s): s is number => s !== undefined && s !== null);
    if (seconds.length === 0 || tol.some((t) => t.tolerationSeconds === undefined || t.tolerationSeconds === null))
      continue;
    const at = added + Math.max(0, Math.min(...seconds)) * 1000;
    due = due === undefined ? at : Math.min(due, at);
  }
  return due;
}
