/**
 * kube-controller-manager's pod garbage collector (pkg/controller/podgc), for orphaned pods: a pod bound to a node
 * that does not exist (deleted, or never there: `spec.nodeName: foo-node`) is marked Failed with a DisruptionTarget
 * condition (reason DeletionByPodGC) and deleted at once. It runs every 20 s and first holds a missing node in
 * quarantine for 40 s (the node may be registering), so such a pod goes 40 to 60 s after it is first seen.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../errors.js';
import type { Stored, WatchEvent } from '../../types.js';
import type { Controller, ControllerContext } from '../controller.js';

export const POD_GC = 'pod-garbage-collector';
const GC_PERIOD_MS = 20_000;
const QUARANTINE_MS = 40_000;

interface PodGcMemory {
  /** When each orphaned pod (`namespace/name`) is due to go (virtual ms). */
  due: Record<string, number>;
}

function memory(ctx: ControllerContext): PodGcMemory {
  let mem = ctx.runtime.extra[POD_GC] as PodGcMemory | undefined;
  if (!mem) {
    mem = { due: {} };
    ctx.runtime.extra[POD_GC] = mem;
  }
  return mem;
}

const nodeOf = (obj: Stored) => (obj.spec as Pod['spec'])?.nodeName;

export const podGarbageCollector: Controller = {
  name: POD_GC,
  watches: ['pods', 'nodes'],
  keysFor(e: WatchEvent) {
    if (e.resource === 'nodes') return e.type === 'DELETED' ? [`node:${e.object.metadata.name}`] : [];
    return e.type !== 'DELETED' && nodeOf(e.object)
      ? [`${e.object.metadata.namespace ?? ''}/${e.object.metadata.name}`]
      : [];
  },
  reconcile(key, ctx) {
    if (key.startsWith('node:')) {
      for (const p of ctx.store.podsOnNode(key.slice(5), false))
        ctx.enqueue(POD_GC, `${p.metadata.namespace ?? ''}/${p.metadata.name}`);
      return;
    }
    const mem = memory(ctx);
    const [namespace = '', name = ''] = key.split('/');
    const pod = ctx.store.get('pods', namespace, name) as Stored<Pod> | undefined;
    const node = pod?.spec?.nodeName;
    if (!pod || !node || ctx.store.get('nodes', undefined, node)) {
      delete mem.due[key];
      return;
    }
    const now = ctx.clock.now();
    // Seen at the next collection; the node's quarantine ends two collections later.
    const due = (mem.due[key] ??= Math.ceil(now / GC_PERIOD_MS) * GC_PERIOD_MS + QUARANTINE_MS);
    if (now < due) {
      // In the background: a collection due later does not keep settle() busy.
      ctx.requeueAfter(key, due - now, true);
      return;
    }
    delete mem.due[key];
    deleteOrphan(pod, ctx);
  },
};

/** markFailedAndDeletePodWithCondition: the status says why, then the pod goes without grace. */
function deleteOrphan(pod: Stored<Pod>, ctx: ControllerContext): void {
  const { namespace, name } = pod.metadata;
  try {
    const phase = pod.status?.phase;
    if (phase !== 'Succeeded' && phase !== 'Failed') {
      const conditions = (pod.status?.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget');
      conditions.push({
        type: 'DisruptionTarget',
        status: 'True',
        reason: 'DeletionByPodGC',
        message: 'PodGC: node no longer exists',
        lastTransitionTime: ctx.clock.timestamp(),
      });
      ctx.api.update({ ...pod, status: { ...pod.status, phase: 'Failed', conditions } }, { subresource: 'status' });
    }
    ctx.api.delete('pods', namespace, name, { gracePeriodSeconds: 0 });
  } catch (err) {
    if (!isStatusError(err)) throw err;
  }
}
