/** describeNode and describeNodeResource (kubectl/pkg/describe/describe.go). */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { Lease } from 'kubernetes-types/coordination/v1';
import {
  addQuantity,
  formatQuantity,
  quantityMilliValue,
  quantityValue,
  tryParseQuantity,
  type Quantity,
} from '../../../lib/quantity.js';
import { canonicalQuantity } from '../../../lib/quantity.js';
import { formatRFC1123Z, translateTimestampSince } from '../duration.js';
import { nodeRoles } from '../columns/cluster.js';
import { printAnnotationsMultiline, printLabelsMultiline, printTaintsMultiline } from './common.js';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './writer.js';

const ZERO: Quantity = { nanos: 0n, format: 'DecimalSI' };
type ResourceTotals = Map<string, Quantity>;

function addList(into: ResourceTotals, list: Record<string, string> | undefined): void {
  for (const [k, v] of Object.entries(list ?? {})) {
    const q = tryParseQuantity(v);
    if (q) into.set(k, addQuantity(into.get(k) ?? ZERO, q));
  }
}

function maxList(into: ResourceTotals, list: Record<string, string> | undefined): void {
  for (const [k, v] of Object.entries(list ?? {})) {
    const q = tryParseQuantity(v);
    const cur = into.get(k);
    if (q && (!cur || q.nanos > cur.nanos)) into.set(k, q);
  }
}

/** resourcehelper.PodRequestsAndLimits: containers summed, init containers as a floor, plus overhead. */
export function podRequestsAndLimits(pod: Pod): [ResourceTotals, ResourceTotals] {
  const reqs: ResourceTotals = new Map();
  const limits: ResourceTotals = new Map();
  for (const c of pod.spec?.containers ?? []) {
    addList(reqs, c.resources?.requests);
    addList(limits, c.resources?.limits);
  }
  for (const c of pod.spec?.initContainers ?? []) {
    maxList(reqs, c.resources?.requests);
    maxList(limits, c.resources?.limits);
  }
  addList(reqs, pod.spec?.overhead);
  if (limits.size > 0) addList(limits, pod.spec?.overhead);
  return [reqs, limits];
}

function pct(used: Quantity, total: number, milli: boolean): number {
  if (total === 0) return 0;
  return Math.trunc(((milli ? quantityMilliValue(used) : quantityValue(used)) / total) * 100);
}

function alloc(node: Node, name: string): Quantity {
  const allocatable =
    Object.keys(node.status?.allocatable ?? {}).length > 0 ? node.status?.allocatable : node.status?.capacity;
  return tryParseQuantity(allocatable?.[name] ?? '0') ?? ZERO;
}

function describeNodeResource(w: PrefixWriter, node: Node, pods: readonly Pod[], now: number): void {
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const cpuAlloc = quantityMilliValue(alloc(node, 'cpu'));
  const memAlloc = quantityValue(alloc(node, 'memory'));
  const totalReqs: ResourceTotals = new Map();
  const totalLimits: ResourceTotals = new Map();
  for (const pod of pods) {
    const [req, lim] = podRequestsAndLimits(pod);
    const cr = req.get('cpu') ?? ZERO;
    const cl = lim.get('cpu') ?? ZERO;
    const mr = req.get('memory') ?? ZERO;
    const ml = lim.get('memory') ?? ZERO;
    // Go divides by zero allocatable into +Inf/NaN and prints int64 of it; a real node always has some.
    w.write(
      LEVEL_1,
      `${pod.metadata?.namespace ?? ''}\t${pod.metadata?.name ?? ''}\t\t${formatQuantity(cr)} (${pct(cr, cpuAlloc, true)}%)\t${formatQuantity(cl)} (${pct(cl, cpuAlloc, true)}%)\t${formatQuantity(mr)} (${pct(mr, memAlloc, false)}%)\t${formatQuantity(ml)} (${pct(ml, memAlloc, false)}%)\t${translateTimestampSince(pod.metadata?.creationTimestamp, now)}\n`,
    );
    for (const [k, v] of req) totalReqs.set(k, addQuantity(totalReqs.get(k) ?? ZERO, v));
    for (const [k, v] of lim) totalLimits.set(k, addQuantity(totalLimits.get(k) ?? ZERO, v));
  }
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
  w.write(LEVEL_1, '--------\t--------\t------\n');
  const line = (name: string, milli: boolean): void => {
    const total = milli ? quantityMilliValue(alloc(node, name)) : quantityValue(alloc(node, name));
    const r = totalReqs.get(name) ?? ZERO;
    const l = totalLimits.get(name) ?? ZERO;
    w.write(
      LEVEL_1,
      `${name}\t${formatQuantity(r)} (${pct(r, total, milli)}%)\t${formatQuantity(l)} (${pct(l, total, milli)}%)\n`,
    );
  };
  line('cpu', true);
  line('memory', false);
  line('ephemeral-storage', false);
  const allocatable = node.status?.allocatable ?? node.status?.capacity ?? {};
  for (const name of Object.keys(allocatable)
    .filter((k) => k.startsWith('hugepages-'))
    .sort())
    line(name, false);
  const standard = new Set(['cpu', 'memory', 'ephemeral-storage', 'pods', 'storage']);
  for (const name of Object.keys(allocatable)
    .filter(
      (k) => !k.startsWith('hugepages-') && !standard.has(k) && !k.startsWith('requests.') && !k.startsWith('limits.'),
    )
    .sort()) {
    w.write(
      LEVEL_1,
      `${name}\t${formatQuantity(totalReqs.get(name) ?? ZERO)}\t${formatQuantity(totalLimits.get(name) ?? ZERO)}\n`,
    );
  }
}

