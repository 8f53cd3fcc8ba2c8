/** What the pod commands share: finding the pod and container a command means, and attaching to it. */
import type { ProgramStart } from '../../shell/command.js';
import { groupResource, type Stored } from '../../sim/index.js';
import { flag } from '../cli/flags.js';
import { KubectlError, RawError } from '../errors.js';
import { api, namespaceOf, type KubeInv } from '../env.js';
import { readsInput } from '../program.js';
import { containerShellProgram } from '../containerShell.js';

interface ContainerStatusView {
  name: string;
  restartCount?: number;
  state?: { running?: unknown; waiting?: { reason?: string }; terminated?: unknown };
  lastState?: { terminated?: unknown };
}

export interface PodView {
  metadata: Stored['metadata'];
  spec?: {
    containers?: { name: string; image?: string; ports?: { containerPort: number; name?: string }[] }[];
    initContainers?: { name: string }[];
    ephemeralContainers?: { name: string }[];
    nodeName?: string;
    restartPolicy?: string;
  };
  status?: {
    phase?: string;
    podIP?: string;
    containerStatuses?: ContainerStatusView[];
    initContainerStatuses?: ContainerStatusView[];
    ephemeralContainerStatuses?: ContainerStatusView[];
  };
}

/** Every container of the pod by name, as kubectl's podcmd.FindContainerByName looks: containers, init, ephemeral. */
function hasContainer(pod: PodView, name: string): boolean {
  const spec = pod.spec;
  return [...(spec?.containers ?? []), ...(spec?.initContainers ?? []), ...(spec?.ephemeralContainers ?? [])].some(
    (c) => c.name === name,
  );
}

/** The status of any container of the pod (an init container's or sidecar's too). */
export function containerStatus(pod: PodView, name: string): ContainerStatusView | undefined {
  const st = pod.status;
  return [
    ...(st?.containerStatuses ?? []),
    ...(st?.initContainerStatuses ?? []),
    ...(st?.ephemeralContainerStatuses ?? []),
  ].find((s) => s.name === name);
}

/** podcmd.AllContainerNames: `app, debugger (ephem), setup (init)`. */
function allContainerNames(pod: PodView): string {
  const spec = pod.spec;
  return [
    ...(spec?.containers ?? []).map((c) => c.name),
    ...(spec?.ephemeralContainers ?? []).map((c) => `${c.name} (ephem)`),
    ...(spec?.initContainers ?? []).map((c) => `${c.name} (init)`),
  ].join(', ');
}

function getPod(inv: KubeInv, name: string): PodView {
  return api(inv).get<PodView>('pods', namespaceOf(inv), name);
}

/**
 * A pod from `pod/name`, `deploy/name`, `svc/name` or a bare pod name (kubectl's attachablePodForObject). Only logs
 * (logsForObject) says which of several pods it chose: exec, attach and port-forward do not.
 */
export function podFor(inv: KubeInv, ref: string, sayWhich = false): PodView {
  const slash = ref.indexOf('/');
  if (slash < 0) return getPod(inv, ref);
  const typeName = ref.slice(0, slash);
  const name = ref.slice(slash + 1);
  const type = inv.env.cluster.registry.resolve(typeName);
  if (!type) throw new KubectlError(`the server doesn't have a resource type "${typeName}"`);
  if (type.kind === 'Pod') return getPod(inv, name);
  const server = api(inv);
  const obj = server.get<{ spec?: { selector?: { matchLabels?: Record<string, string> } | Record<string, string> } }>(
    groupResource(type),
    namespaceOf(inv),
    name,
  );
  const sel = obj.spec?.selector as { matchLabels?: Record<string, string> } | Record<string, string> | undefined;
  const labels =
    sel && 'matchLabels' in sel ? (sel.matchLabels ?? {}) : ((sel as Record<string, string> | undefined) ?? {});
  const selector = Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const pods = server.list<PodView>('pods', { namespace: namespaceOf(inv), labelSelector: selector })
    .items as unknown as PodView[];
  const running = pods.filter((p) => p.status?.phase === 'Running');
  const chosen = running[0] ?? pods[0];
  if (!chosen) throw new KubectlError(`timed out waiting for the condition`);
  if (sayWhich && pods.length > 1) inv.out.error(`Found ${pods.length} pods, using pod/${chosen.metadata.name}`);
  return chosen;
}

export function containerOf(
  inv: KubeInv,
  pod: PodView,
  explicit: string,
  verb: 'exec' | 'logs' | 'attach',
): { name: string; note: string } {
  const containers = pod.spec?.containers ?? [];
  if (explicit) {
    if (!hasContainer(pod, explicit)) {
      if (verb === 'logs') throw new RawError(`error: container ${explicit} is not valid for pod ${pod.metadata.name}`);
      throw new RawError(
        `Error from server (BadRequest): container ${explicit} is not valid for pod ${pod.metadata.name}`,
      );
    }
    return { name: explicit, note: '' };
  }
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  if (annotated && hasContainer(pod, annotated)) return { name: annotated, note: '' };
  const defaulted = containers[0]?.name ?? '';
  const many =
    containers.length > 1 ||
    (pod.spec?.initContainers?.length ?? 0) > 0 ||
    (pod.spec?.ephemeralContainers?.length ?? 0) > 0;
  const note = many ? `Defaulted container "${defaulted}" out of: ${allContainerNames(pod)}\n` : '';
  void inv;
  return { name: defaulted, note };
}

/**
 * Refuses a completed pod (exec.go, attach.go) and a container that is not running: the kubelet refuses the upgrade,
 * which kube-apiserver's stream translator reports as an InternalError (remoteCommand.ts serves the same).
 */
export function ensureRunning(pod: PodView, container: string, verb: 'exec' | 'attach'): void {
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') {
    throw new KubectlError(
      verb === 'exec'
        ? `cannot exec into a container in a completed pod; current phase is ${phase}`
        : `cannot attach a container in a completed pod; current phase is ${phase}`,
    );
  }
  const cs = containerStatus(pod, container);
  if (!cs?.state?.running) {
    throw new KubectlError(
      `Internal error occurred: unable to upgrade connection: container not found ("${container}")`,
    );
  }
}

export const ATTACH_BANNER = "If you don't see a command prompt, try pressing enter.\n";

/**
 * The end of an attach session (`kubectl run -it`, `kubectl attach -it`): a `stdinOnce` container's
 * stdin closes, so its shell exits; attach's reattachMessage (1.32) then says how to resume, but only
 * for a pod that restarts its containers.
 */

export function endAttach(inv: KubeInv, pod: PodView, container: string, quiet: boolean): string {
  inv.env.cluster.closeStdin(pod.metadata.namespace ?? 'default', pod.metadata.name, container);
  if (quiet || (pod.spec?.restartPolicy ?? 'Always') !== 'Always') return '';
  return `Session ended, resume using 'kubectl attach ${pod.metadata.name} -c ${container} -i -t' command when the pod is running\n`;
}

/** The interactive shell in a container, as a foreground program. */
export function containerSession(
  inv: KubeInv,
  pod: PodView,
  container: string,
  banner?: string,
  onExit?: () => string,
): ProgramStart {
  return readsInput(inv.env, containerShellProgram(inv.env, pod, container, banner, onExit));
}

export const containerFlag = (what: string) =>
  flag({
    name: 'container',
    short: 'c',
    type: 'string',
    usage: what,
  });
