// One HTTP server in the test process that serves many simulated clusters to the real kubectl, each under its own
// path `/clusters/<id>` (as `kubelab sim --serve` serves one). The cluster behind a path can be swapped: a mutating
// command runs on a copy (see sandbox.ts). A served cluster's clock moves only when told to (`ticking`), so what the
// real kubectl reads is exactly what our kubectl read in the same state.
import { createServer, type Server } from 'node:http';
import { sendStatus } from '../../../server/src/http/kubeApi';
import { answerKubeApi } from '../../../server/src/cli/simServe';
import type { Cluster } from '../../../server/src/sim/index';

/** How often ticking clusters advance (real ms), and by how much (virtual ms). */
const TICK_MS = 20;
const TICK_VIRTUAL_MS = 1000;

export class ClusterHost {
  private readonly timer: NodeJS.Timeout;
  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly clusters: Map<string, { cluster: Cluster; ticking: boolean }>,
  ) {
    this.timer = setInterval(() => this.tick(), TICK_MS);
  }

  static async start(): Promise<ClusterHost> {
    const clusters = new Map<string, { cluster: Cluster; ticking: boolean }>();
    const server = createServer((req, res) => {
      const match = /^\/clusters\/([A-Za-z0-9_-]+)/.exec(req.url ?? '');
      const served = match ? clusters.get(match[1]!) : undefined;
      if (!match || !served) return sendStatus(res, 401, 'Unauthorized', 'Unauthorized');
      answerKubeApi(served.cluster, match[0], req, res).catch((err: unknown) => {
        if (!res.headersSent) sendStatus(res, 500, 'InternalError', `Internal error occurred: ${String(err)}`);
        else res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    return new ClusterHost(server, typeof address === 'object' && address ? address.port : 0, clusters);
  }

  url(id: string): string {
    return `http://127.0.0.1:${this.port}/clusters/${id}`;
  }

  /** Serves `cluster` at `id`; a ticking cluster's clock follows (fast) real time, for commands that wait on it. */
  serve(id: string, cluster: Cluster, ticking = false): void {
    this.clusters.set(id, { cluster, ticking });
  }

  drop(id: string): void {
    this.clusters.delete(id);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private tick(): void {
    for (const { cluster, ticking } of this.clusters.values())
      if (ticking && cluster.state === 'Running') cluster.advance(TICK_VIRTUAL_MS);
  }
}