/**
 * `pods`: the node's non-terminated pods (spec.nodeName = node, phase not Succeeded/Failed).
 * `lease`: its Lease in kube-node-lease, or undefined when there is none.
 */
export function describeNode(
  w: PrefixWriter,
  node: Node,
  pods: readonly Pod[],
  lease: Lease | undefined,
  now: number,
): void {
  const name = node.metadata?.name ?? '';
  w.write(LEVEL_0, `Name:\t${name}\n`);
  const roles = nodeRoles(node);
  w.write(LEVEL_0, `Roles:\t${roles.length > 0 ? roles.join(',') : '<none>'}\n`);
  printLabelsMultiline(w, 'Labels', node.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', node.metadata?.annotations);
  w.write(LEVEL_0, `CreationTimestamp:\t${formatRFC1123Z(node.metadata?.creationTimestamp)}\n`);
  printTaintsMultiline(w, 'Taints', node.spec?.taints);
  w.write(LEVEL_0, `Unschedulable:\t${node.spec?.unschedulable === true}\n`);
  if (lease) {
    w.write(LEVEL_0, 'Lease:\n');
    w.write(LEVEL_1, `HolderIdentity:\t${lease.spec?.holderIdentity ?? '<unset>'}\n`);
    w.write(LEVEL_1, `AcquireTime:\t${lease.spec?.acquireTime ? formatRFC1123Z(lease.spec.acquireTime) : '<unset>'}\n`);
    w.write(LEVEL_1, `RenewTime:\t${lease.spec?.renewTime ? formatRFC1123Z(lease.spec.renewTime) : '<unset>'}\n`);
  } else {
    w.write(LEVEL_0, `Lease:\tFailed to get lease: leases.coordination.k8s.io "${name}" not found\n`);
  }
  const conds = node.status?.conditions ?? [];
  if (conds.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conds) {
      w.write(
        LEVEL_1,
        `${c.type} \t${c.status} \t${formatRFC1123Z(c.lastHeartbeatTime)} \t${formatRFC1123Z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`,
      );
    }
  }
  w.write(LEVEL_0, 'Addresses:\n');
  for (const a of node.status?.addresses ?? []) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`);
  for (const [title, list] of [
    ['Capacity', node.status?.capacity],
    ['Allocatable', node.status?.allocatable],
  ] as const) {
    const keys = Object.keys(list ?? {}).sort();
    if (keys.length === 0) continue;
    w.write(LEVEL_0, `${title}:\n`);
    for (const k of keys) w.write(LEVEL_0, `  ${k}:\t${canonicalQuantity(list![k]!)}\n`);
  }
  const info = node.status?.nodeInfo;
  w.write(LEVEL_0, 'System Info:\n');
  w.write(LEVEL_0, `  Machine ID:\t${info?.machineID ?? ''}\n`);
  w.write(LEVEL_0, `  System UUID:\t${info?.systemUUID ?? ''}\n`);
  w.write(LEVEL_0, `  Boot ID:\t${info?.bootID ?? ''}\n`);
  w.write(LEVEL_0, `  Kernel Version:\t${info?.kernelVersion ?? ''}\n`);
  w.write(LEVEL_0, `  OS Image:\t${info?.osImage ?? ''}\n`);
  w.write(LEVEL_0, `  Operating System:\t${info?.operatingSystem ?? ''}\n`);
  w.write(LEVEL_0, `  Architecture:\t${info?.architecture ?? ''}\n`);
  w.write(LEVEL_0, `  Container Runtime Version:\t${info?.containerRuntimeVersion ?? ''}\n`);
  w.write(LEVEL_0, `  Kubelet Version:\t${info?.kubeletVersion ?? ''}\n`);
  w.write(LEVEL_0, `  Kube-Proxy Version:\t${info?.kubeProxyVersion ?? ''}\n`);
  if (node.spec?.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${node.spec.podCIDR}\n`);
  if ((node.spec?.podCIDRs ?? []).length > 0) w.write(LEVEL_0, `PodCIDRs:\t${node.spec!.podCIDRs!.join(',')}\n`);
  if (node.spec?.providerID) w.write(LEVEL_0, `ProviderID:\t${node.spec.providerID}\n`);
  describeNodeResource(w, node, pods, now);
}
