/**
 * The DaemonSet controller (pkg/controller/daemon): one pod per eligible node (nodeSelector, required
 * node affinity, taints and tolerations), new nodes get theirs, pods on nodes that stopped being
 * eligible go, rolling update within maxUnavailable, ControllerRevisions and the status counters.
 */
import type { DaemonSet, DaemonSetStatus } from 'kubernetes-types/apps/v1';
import type { Node, NodeSelectorRequirement, Pod, Taint, Toleration } from 'kubernetes-types/core/v1';
import { isStatusError } from '../../errors.js';
import { TEMPLATE_GENERATION } from '../../kinds/daemonset.js';
import { fromLabelSelector, fromMap, matches } from '../../selectors.js';
import type { Stored, WatchEvent } from '../../types.js';
import type { Controller, ControllerContext } from '../controller.js';
import { templateHash } from '../hash.js';
import { ensureRevision, revisions, truncateHistory } from './history.js';
import { claimPods, podKeys } from './replicaset.js';
import {
  DEFER,
  POD_BATCH_MS,
  deletePod,
  isPodAvailable,
  isPodReady,
  keyOf,
  omitEmpty,
  podFromTemplate,
  podPhase,
  scaledValue,
  splitKey,
  untilAvailable,
  writeStatus,
} from './util.js';

export const DAEMONSET_CONTROLLER = 'daemonset-controller';
const RESOURCE = 'daemonsets.apps';
const HASH_LABEL = 'controller-revision-hash';
const NODES_CHANGED = 'nodes-changed';

type DS = Stored<DaemonSet>;
type PodObj = Stored<Pod>;
type NodeObj = Stored<Node>;

export const daemonSetController: Controller = {
  name: DAEMONSET_CONTROLLER,
  watches: [RESOURCE, 'pods', 'nodes'],
  keysFor(event: WatchEvent): readonly string[] {
    if (event.resource === RESOURCE) return event.type === 'DELETED' ? [] : [keyOf(event.object)];
    if (event.resource === 'nodes') {
      const n = event.object as NodeObj;
      const o = event.old as NodeObj | undefined;
      const changed =
        event.type !== 'MODIFIED' ||
        JSON.stringify(n.metadata.labels) !== JSON.stringify(o?.metadata.labels) ||
        JSON.stringify(n.spec?.taints) !== JSON.stringify(o?.spec?.taints);
      return changed ? [NODES_CHANGED] : [];
    }
    return podKeys(event, 'DaemonSet').filter((k) => !k.startsWith('orphan:'));
  },
  reconcile(key, ctx) {
    if (key === NODES_CHANGED) {
      for (const ds of ctx.store.list(RESOURCE)) ctx.enqueue(DAEMONSET_CONTROLLER, keyOf(ds));
      return;
    }
    if (key.startsWith(DEFER)) return ctx.requeueAfter(key.slice(1), POD_BATCH_MS);
    syncDaemonSet(ctx, key);
  },
};

/** The tolerations the DaemonSet controller adds to its pods (util.AddOrUpdateDaemonPodTolerations). */
function daemonTolerations(ds: DS): Toleration[] {
  const out: Toleration[] = [...(ds.spec?.template.spec?.tolerations ?? [])];
  const add = (key: string, effect: string) => {
    if (!out.some((t) => t.key === key && t.effect === effect)) out.push({ key, operator: 'Exists', effect });
  };
  add('node.kubernetes.io/not-ready', 'NoExecute');
  add('node.kubernetes.io/unreachable', 'NoExecute');
  add('node.kubernetes.io/disk-pressure', 'NoSchedule');
  add('node.kubernetes.io/memory-pressure', 'NoSchedule');
  add('node.kubernetes.io/pid-pressure', 'NoSchedule');
  add('node.kubernetes.io/unschedulable', 'NoSchedule');
  if (ds.spec?.template.spec?.hostNetwork) add('node.kubernetes.io/network-unavailable', 'NoSchedule');
  return out;
}

export function tolerates(tolerations: readonly Toleration[], taint: Taint): boolean {
  return tolerations.some((t) => {
    if (t.effect && t.effect !== taint.effect) return false;
    if ((t.operator ?? 'Equal') === 'Exists') return !t.key || t.key === taint.key;
    return t.key === taint.key && (t.value ?? '') === (taint.value ?? '');
  });
}

