// One HTTP server in the test process that serves many simulated clusters to the real kubectl, each under its own
// path `/clusters/<id>` (as `kubelab sim --serve` serves one). The cluster behind a path can be swapped: a mutating
// command runs on a copy (see sandbox.ts). A served cluster's clock moves only when told to (`ticking`), so what the
// real kubectl reads is exactly what our kubectl read in the same state.
import { clusterApiServer } from '../../../server/src/cli/simServe';
import type { KubeEnv } from '../../../server/src/kubectl/env';
import { createLogger } from '../../../server/src/logger';
import { ClusterKubeApi, type ServedCluster } from '../../../server/src/services/clusterKubeApi';
import type { Cluster } from '../../../server/src/sim/index';

/** How often ticking clusters advance (real ms), and by how much (virtual ms). */
const TICK_MS = 20;
const TICK_VIRTUAL_MS = 1000;

type Served = ServedCluster & { ticking: boolean };

export class ClusterHost {
  private readonly timer: NodeJS.Timeout;
  private constructor(
    private readonly stopServer: () => Promise<void>,
    readonly port: number,
    private readonly clusters: Map<string, Served>,
  ) {
    this.timer = setInterval(() => this.tick(), TICK_MS);
  }

  static async start(): Promise<ClusterHost> {
    const clusters = new Map<string, Served>();
    const logger = createLogger({ level: 'error', destination: process.stderr });
    const backend = new ClusterKubeApi(
      (id) => clusters.get(id),
      (err, context) => logger.error({ err, area: 'kubeApi' }, context),
    );
    const { server, stop } = clusterApiServer(backend, logger);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    return new ClusterHost(stop, typeof address === 'object' && address ? address.port : 0, clusters);
  }

  url(id: string): string {
    return `http://127.0.0.1:${this.port}/clusters/${id}`;
  }

  /**
   * Serves `cluster` at `id`, its exec and port-forward reaching `kube`'s container shells; a ticking cluster's clock
   * follows (fast) real time, for commands that wait on it.
   */
  serve(id: string, cluster: Cluster, options: { kube?: KubeEnv; ticking?: boolean } = {}): void {
    this.clusters.set(id, { cluster, kube: options.kube, ticking: options.ticking ?? false });
  }

  drop(id: string): void {
    this.clusters.delete(id);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.stopServer();
  }

  private tick(): void {
    for (const { cluster, ticking } of this.clusters.values())
      if (ticking && cluster.state === 'Running') cluster.advance(TICK_VIRTUAL_MS);
  }
}
