/** `kubectl rollout status`: a program that reports a rollout until it completes. */
import type { CommandOutcome } from '../../shell/command.js';
import { groupResource, isStatusError } from '../../sim/index.js';
import { formatStatusError, KubectlError } from '../errors.js';
import { api, namespaceOf, type KubeInv } from '../env.js';
import { pollProgram } from '../program.js';
import { type Workload, get } from './workload.js';
import { rolloutTarget } from './rollout.js';

/** kubectl's DeploymentStatusViewer. */
function deploymentStatus(d: Workload, name: string): { message: string; done: boolean; error?: string } {
  const generation = d.metadata.generation ?? 0;
  const s = d.status ?? {};
  if (generation <= (s.observedGeneration ?? 0)) {
    const progressing = s.conditions?.find((c) => c.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded')
      return { message: '', done: false, error: `deployment "${name}" exceeded its progress deadline` };
    const replicas = d.spec?.replicas ?? 1;
    const updated = s.updatedReplicas ?? 0;
    if (updated < replicas)
      return {
        message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${replicas} new replicas have been updated...\n`,
        done: false,
      };
    if ((s.replicas ?? 0) > updated)
      return {
        message: `Waiting for deployment "${name}" rollout to finish: ${(s.replicas ?? 0) - updated} old replicas are pending termination...\n`,
        done: false,
      };
    if ((s.availableReplicas ?? 0) < updated)
      return {
        message: `Waiting for deployment "${name}" rollout to finish: ${s.availableReplicas ?? 0} of ${updated} updated replicas are available...\n`,
        done: false,
      };
    return { message: `deployment "${name}" successfully rolled out\n`, done: true };
  }
  return { message: 'Waiting for deployment spec update to be observed...\n', done: false };
}

function genericStatus(d: Workload, kind: string, name: string): { message: string; done: boolean } {
  const s = d.status as
    | {
        desiredNumberScheduled?: number;
        updatedNumberScheduled?: number;
        numberAvailable?: number;
        readyReplicas?: number;
        replicas?: number;
        updatedReplicas?: number;
      }
    | undefined;
  if (kind === 'DaemonSet') {
    const desired = s?.desiredNumberScheduled ?? 0;
    if ((s?.updatedNumberScheduled ?? 0) < desired)
      return {
        message: `Waiting for daemon set "${name}" rollout to finish: ${s?.updatedNumberScheduled ?? 0} out of ${desired} new pods have been updated...\n`,
        done: false,
      };
    if ((s?.numberAvailable ?? 0) < desired)
      return {
        message: `Waiting for daemon set "${name}" rollout to finish: ${s?.numberAvailable ?? 0} of ${desired} updated pods are available...\n`,
        done: false,
      };
    return { message: `daemon set "${name}" successfully rolled out\n`, done: true };
  }
  const replicas = d.spec?.replicas ?? 1;
  if ((s?.readyReplicas ?? 0) < replicas)
    return { message: `Waiting for ${replicas - (s?.readyReplicas ?? 0)} pods to be ready...\n`, done: false };
  return {
    message:
      `statefulset rolling update complete ${replicas} pods at revision ${name}-${(d.metadata.resourceVersion ?? '').slice(0, 0)}...\n`.replace(
        / at revision .*\.\.\./,
        '...',
      ),
    done: true,
  };
}

export function rolloutStatus(inv: KubeInv<{ watch: 'string'; timeout: 'duration' }>): CommandOutcome {
  const t = rolloutTarget(inv);
  get(inv, t.type, t.name);
  const watch = inv.flags.str('watch') !== 'false';
  const timeout = inv.flags.int('timeout');
  const server = api(inv);
  const ns = namespaceOf(inv);
  const check = (): { message: string; done: boolean; error?: string } => {
    const d = server.get<Workload>(groupResource(t.type), ns, t.name);
    return t.type.kind === 'Deployment' ? deploymentStatus(d, t.name) : genericStatus(d, t.type.kind, t.name);
  };
  const first = check();
  if (first.error) throw new KubectlError(first.error);
  if (first.done || !watch) return { stdout: first.message, stderr: '', exitCode: 0 };
  let last = '';
  const startedAt = inv.env.cluster.now();
  return {
    program: pollProgram({
      check: (io) => {
        if (inv.env.cluster.state !== 'Running') return undefined;
        let r;
        try {
          r = check();
        } catch (e) {
          if (!isStatusError(e)) throw e;
          io.write(`${formatStatusError(e)}\n`);
          return 1;
        }
        if (r.error) {
          io.write(`error: ${r.error}\n`);
          return 1;
        }
        // The controller has not had a turn yet at the very first look; kubectl's first watch event
        // comes after it, so that message is shown only if it persists.
        const fresh = io.now() === startedAt && r.message.startsWith('Waiting for deployment spec update');
        if (r.message !== last && !fresh) io.write(r.message);
        if (!fresh) last = r.message;
        return r.done ? 0 : undefined;
      },
      ...(timeout > 0 ? { timeoutMs: timeout } : {}),
      onTimeout: (io) => {
        io.write('error: timed out waiting for the condition\n');
        return 1;
      },
    }),
  };
}
