/** Pods: printPod from kubernetes/kubernetes pkg/printers/internalversion/printers.go, ported line by line. */
import type { Container, Pod } from 'kubernetes-types/core/v1';
import { humanDuration, parseTimestamp } from '../duration.js';
import type { Cell, RowContext, TablePrinter } from '../types.js';
import { age, col, NAME } from './common.js';

/** node.NodeUnreachablePodReason */
const NODE_LOST = 'NodeLost';

function isRestartable(c: Container | undefined): boolean {
  return c?.restartPolicy === 'Always';
}

function hasCondition(pod: Pod, type: string): boolean {
  for (const c of pod.status?.conditions ?? []) if (c.type === type && c.status === 'True') return true;
  return false;
}

/** The READY, STATUS and RESTARTS cells, exactly as printPod derives them. */
export function podStatusCells(pod: Pod, now: number): [string, string, string] {
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

  const restartsStr =
    restarts !== 0 && lastRestart !== 0 ? `${restarts} (${humanDuration(now - lastRestart)} ago)` : String(restarts);
  return [`${readyContainers}/${totalContainers}`, reason, restartsStr];
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
    const [ready, status, restarts] = podStatusCells(pod, ctx.now);
    return [
      pod.metadata?.name ?? '',
      ready,
      status,
      restarts,
      age(pod, ctx),
      pod.status?.podIPs?.[0]?.ip || '<none>',
      pod.spec?.nodeName || '<none>',
      pod.status?.nominatedNodeName || '<none>',
      readinessGates(pod),
    ];
  },
};