function matchesRequirement(req: NodeSelectorRequirement, labels: Record<string, string>): boolean {
  const v = labels[req.key];
  switch (req.operator) {
    case 'In':
      return v !== undefined && (req.values ?? []).includes(v);
    case 'NotIn':
      return v === undefined || !(req.values ?? []).includes(v);
    case 'Exists':
      return v !== undefined;
    case 'DoesNotExist':
      return v === undefined;
    case 'Gt':
      return v !== undefined && Number(v) > Number(req.values?.[0]);
    case 'Lt':
      return v !== undefined && Number(v) < Number(req.values?.[0]);
    default:
      return false;
  }
}

/** Whether a DaemonSet's pod belongs on `node` (NodeShouldRunDaemonPod). */
export function shouldRun(ds: DS, node: NodeObj, tolerations: readonly Toleration[]): boolean {
  const spec = ds.spec?.template.spec;
  const labels = node.metadata.labels ?? {};
  if (spec?.nodeSelector && !matches(fromMap(spec.nodeSelector), labels)) return false;
  const terms = spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (terms && terms.length > 0) {
    const ok = terms.some(
      (t) =>
        (t.matchExpressions ?? []).every((r) => matchesRequirement(r, labels)) &&
        (t.matchFields ?? []).every((r) => matchesRequirement(r, { 'metadata.name': node.metadata.name })),
    );
    if (!ok) return false;
  }
  for (const taint of node.spec?.taints ?? []) {
    if ((taint.effect === 'NoSchedule' || taint.effect === 'NoExecute') && !tolerates(tolerations, taint)) return false;
  }
  return true;
}

function nodeOf(pod: PodObj): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  const terms =
    pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  return terms[0]?.matchFields?.find((f) => f.key === 'metadata.name')?.values?.[0];
}

