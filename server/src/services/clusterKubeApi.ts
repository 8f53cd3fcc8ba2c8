/**
 * The Kubernetes API of bare simulated clusters rather than students' sandboxes: `kubelab sim --serve` and the
 * differential test's server. No accounts, limits or journal: a path's secret names the cluster, and requests,
 * streams and sessions (exec, attach, port-forward) are answered as a sandbox answers them.
 */
import { timingSafeEqual } from 'node:crypto';
import type { KubeEnv } from '../kubectl/env.js';
import { serveKubeApi, type KubeApiRequest } from '../kubeapi/index.js';
import type { Cluster } from '../sim/index.js';
import { pathSecret, type KubeApiBackend } from './kubeApi.js';
import { answerSafely, exchangeOf } from './kubeApiExchange.js';
import type { KubeApiClient, KubeApiExchange } from './sandboxesTypes.js';

/** The kubelet's default streaming idle timeout (4 hours): one user's own machine has no one to share with. */
const STREAM_IDLE_MS = 4 * 60 * 60 * 1000;

export interface ServedCluster {
  cluster: Cluster;
  /** The kubectl environment whose container shells exec and port-forward reach (a fresh one's otherwise). */
  kube?: KubeEnv | undefined;
}

export class ClusterKubeApi implements KubeApiBackend<ServedCluster> {
  constructor(
    /** The cluster a path's secret names, if any. */
    private readonly find: (secret: string) => ServedCluster | undefined,
    private readonly onError: (err: unknown, context: string) => void,
    readonly streamIdleMs = STREAM_IDLE_MS,
  ) {}

  authenticatePath(path: string, authorization: string | undefined): Promise<ServedCluster | null> {
    const secret = pathSecret(path, authorization);
    return Promise.resolve(secret === null ? null : (this.find(secret) ?? null));
  }

  serve(served: ServedCluster, request: KubeApiRequest, client: KubeApiClient): Promise<KubeApiExchange> {
    const result = answerSafely(
      () => serveKubeApi(served.cluster, request, served.kube),
      (err) => this.onError(err, 'kubeApi'),
    );
    const none = () => undefined;
    return exchangeOf(result, client, { journal: none, opened: none, closed: none, onError: this.onError });
  }
}

/** Whether `given` is `secret`, in a time that does not tell how much of it was right. */
export function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
