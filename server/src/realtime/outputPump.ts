/**
 * Per-connection output: batches what the shell prints over a few milliseconds into one socket
 * frame (wetty's tinybuffer), and holds output back while the browser has too many batches not yet
 * acknowledged (flow control), keeping a bounded backlog of the most recent output. Only some batches ask for an
 * acknowledgement (every `ackEveryBatches`th, or once `ackEveryChars` went unacknowledged): an echoed keystroke is
 * one small frame, and an acknowledgement for each would double the packets the server handles.
 */
export interface OutputPumpOptions {
  delayMs?: number;
  /** Flush immediately once this much is buffered. */
  maxBatchChars?: number;
  /** Batches sent but not acknowledged before the pump pauses. */
  maxInFlight?: number;
  /** Backlog kept while paused; older output beyond it is dropped. */
  maxBacklogChars?: number;
  /** Ask for an acknowledgement every this many batches … */
  ackEveryBatches?: number;
  /** … or once this many characters were sent since the last one asked. */
  ackEveryChars?: number;
}

const SKIPPED = '\r\n\x1b[1;33m[kubelab] Your connection is slow: some output was skipped.\x1b[0m\r\n';

export class OutputPump {
  private buffer = '';
  private timer: NodeJS.Timeout | null = null;
  private inFlight = 0;
  private batchesSinceAck = 0;
  private charsSinceAck = 0;
  private paused: boolean;
  private closed = false;
  private readonly delayMs: number;
  private readonly maxBatch: number;
  private readonly maxInFlight: number;
  private readonly maxBacklog: number;
  private readonly ackEveryBatches: number;
  private readonly ackEveryChars: number;

  constructor(
    private readonly send: (data: string, ack?: () => void) => void,
    options: OutputPumpOptions & { startPaused?: boolean } = {},
  ) {
    this.delayMs = options.delayMs ?? 2;
    this.maxBatch = options.maxBatchChars ?? 32 * 1024;
    this.maxInFlight = options.maxInFlight ?? 8;
    this.maxBacklog = options.maxBacklogChars ?? 256 * 1024;
    this.ackEveryBatches = options.ackEveryBatches ?? 8;
    this.ackEveryChars = options.ackEveryChars ?? 4096;
    this.paused = options.startPaused ?? false;
  }

  push(data: string): void {
    if (this.closed || data.length === 0) return;
    this.buffer += data;
    if (this.buffer.length > this.maxBacklog) this.dropOldest();
    this.schedule();
  }

  /** Puts `data` before anything buffered (the scrollback replay) and starts sending. */
  resume(prefix = ''): void {
    if (this.closed) return;
    this.buffer = prefix + this.buffer;
    this.paused = false;
    this.schedule();
  }

  /** Sends what is buffered right away, ignoring flow control (before a deliberate disconnect). */
  flushNow(): void {
    if (this.closed || this.buffer.length === 0) return;
    this.clearTimer();
    const data = this.buffer;
    this.buffer = '';
    this.send(data);
  }

  close(): void {
    this.closed = true;
    this.clearTimer();
    this.buffer = '';
  }

  get backlog(): number {
    return this.buffer.length;
  }

  private schedule(): void {
    if (this.paused || this.closed || this.buffer.length === 0 || this.inFlight >= this.maxInFlight) return;
    if (this.buffer.length >= this.maxBatch) {
      this.flush();
      return;
    }
    this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }

  private flush(): void {
    this.clearTimer();
    if (this.paused || this.closed || this.buffer.length === 0 || this.inFlight >= this.maxInFlight) return;
    const data = this.buffer;
    this.buffer = '';
    this.batchesSinceAck++;
    this.charsSinceAck += data.length;
    if (this.batchesSinceAck < this.ackEveryBatches && this.charsSinceAck < this.ackEveryChars) {
      this.send(data);
      return;
    }
    this.batchesSinceAck = 0;
    this.charsSinceAck = 0;
    this.inFlight++;
    let acked = false;
    this.send(data, () => {
      if (acked) return;
      acked = true;
      this.inFlight--;
      this.schedule();
    });
  }

  private dropOldest(): void {
    let cut = this.buffer.length - this.maxBacklog + SKIPPED.length;
    const newline = this.buffer.indexOf('\n', cut);
    if (newline !== -1) cut = newline + 1;
    this.buffer = SKIPPED + this.buffer.slice(cut);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
