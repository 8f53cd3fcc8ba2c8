/**
 * The `exec` and `attach` subresources of pods: validated as kube-apiserver validates them before it upgrades the
 * connection, then a session into the same container shells as the browser's `kubectl exec` (the same interpreter,
 * files and environment). The session ends with the metav1.Status kube-apiserver's stream translator writes on the
 * error channel: Success, NonZeroExitCode with the exit code, or an InternalError the kubelet caused.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { ProgramHandlers } from '../shell/index.js';
import { podContainer, podContainerStatus, podLogs, StatusError, type Cluster, type Stored } from '../sim/index.js';
import { containerShellProgram, runContainerProcess } from '../kubectl/containerShell.js';
import type { KubeEnv } from '../kubectl/env.js';
import type { KubeApiSession, SessionHandle, SessionInput, SessionSink, SessionStatus } from './types.js';

/** Standard input a non-interactive command may be given (kubectl cp's archive included). */
export const MAX_STDIN_BYTES = 8 * 1024 * 1024;
const SHELLS = new Set(['sh', 'bash', 'ash']);

const yes = (query: URLSearchParams, name: string) => ['true', '1'].includes(query.get(name) ?? '');

export const SUCCESS: SessionStatus = { metadata: {}, status: 'Success' };

/** What the stream translator sends when the command exits non-zero (k8s.io/apiserver proxy/streamtranslator.go). */
export function exitStatus(code: number): SessionStatus {
  if (code === 0) return SUCCESS;
  return {
    metadata: {},
    status: 'Failure',
    message: `command terminated with non-zero exit code: command terminated with exit code ${code}`,
    reason: 'NonZeroExitCode',
    details: { causes: [{ reason: 'ExitCode', message: String(code) }] },
  };
}

/** apierrors.NewInternalError, as the translator reports what failed between it and the kubelet. */
export function internalError(message: string): SessionStatus {
  return {
    metadata: {},
    status: 'Failure',
    message: `Internal error occurred: ${message}`,
    reason: 'InternalError',
    details: { causes: [{ message }] },
    code: 500,
  };
}

/** The pod and container a streaming request names, refused as kube-apiserver's streamLocation refuses them. */
export function streamTarget(cluster: Cluster, namespace: string | undefined, name: string, container: string | null) {
  const pod = cluster.api.get<Pod>('pods', namespace, name);
  const containers = pod.spec?.containers ?? [];
  let chosen = container ?? '';
  if (chosen === '') {
    if (containers.length !== 1) {
      const names = [...(pod.spec?.initContainers ?? []), ...containers].map((c) => c.name);
      throw new StatusError(
        'BadRequest',
        `a container name must be specified for pod ${name}, choose one of: [${names.join(' ')}]`,
      );
    }
    chosen = containers[0]!.name;
  }
  if (!podContainer(pod, chosen))
    throw new StatusError('BadRequest', `container ${chosen} is not valid for pod ${name}`);
  if (!pod.spec?.nodeName) throw new StatusError('BadRequest', `pod ${name} does not have a host assigned`);
  return { pod, container: chosen };
}

function running(cluster: Cluster, pod: Stored<Pod>, container: string): Stored<Pod> | undefined {
  const now = cluster.api.find<Pod>('pods', pod.metadata.namespace, pod.metadata.name);
  if (!now || now.metadata.uid !== pod.metadata.uid) return undefined;
  // A running sidecar (an init container with restartPolicy Always) takes exec and attach as the others do.
  return podContainerStatus(now, container)?.state?.running ? now : undefined;
}

export function remoteCommand(
  verb: 'exec' | 'attach',
  cluster: Cluster,
  kube: KubeEnv,
  namespace: string | undefined,
  name: string,
  query: URLSearchParams,
): KubeApiSession {
  const { pod, container } = streamTarget(cluster, namespace, name, query.get('container'));
  const streams = {
    stdin: yes(query, 'stdin'),
    stdout: yes(query, 'stdout'),
    stderr: yes(query, 'stderr'),
    tty: yes(query, 'tty'),
  };
  if (!streams.stdin && !streams.stdout && !streams.stderr)
    throw new StatusError('BadRequest', 'you must specify at least 1 of stdin, stdout, stderr');
  const command = query.getAll('command');
  if (verb === 'exec' && command.length === 0)
    throw new StatusError('BadRequest', 'you must specify at least 1 command');
  return {
    kind: 'session',
    protocol: 'remotecommand',
    streams,
    start(sink) {
      const current = running(cluster, pod, container);
      // The kubelet finds no running container to exec in or attach to (kubelet server getExec/getAttach).
      if (!current) {
        sink.finish(internalError(`unable to upgrade connection: container not found ("${container}")`));
        return { input: () => undefined, stop: () => undefined };
      }
      const [cmd = ''] = command;
      const shell = SHELLS.has(cmd.slice(cmd.lastIndexOf('/') + 1)) && command.length === 1;
      if (streams.stdin && streams.tty && (verb === 'attach' || shell)) {
        const onExit =
          verb === 'attach'
            ? () => {
                cluster.closeStdin(current.metadata.namespace ?? 'default', current.metadata.name, container);
                return '';
              }
            : undefined;
        return interactive(cluster, kube, current, container, sink, onExit);
      }
      if (verb === 'attach') return followOutput(cluster, current, container, sink);
      return oneCommand(kube, current, container, command, streams, sink);
    },
  };
}

