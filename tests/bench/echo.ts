/**
 * Keystroke-to-echo latency as a student feels it: the time from sending a key to the next output on
 * that terminal. Shared by the terminal bench, `npm run load` and the abuse suite.
 *
 * Every key waiting for its echo is timed, not just the last one: when the server stalls, the keys
 * typed meanwhile all wait, and each is a sample of the stall (timing only the latest key would
 * report a one-second stall as one key period).
 */
import type { TerminalSocket } from './students';

export class EchoProbe {
  readonly samples: number[] = [];
  private pending: number[] = [];
  /** Keys sent before this instant are not recorded (warm-up). */
  measureFrom = 0;

  private readonly listener = () => this.echoed();

  constructor(private readonly socket: TerminalSocket) {
    socket.on('output', this.listener);
  }

  /** Stops listening (the socket lives on, for another probe). */
  detach(): void {
    this.socket.off('output', this.listener);
  }

  /** Sends one key (or a short line) and times it until the next output. */
  press(key: string): void {
    this.pending.push(performance.now());
    this.socket.emit('input', key);
  }

  /** Keys sent and not yet echoed. */
  get waiting(): number {
    return this.pending.length;
  }

  private echoed(): void {
    if (this.pending.length === 0) return;
    const now = performance.now();
    for (const sentAt of this.pending) if (sentAt >= this.measureFrom) this.samples.push(now - sentAt);
    this.pending = [];
  }
}

/** What the typists type, over and over: short commands with an echo, like a student at work. */
export const TYPED_KEYS = [...'echo hi', '\r', ...'ls', '\r'] as const;

/** The q-quantile of ascending `sorted` (nearest rank), NaN when empty. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: round(quantile(sorted, 0.5)),
    p99: round(quantile(sorted, 0.99)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}