function syncDaemonSet(ctx: ControllerContext, key: string): void {
  const [ns, name] = splitKey(key);
  const ds = ctx.store.get(RESOURCE, ns, name) as DS | undefined;
  if (!ds?.spec || ds.metadata.deletionTimestamp) return;
  const now = ctx.clock.now();
  const fresh = ds.status?.observedGeneration !== ds.metadata.generation;
  const pods = claimPods(ctx, ds, fromLabelSelector(ds.spec.selector), fresh);
  const hash = templateHash(ds.spec.template);
  const generation = ds.metadata.annotations?.[TEMPLATE_GENERATION] ?? String(ds.metadata.generation ?? 1);
  const tolerations = daemonTolerations(ds);
  const nodes = ctx.store.list('nodes') as NodeObj[];
  const byNode = new Map<string, PodObj[]>();
  for (const p of [...pods].sort(
    (a, b) =>
      a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp) ||
      a.metadata.name.localeCompare(b.metadata.name),
  )) {
    const n = nodeOf(p) ?? '';
    byNode.set(n, [...(byNode.get(n) ?? []), p]);
  }
  const record = (reason: string, message: string, type: 'Normal' | 'Warning' = 'Normal') =>
    ctx.events.record(ds, type, reason, message, DAEMONSET_CONTROLLER);
  const toCreate: string[] = [];
  const toDelete: PodObj[] = [];
  const eligible: NodeObj[] = [];
  for (const node of nodes) {
    const nodePods = (byNode.get(node.metadata.name) ?? []).filter((p) => !p.metadata.deletionTimestamp);
    if (shouldRun(ds, node, tolerations)) {
      eligible.push(node);
      const failed = nodePods.filter((p) => podPhase(p) === 'Failed');
      toDelete.push(...failed);
      const running = nodePods.filter((p) => podPhase(p) !== 'Failed');
      if (
        running.length === 0 &&
        failed.length === 0 &&
        !(byNode.get(node.metadata.name) ?? []).some((p) => p.metadata.deletionTimestamp)
      ) {
        toCreate.push(node.metadata.name);
      }
      if (running.length > 1) {
        const sorted = [...running].sort(
          (a, b) =>
            a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp) ||
            a.metadata.name.localeCompare(b.metadata.name),
        );
        toDelete.push(...sorted.slice(1));
      }
    } else {
      toDelete.push(...nodePods);
    }
  }
  // Rolling update: old pods go while no more than maxUnavailable daemon pods are unavailable.
  const minReady = ds.spec.minReadySeconds ?? 0;
  if (ds.spec.updateStrategy?.type !== 'OnDelete') {
    const maxUnavailable = Math.max(
      1,
      scaledValue(ds.spec.updateStrategy?.rollingUpdate?.maxUnavailable ?? 1, eligible.length, true),
    );
    let unavailable = toCreate.length;
    const old: PodObj[] = [];
    for (const node of eligible) {
      const pod = (byNode.get(node.metadata.name) ?? []).find(
        (p) => !p.metadata.deletionTimestamp && podPhase(p) !== 'Failed',
      );
      const terminating = (byNode.get(node.metadata.name) ?? []).some((p) => p.metadata.deletionTimestamp);
      if (!pod) {
        if (terminating) unavailable++;
        continue;
      }
      if (!isPodAvailable(pod, minReady, now)) unavailable++;
      if (pod.metadata.labels?.[HASH_LABEL] !== hash && !toDelete.includes(pod)) old.push(pod);
    }
    old.sort((a, b) => (isPodAvailable(a, minReady, now) ? 1 : 0) - (isPodAvailable(b, minReady, now) ? 1 : 0));
    for (const pod of old) {
      if (!isPodAvailable(pod, minReady, now)) toDelete.push(pod);
      else if (unavailable < maxUnavailable) {
        toDelete.push(pod);
        unavailable++;
      }
    }
  }
  if (toCreate.length > 0 || fresh) {
    const history = revisions(ctx, ds);
    const rev = ensureRevision(ctx, ds, ds.spec.template, HASH_LABEL, history);
    truncateHistory(
      ctx,
      revisions(ctx, ds),
      new Set([rev.metadata.name, ...pods.map((p) => `${ds.metadata.name}-${p.metadata.labels?.[HASH_LABEL] ?? ''}`)]),
      ds.spec.revisionHistoryLimit ?? 10,
    );
  }
  for (const nodeName of toCreate) {
    const pod = podFromTemplate(ds.spec.template, ds, {
      labels: { [HASH_LABEL]: hash, 'pod-template-generation': generation },
      spec: {
        nodeName,
        tolerations,
        affinity: {
          ...ds.spec.template.spec?.affinity,
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] }],
            },
          },
        },
      },
    });
    try {
      const created = ctx.api.create(pod);
      record('SuccessfulCreate', `Created pod: ${created.metadata.name}`);
    } catch (err) {
      if (!isStatusError(err)) throw err;
      record('FailedCreate', `Error creating: ${err.message}`, 'Warning');
      ctx.requeueAfter(key, 10_000, true);
      break;
    }
  }
  for (const pod of toDelete) {
    deletePod(ctx, pod);
    record('SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`);
  }
  writeStatus(ctx, ds, status(ctx, ds, key, nodes, eligible, byNode, hash, minReady));
}

function status(
  ctx: ControllerContext,
  ds: DS,
  key: string,
  nodes: NodeObj[],
  eligible: NodeObj[],
  byNode: Map<string, PodObj[]>,
  hash: string,
  minReady: number,
): DaemonSetStatus {
  const now = ctx.clock.now();
  const eligibleNames = new Set(eligible.map((n) => n.metadata.name));
  let current = 0;
  let misscheduled = 0;
  let ready = 0;
  let available = 0;
  let updated = 0;
  for (const node of nodes) {
    const pods = (byNode.get(node.metadata.name) ?? []).filter((p) => !p.metadata.deletionTimestamp);
    if (pods.length === 0) continue;
    if (!eligibleNames.has(node.metadata.name)) {
      misscheduled++;
      continue;
    }
    current++;
    const pod = pods[0] as PodObj;
    if (pod.metadata.labels?.[HASH_LABEL] === hash) updated++;
    if (isPodReady(pod)) {
      ready++;
      if (isPodAvailable(pod, minReady, now)) available++;
      else {
        const wait = untilAvailable(pod, minReady, now);
        if (wait !== undefined) ctx.requeueAfter(key, wait);
      }
    }
  }
  return {
    currentNumberScheduled: current,
    desiredNumberScheduled: eligible.length,
    numberMisscheduled: misscheduled,
    numberReady: ready,
    ...omitEmpty({
      observedGeneration: ds.metadata.generation,
      updatedNumberScheduled: updated,
      numberAvailable: available,
      numberUnavailable: eligible.length - available,
    }),
  } as DaemonSetStatus;
}
