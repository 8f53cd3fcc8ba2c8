/**
 * When a probe first passes or finally fails, worked out ahead from the container's plan: probes run
 * at `initialDelaySeconds + k * periodSeconds` after the container started; a liveness or startup
 * probe fails the container after `failureThreshold` failures in a row.
 */
import type { Container, Probe } from 'kubernetes-types/core/v1';
import { probeResult, type ContainerPlan } from './plan.js';

export interface ProbeOutlook {
  /** Ms after start of the first success (readiness, startup). */
  passAt?: number;
  /** Ms after start when the container is killed (liveness, startup). */
  failAt?: number;
  /** The failure output the kubelet reports (`Unhealthy` events). */
  output: string;
  /** Failures in a row before `failAt` (each is one `Unhealthy` event). */
  failures: number;
}

const MAX_ATTEMPTS = 400;

export function probeOutlook(
  plan: ContainerPlan,
  c: Container,
  probe: Probe,
  podIP: string,
  kind: 'liveness' | 'readiness' | 'startup',
): ProbeOutlook {
  const delay = (probe.initialDelaySeconds ?? 0) * 1000;
  const period = (probe.periodSeconds ?? 10) * 1000;
  const threshold = probe.failureThreshold ?? 3;
  const successes = kind === 'readiness' ? (probe.successThreshold ?? 1) : 1;
  let fails = 0;
  let ok = 0;
  let output = '';
  for (let k = 0; k < MAX_ATTEMPTS; k++) {
    const t = delay + k * period;
    const r = probeResult(plan, c, probe, t, podIP);
    if (r.ok) {
      fails = 0;
      ok++;
      if (kind !== 'liveness' && ok >= successes) return { passAt: t, output, failures: 0 };
    } else {
      ok = 0;
      fails++;
      output = r.output;
      if (kind !== 'readiness' && fails >= threshold) return { failAt: t, output, failures: fails };
    }
  }
  return { output, failures: fails };
}

export const probeLabel = { liveness: 'Liveness', readiness: 'Readiness', startup: 'Startup' } as const;
