/**
 * The `portforward` subresource of pods. The upgrade is validated as kube-apiserver validates it; each HTTP request
 * a forwarded connection carries then comes back as a `forward` request and is answered by the pod's simulated
 * server, reached from the pod itself as the kubelet's port-forward does (what the browser's curl reaches through
 * `kubectl port-forward`).
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { Cluster } from '../sim/index.js';
import type { KubeEnv } from '../kubectl/env.js';
import { request } from '../kubectl/httpClient.js';
import { streamTarget } from './remoteCommand.js';
import type { KubeApiResponse, KubeApiSession, PodHttpRequest } from './types.js';

export function portForwardSession(cluster: Cluster, namespace: string | undefined, name: string): KubeApiSession {
  const pod = cluster.api.get<Pod>('pods', namespace, name);
  streamTarget(cluster, namespace, name, pod.spec?.containers[0]?.name ?? null);
  return {
    kind: 'session',
    protocol: 'portforward',
    streams: { stdin: false, stdout: false, stderr: false, tty: false },
    start: () => ({ input: () => undefined, stop: () => undefined }),
  };
}

/** The kubelet's words when nothing listens on the port (containerd's port-forward, as minikube runs it). */
function refused(uid: string, port: number): string {
  return (
    `error forwarding port ${port} to pod ${uid}, uid : failed to execute portforward in network namespace ` +
    `"/var/run/netns/cni-${uid}": failed to connect to localhost:${port} inside namespace "${uid}", ` +
    `IPv4: dial tcp4 127.0.0.1:${port}: connect: connection refused IPv6 dial tcp6 [::1]:${port}: connect: connection refused `
  );
}

export function forwardToPod(
  kube: KubeEnv,
  namespace: string | undefined,
  name: string,
  forward: PodHttpRequest,
): KubeApiResponse {
  const pod = kube.cluster.api.get<Pod>('pods', namespace, name);
  const ns = pod.metadata?.namespace ?? 'default';
  const ip = pod.status?.podIP;
  const uid = pod.metadata?.uid ?? '';
  const dialError = refused(uid, forward.port);
  if (!ip) return { kind: 'response', status: 0, contentType: '', body: '', dialError };
  const reply = request(
    kube,
    `http://${ip}:${forward.port}${forward.target.startsWith('/') ? forward.target : `/${forward.target}`}`,
    { namespace: ns, pod: name },
    {
      method: forward.method,
      ...(forward.userAgent ? { userAgent: forward.userAgent } : {}),
      ...(forward.host ? { hostHeader: forward.host } : {}),
    },
  );
  if (reply.error) return { kind: 'response', status: 0, contentType: '', body: '', dialError };
  return {
    kind: 'response',
    status: reply.status,
    contentType: reply.contentType ?? 'text/plain',
    body: reply.body,
    ...(reply.server ? { headers: { Server: reply.server } } : {}),
  };
}
