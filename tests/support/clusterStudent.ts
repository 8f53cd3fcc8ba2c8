// A simulated student behind the proxy, reconnecting as the browser app does (mountTerminal.ts): after a `closing`
// with `retry`, at its `retryAfterMs` (else 1.5 s); after a refused connection, again shortly. Creates ConfigMaps
// one after another and keeps the names whose prompt came back: what the student was told is saved.
import { io, type Socket } from 'socket.io-client';
import type { TerminalClientToServerEvents, TerminalServerToClientEvents } from '../../server/src/realtime/protocol';

type TerminalSocket = Socket<TerminalServerToClientEvents, TerminalClientToServerEvents>;

const RETRY_MS = 1500;
const PROMPT_END = '\x1b[00m$ ';
const ANSWER_TIMEOUT_MS = 15_000;

export class ClusterStudent {
  /** ConfigMaps whose `created` and next prompt this student saw. */
  readonly acknowledged: string[] = [];
  /** How long the terminal was away, each time it came back (ms). */
  readonly outages: number[] = [];
  /** Closings that told the student to give up (there must be none). */
  readonly refusals: string[] = [];
  ready = false;
  private socket: TerminalSocket | null = null;
  private screen = '';
  /** Bumped per connection: a command sent on one connection is acknowledged only on it. */
  private generation = 0;
  private downSince: number | null = null;
  private running = true;

  constructor(
    readonly id: string,
    private readonly cookie: string,
    private readonly url: string,
    private readonly labId: string,
  ) {}

  connect(): void {
    if (!this.running) return;
    const gen = ++this.generation;
    this.screen = '';
    let retryAfterMs = RETRY_MS;
    const socket: TerminalSocket = io(`${this.url}/terminal`, {
      auth: { labId: this.labId },
      query: { route: this.id },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { cookie: this.cookie },
    });
    this.socket = socket;
    socket.on('output', (data, ack) => {
      if (gen === this.generation) this.screen += data;
      ack?.();
    });
    socket.on('ready', () => {
      this.ready = true;
      if (this.downSince !== null) this.outages.push(Date.now() - this.downSince);
      this.downSince = null;
    });
    socket.on('closing', (info) => {
      if (!info.retry) this.refusals.push(info.reason);
      retryAfterMs = info.retryAfterMs ?? RETRY_MS;
    });
    const lost = (delay: number) => {
      if (gen !== this.generation) return;
      this.generation++;
      this.ready = false;
      this.downSince ??= Date.now();
      socket.close();
      setTimeout(() => this.connect(), delay);
    };
    socket.on('disconnect', () => lost(retryAfterMs));
    socket.on('connect_error', () => lost(300));
  }

  /**
   * Types a line at a prompt and waits for `expect` (by default the line's echo) and the prompt after it; false when
   * the connection went away first, or nothing came back in time (input typed while the lab was moving).
   */
  async run(line: string, expect = line): Promise<boolean> {
    const deadline = Date.now() + ANSWER_TIMEOUT_MS;
    // A shell that has shown a prompt (a replayed scrollback holds some; a notice may follow the last one).
    while (!this.ready || !this.screen.includes(PROMPT_END)) {
      if (!this.running || Date.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 20));
    }
    const gen = this.generation;
    const from = this.screen.length;
    this.socket?.emit('input', `${line}\r`);
    while (gen === this.generation && Date.now() < deadline) {
      const after = this.screen.slice(from);
      const at = after.indexOf(expect);
      if (at >= 0 && after.indexOf(PROMPT_END, at + expect.length) >= 0) return true;
      await new Promise((r) => setTimeout(r, 10));
    }
    return false;
  }

  /** Creates ConfigMaps until stopped, `pauseMs` apart. */
  async work(prefix: string, pauseMs: number): Promise<void> {
    for (let n = 0; this.running; n++) {
      const name = `${prefix}-${n}`;
      if (await this.run(`kubectl create configmap ${name}`, `configmap/${name} created`)) this.acknowledged.push(name);
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  }

  close(): void {
    this.running = false;
    this.generation++;
    this.socket?.close();
  }
}
