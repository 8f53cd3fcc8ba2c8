/** Messages between `npm run load` (tests/load/main.ts) and its client worker threads (tests/load/client.ts). */

export interface ClientWorkerData {
  url: string;
  labId: string;
  cookies: string[];
  keyPeriodMs: number;
  kubectlPeriodMs: number;
  kubectlCommand: string;
}

/** main → worker: begin typing at `startAt` (performance.timeOrigin-based epoch ms), measure after `measureFrom`. */
export interface GoMessage {
  kind: 'go';
  measureFrom: number;
  stopAt: number;
}

export type WorkerMessage =
  | { kind: 'connected'; count: number; errors: string[]; errorCount: number }
  | {
      kind: 'done';
      echo: Float64Array;
      kubectl: Float64Array;
      /** The first few errors, and how many there were. */
      errors: string[];
      errorCount: number;
      /** The client thread's own event-loop delay p99: above a few ms, the generator is the bottleneck. */
      loopDelayP99Ms: number;
    };

/** Epoch milliseconds with sub-millisecond resolution, comparable across threads (unlike performance.now()). */
export function epochMs(): number {
  return performance.timeOrigin + performance.now();
}
