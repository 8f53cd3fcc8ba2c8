/** Pods: printPod from kubernetes/kubernetes pkg/printers/internalversion/printers.go, ported line by line. */
import type { Container, Pod } from 'kubernetes-types/core/v1';
import { durationSince, humanDuration, parseTimestamp } from '../duration.js';
import type { Cell, RowContext, TablePrinter } from '../types.js';
import { col, NAME } from './common.js';

/** node.NodeUnreachablePodReason */
const NODE_LOST = 'NodeLost';

function isRestartable(c: Container | undefined): boolean {
  return c?.restartPolicy === 'Always';
}

function hasCondition(pod: Pod, type: string): boolean {
  for (const c of pod.status?.conditions ?? []) if (c.type === type && c.status === 'True') return true;
  return false;
}

/** What printPod derives for READY, STATUS and RESTARTS; only the restart's age needs the clock. */
interface PodStatusSummary {
  ready: string;
  reason: string;
  restarts: number;
  /** When a container last terminated (epoch ms), 0 if never. */
  lastRestart: number;
}

/** The READY, STATUS and RESTARTS cells, exactly as printPod derives them. */
export function podStatusCells(pod: Pod, now: number): [string, string, string] {
  const s = podStatusSummary(pod);
  return [s.ready, s.reason, restartsCell(s, now)];
}

function restartsCell(s: PodStatusSummary, now: number): string {
  return s.restarts !== 0 && s.lastRestart !== 0
    ? `${s.restarts} (${humanDuration(now - s.lastRestart)} ago)`
    : String(s.restarts);
}

function podStatusSummary(pod: Pod): PodStatusSummary {
  const spec = pod.spec;
  const status = pod.status ?? {};
  let restarts = 0;
  let restartableInitRestarts = 0;
  let totalContainers = spec?.containers.length ?? 0;
  let readyContainers = 0;
  let lastRestart = 0;
  let lastRestartableInitRestart = 0;

  const phase = status.phase ?? '';
  let reason = status.reason || phase;
  for (const c of status.conditions ?? []) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }

  const initSpecs = spec?.initContainers ?? [];
  let initByName: Map<string, Container> | undefined;
  if (initSpecs.length > 0) {
    initByName = new Map();
    for (const c of initSpecs) {
      initByName.set(c.name, c);
      if (isRestartable(c)) totalContainers++;
    }
  }

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const container = initStatuses[i]!;
    const restartable = isRestartable(initByName?.get(container.name));
    restarts += container.restartCount;
    const lastTerm = parseTimestamp(container.lastState?.terminated?.finishedAt);
    if (lastTerm !== undefined && lastTerm > lastRestart) lastRestart = lastTerm;
    if (restartable) {
      restartableInitRestarts += container.restartCount;
      if (lastTerm !== undefined && lastTerm > lastRestartableInitRestart) lastRestartableInitRestart = lastTerm;
    }
    const terminated = container.state?.terminated;
    const waiting = container.state?.waiting;
    if (terminated && terminated.exitCode === 0) continue;
    if (restartable && container.started === true) {
      if (container.ready) readyContainers++;
      continue;
    }
    if (terminated) {
      // initialization failed
      if (!terminated.reason) {
        reason = terminated.signal ? `Init:Signal:${terminated.signal}` : `Init:ExitCode:${terminated.exitCode}`;
      } else {
        reason = 'Init:' + terminated.reason;
      }
    } else if (waiting?.reason && waiting.reason !== 'PodInitializing') {
      reason = 'Init:' + waiting.reason;
    } else {
      reason = `Init:${i}/${initSpecs.length}`;
    }
    initializing = true;
    break;
  }

  if (!initializing || hasCondition(pod, 'Initialized')) {
    restarts = restartableInitRestarts;
    lastRestart = lastRestartableInitRestart;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      // Each field read once: statuses come in many object shapes, which makes every read slow.
      const { restartCount, lastState, state, ready } = statuses[i]!;
      restarts += restartCount;
      const lastTerm = parseTimestamp(lastState?.terminated?.finishedAt);
      if (lastTerm !== undefined && lastTerm > lastRestart) lastRestart = lastTerm;
      const waiting = state?.waiting;
      const terminated = state?.terminated;
      if (waiting?.reason) {
        reason = waiting.reason;
      } else if (terminated?.reason) {
        reason = terminated.reason;
      } else if (terminated) {
        reason = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode}`;
      } else if (ready && state?.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    // change pod status back to "Running" if there is at least one container still reporting as "Running" status
    if (reason === 'Completed' && hasRunning) reason = hasCondition(pod, 'Ready') ? 'Running' : 'NotReady';
  }

  const deleting = pod.metadata?.deletionTimestamp;
  if (deleting && status.reason === NODE_LOST) reason = 'Unknown';
  else if (deleting && phase !== 'Succeeded' && phase !== 'Failed') reason = 'Terminating';

  return { ready: `${readyContainers}/${totalContainers}`, reason, restarts, lastRestart };
}

function readinessGates(pod: Pod): string {
  const gates = pod.spec?.readinessGates ?? [];
  if (gates.length === 0) return '<none>';
  let trueConditions = 0;
  for (const g of gates) {
    for (const c of pod.status?.conditions ?? []) {
      if (c.type === g.conditionType) {
        if (c.status === 'True') trueConditions++;
        break;
      }
    }
  }
  return `${trueConditions}/${gates.length}`;
}

/** A pod's cells that do not depend on the clock. */
interface FixedCells extends PodStatusSummary {
  name: string;
  /** creationTimestamp in epoch ms, undefined when unset (AGE `<unknown>`). */
  created: number | undefined;
  ip: string;
  node: string;
  nominated: string;
  gates: string;
}

function fixedCells(pod: Pod): FixedCells {
  const { ready, reason, restarts, lastRestart } = podStatusSummary(pod);
  return {
    ready,
    reason,
    restarts,
    lastRestart,
    name: pod.metadata?.name ?? '',
    created: parseTimestamp(pod.metadata?.creationTimestamp),
    ip: pod.status?.podIPs?.[0]?.ip || '<none>',
    node: pod.spec?.nodeName || '<none>',
    nominated: pod.status?.nominatedNodeName || '<none>',
    gates: readinessGates(pod),
  };
}

/**
 * Fixed cells of stored pods, worked out once per pod object. The API server never changes a stored
 * object (a write stores a new one, with a new resourceVersion; its JSON cache relies on the same),
 * so a pod printed again (every `get`, `get -w`, `watch`) only needs its ages recomputed. Objects
 * without a resourceVersion (dry runs, test fixtures) are not remembered.
 */
const fixedByPod = new WeakMap<Pod, FixedCells>();

function fixedCellsOf(pod: Pod): FixedCells {
  if (!pod.metadata?.resourceVersion) return fixedCells(pod);
  let cells = fixedByPod.get(pod);
  if (!cells) {
    cells = fixedCells(pod);
    fixedByPod.set(pod, cells);
  }
  return cells;
}

export const podPrinter: TablePrinter<Pod> = {
  columns: [
    NAME,
    col('Ready'),
    col('Status'),
    col('Restarts'),
    col('Age'),
    col('IP', 1),
    col('Node', 1),
    col('Nominated Node', 1),
    col('Readiness Gates', 1),
  ],
  row(pod: Pod, ctx: RowContext): Cell[] {
    const f = fixedCellsOf(pod);
    return [
      f.name,
      f.ready,
      f.reason,
      restartsCell(f, ctx.now),
      durationSince(f.created, ctx.now),
      f.ip,
      f.node,
      f.nominated,
      f.gates,
    ];
  },
};