/** A shell on a terminal: keystrokes in, screen out, resizes applied; the exit code ends it. */
function interactive(
  cluster: Cluster,
  kube: KubeEnv,
  pod: Stored<Pod>,
  container: string,
  sink: SessionSink,
  onExit: (() => string) | undefined,
): SessionHandle {
  let size = { cols: 80, rows: 24 };
  let done = false;
  const decoder = new TextDecoder();
  const handlers: ProgramHandlers = containerShellProgram(
    kube,
    pod,
    container,
    undefined,
    onExit,
  )({
    write: (data) => {
      if (!done) sink.output(1, data);
    },
    error: (data) => {
      if (!done) sink.output(2, data);
    },
    exit: (code) => {
      if (done) return;
      done = true;
      sink.finish(exitStatus(code));
    },
    now: () => cluster.now(),
    size: () => size,
    isTerminal: true,
  });
  return {
    input(input) {
      if (done) return;
      if (input.kind === 'stdin') handlers.onInput?.(decoder.decode(input.data, { stream: true }));
      else if (input.kind === 'resize') {
        size = { cols: input.cols, rows: input.rows };
        handlers.onResize?.(size);
      }
      // Closing a terminal's stdin (v5 close) is the end of its input: the shell sees end of file.
      else handlers.onInput?.('\x04');
    },
    poll: () => {
      if (!done) handlers.onTick?.(cluster.now());
    },
    stop: () => {
      done = true;
    },
  };
}

/** `kubectl exec pod -- cmd`: runs once all stdin has come (at once without stdin), then reports the exit code. */
function oneCommand(
  kube: KubeEnv,
  pod: Stored<Pod>,
  container: string,
  command: readonly string[],
  streams: KubeApiSession['streams'],
  sink: SessionSink,
): SessionHandle {
  let done = false;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const run = (stdin: Uint8Array | undefined) => {
    done = true;
    const r = runContainerProcess(kube, pod, container, command, stdin, streams.tty);
    // A terminal turns newlines into CR LF and carries stderr with stdout.
    const tty = (text: string) => text.replace(/\r?\n/g, '\r\n');
    if (streams.tty) {
      const all = (typeof r.stdout === 'string' ? r.stdout : new TextDecoder().decode(r.stdout)) + r.stderr;
      if (all) sink.output(1, tty(all));
    } else {
      // Warnings first, as tar writes "Removing leading `/'" before its archive.
      if (r.stderr && streams.stderr) sink.output(2, r.stderr);
      if (r.stdout.length > 0 && streams.stdout) sink.output(1, r.stdout);
    }
    sink.finish(exitStatus(r.exitCode));
  };
  if (!streams.stdin) {
    run(undefined);
    return { input: () => undefined, stop: () => undefined };
  }
  return {
    input(input: SessionInput) {
      if (done) return;
      if (input.kind === 'stdin') {
        size += input.data.length;
        if (size > MAX_STDIN_BYTES) {
          done = true;
          sink.finish(internalError(`standard input is limited to ${MAX_STDIN_BYTES} bytes`));
          return;
        }
        chunks.push(input.data);
      } else if (input.kind === 'closeStdin') {
        const all = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          all.set(c, at);
          at += c.length;
        }
        run(all);
      }
    },
    stop: () => {
      done = true;
    },
  };
}

/** `kubectl attach` without stdin: the container's output from now on, until the client leaves. */
function followOutput(cluster: Cluster, pod: Stored<Pod>, container: string, sink: SessionSink): SessionHandle {
  let sent = podLogs(cluster, pod, { container }).length;
  let done = false;
  return {
    input: () => undefined,
    poll() {
      if (done) return;
      const current = running(cluster, pod, container);
      if (!current) {
        done = true;
        sink.finish(SUCCESS);
        return;
      }
      const lines = podLogs(cluster, current, { container });
      if (lines.length > sent)
        sink.output(
          1,
          lines
            .slice(sent)
            .map((l) => `${l}\n`)
            .join(''),
        );
      sent = lines.length;
    },
    stop: () => {
      done = true;
    },
  };
}
