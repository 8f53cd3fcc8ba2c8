/**
 * The `FailedScheduling` message, as kube-scheduler builds it: FitError.Error() in
 * pkg/scheduler/framework/types.go (`0/%v nodes are available:` + a sorted histogram of filter
 * reasons `" %v."`), followed by the DefaultPreemption PostFilter's own FitError prefixed with
 * `preemption: ` (pkg/scheduler/framework/plugins/defaultpreemption). Nodes that failed with
 * UnschedulableAndUnresolvable count as "Preemption is not helpful for scheduling"; the others as
 * "No preemption victims found for incoming pod" (no lower-priority pods to evict in a lab cluster).
 */
import type { FilterFailure } from './plugins.js';

const PREEMPTION_NOT_HELPFUL = 'Preemption is not helpful for scheduling';
const NO_VICTIMS = 'No preemption victims found for incoming pod';

/** `count reason` strings sorted as Go's sort.Strings does (byte order, count first). */
function histogram(reasons: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  const parts = [...counts].map(([r, n]) => `${n} ${r}`);
  parts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return parts.join(', ');
}

export function fitErrorMessage(totalNodes: number, failures: readonly FilterFailure[]): string {
  if (totalNodes === 0) return 'no nodes available to schedule pods';
  const filter = histogram(failures.flatMap((f) => f.reasons));
  const preemption = histogram(failures.map((f) => (f.unresolvable ? PREEMPTION_NOT_HELPFUL : NO_VICTIMS)));
  return `0/${totalNodes} nodes are available: ${filter}. preemption: 0/${totalNodes} nodes are available: ${preemption}.`;
}

/** FitError.Error() when a PreFilter plugin rejects the pod before any node is tried. */
export function preFilterMessage(totalNodes: number, reason: string): string {
  return `0/${totalNodes} nodes are available: ${reason}. preemption: 0/${totalNodes} nodes are available: ${totalNodes} Preemption is not helpful for scheduling.`;
}
