// A stand-in environment for gateway and manager tests: a tiny line editor whose "commands" are kept in its state.
import type { Sandbox, SandboxContext, SandboxFactory, SandboxSnapshot } from '../../../server/src/services/sandboxes';

interface EchoState {
  lines: string[];
  clock: number;
}

export const PROMPT = '$ ';

export class EchoSandbox implements Sandbox {
  readonly listeners = new Set<(data: string) => void>();
  line = '';
  size = { cols: 80, rows: 24 };
  /** Every resize applied, in order (a resize re-renders a full-screen program such as `watch`). */
  resizes: { cols: number; rows: number }[] = [];
  disposed = false;
  ticks = 0;

  constructor(readonly state: EchoState) {}

  write(data: string): void {
    let previous = '';
    for (const ch of data) {
      const after = previous;
      previous = ch;
      // Like the shell: `\r`, `\n` and `\r\n` each end a line.
      if (ch === '\n' && after === '\r') continue;
      if (ch === '\r' || ch === '\n') {
        const line = this.line;
        this.line = '';
        this.state.lines.push(line);
        this.emit(`\r\n${this.run(line)}${PROMPT}`);
      } else if (ch === '\x7f') {
        if (this.line) {
          this.line = this.line.slice(0, -1);
          this.emit('\b \b');
        }
      } else {
        this.line += ch;
        this.emit(ch);
      }
    }
  }

  private run(line: string): string {
    const spam = /^spam (\d+)$/.exec(line);
    if (spam) return 'x'.repeat(Number(spam[1])) + '\r\n';
    if (line === 'history') return this.state.lines.map((l) => `${l}\r\n`).join('');
    return line ? `ran: ${line}\r\n` : '';
  }

  resize(cols: number, rows: number): void {
    this.size = { cols, rows };
    this.resizes.push({ cols, rows });
  }

  onOutput(listener: (data: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  tick(nowMs: number): void {
    this.ticks++;
    this.state.clock = nowMs;
  }

  snapshot(): SandboxSnapshot {
    return { cluster: { clock: this.state.clock }, shell: { lines: [...this.state.lines] } };
  }

  changeCounter(): number {
    return this.state.lines.length;
  }

  dispose(): void {
    this.disposed = true;
  }

  emit(data: string): void {
    for (const l of this.listeners) l(data);
  }
}

export function echoFactory(): SandboxFactory & {
  created: EchoSandbox[];
  restored: EchoSandbox[];
  contexts: SandboxContext[];
} {
  const created: EchoSandbox[] = [];
  const restored: EchoSandbox[] = [];
  const contexts: SandboxContext[] = [];
  return {
    created,
    restored,
    contexts,
    create(ctx) {
      contexts.push(ctx);
      const s = new EchoSandbox({ lines: [], clock: 0 });
      created.push(s);
      return s;
    },
    restore(_ctx, snapshot) {
      const shell = snapshot.shell as { lines: string[] };
      const cluster = snapshot.cluster as { clock: number };
      const s = new EchoSandbox({ lines: [...shell.lines], clock: cluster.clock });
      restored.push(s);
      return s;
    },
  };
}
