/**
 * The `FailedScheduling` message, as kube-scheduler builds it: FitError.Error() in
 * pkg/scheduler/framework/types.go (`0/%v nodes are available:` + a sorted histogram of filter
 * reasons `" %v."`), followed by what the PostFilter plugin (DefaultPreemption, see preemption.ts) said,
 * after a space: its own FitError prefixed with `preemption: ` when no node can be freed, or why the pod
 * may not preempt; nothing when it nominated a node.
 */
import type { FilterFailure } from './plugins.js';

/** The status preemption gives nodes it does not try (filtered out as UnschedulableAndUnresolvable). */
export const PREEMPTION_NOT_HELPFUL = 'Preemption is not helpful for scheduling';
/** SelectVictimsOnNode on a node without lower-priority pods. */
export const NO_VICTIMS = 'No preemption victims found for incoming pod';

/** `count reason` strings sorted as Go's sort.Strings does (byte order, count first). */
function histogram(counts: ReadonlyMap<string, number>): string {
  const parts = [...counts].map(([r, n]) => `${n} ${r}`);
  parts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return parts.join(', ');
}

function countReasons(failures: readonly FilterFailure[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of failures) for (const r of f.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return counts;
}

const withPostFilter = (message: string, postFilter: string) => (postFilter ? `${message} ${postFilter}` : message);

export function fitErrorMessage(totalNodes: number, failures: readonly FilterFailure[], postFilter: string): string {
  if (totalNodes === 0) return 'no nodes available to schedule pods';
  return withPostFilter(`0/${totalNodes} nodes are available: ${histogram(countReasons(failures))}.`, postFilter);
}

/** FitError.Error() when a PreFilter plugin rejects the pod before any node is tried. */
export function preFilterMessage(totalNodes: number, reason: string, postFilter: string): string {
  return withPostFilter(`0/${totalNodes} nodes are available: ${reason}.`, postFilter);
}

/**
 * The FitError DefaultPreemption returns when no node can be freed: the dry run's status of each node it tried, and
 * "Preemption is not helpful for scheduling" for every other node (NodeToStatus.SetAbsentNodesStatus).
 */
export function preemptionFitError(totalNodes: number, tried: readonly FilterFailure[]): string {
  const counts = countReasons(tried);
  if (tried.length < totalNodes) counts.set(PREEMPTION_NOT_HELPFUL, totalNodes - tried.length);
  return `preemption: 0/${totalNodes} nodes are available: ${histogram(counts)}.`;
}
