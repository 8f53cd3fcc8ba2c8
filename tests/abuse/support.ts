/**
 * The abuse suite's harness: the real server in a child process on its own database, an attacker
 * student per attack, and two bystander students typing throughout. `underAttack` runs an attack and
 * reports everything issue 11 asks of it: the bystanders' echo p99, `/healthz`, how fast Ctrl-C ends
 * the attacker's command, the server's memory after it, and what the attacker saw.
 */
import { testConfig } from '../../server/src/config';
import { EchoProbe, summarize, type LatencySummary } from '../bench/echo';
import { startServerProcess, type ServerProcess } from '../bench/serverProcess';
import { PROMPT_END, RUNNING_LAB, connectTerminal, seedStudents, type TerminalSocket } from '../bench/students';
import { createTestDatabase, type TestDatabase } from '../support/db';

/** Issue 11's acceptance criteria. */
export const ECHO_P99_MAX_MS = 50;
export const INTERRUPT_MAX_MS = 200;
export const RSS_GROWTH_MAX = 0.2;
/** A `/healthz` slower than this counts as not answering. */
export const HEALTHZ_TIMEOUT_MS = 1000;

/** Bystanders type a letter and rub it out, never a command: the commands-per-second limit stays out of it. */
const BYSTANDER_KEYS = ['a', '\x7f'] as const;
const BYSTANDERS = 3;
const BYSTANDER_PERIOD_MS = 20;

/** The end of the prompt, as a pattern. */
export const PROMPT = new RegExp(escape(PROMPT_END));

export class Terminal {
  text = '';
  socket!: TerminalSocket;

  /** Opens a terminal and waits for its first prompt. */
  static async open(url: string, cookie: string): Promise<Terminal> {
    const t = new Terminal();
    t.socket = await connectTerminal(url, cookie, RUNNING_LAB, (data) => (t.text += data));
    await t.waitFor(PROMPT);
    return t;
  }

  type(data: string): void {
    this.socket.emit('input', data);
  }

  /** Resolves when the screen after `from` matches (or rejects after `timeoutMs`, showing what it got). */
  waitFor(needle: RegExp, timeoutMs = 20_000, from = 0): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!needle.test(this.text.slice(from))) return false;
        this.socket.off('output', check);
        clearTimeout(timer);
        resolve();
        return true;
      };
      const timer = setTimeout(() => {
        this.socket.off('output', check);
        reject(
          new Error(
            `no ${String(needle)} within ${timeoutMs} ms; got ${JSON.stringify(this.text.slice(from).slice(-600))}`,
          ),
        );
      }, timeoutMs);
      if (!check()) this.socket.on('output', check);
    });
  }

  /** Runs a line and waits for its prompt (setup steps, not measured). */
  async run(line: string, expected: RegExp = /[^]*/, timeoutMs = 20_000): Promise<void> {
    const from = this.text.length;
    this.type(`${line}\r`);
    // After the command starts (bracketed paste off, as bash does): a long line is redrawn, prompt and
    // all, while it is typed.
    await this.waitFor(new RegExp(`\\x1b\\[\\?2004l[^]*${expected.source}[^]*${PROMPT.source}`), timeoutMs, from);
  }

  /** Ctrl-C; milliseconds until the prompt is back (Infinity if not within 10 s). */
  interrupt(): Promise<number> {
    const from = this.text.length;
    const sentAt = performance.now();
    this.type('\x03');
    return this.waitFor(PROMPT, 10_000, from).then(
      () => performance.now() - sentAt,
      () => Number.POSITIVE_INFINITY,
    );
  }

  close(): void {
    this.socket.close();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface AttackReport {
  echo: LatencySummary;
  healthz: { polls: number; failures: number; maxMs: number };
  interruptMs: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  serverAlive: boolean;
}

export class AbuseServer {
  private students = 0;
  private bystanders: Terminal[] = [];
  /** Every terminal opened, closed at the end. */
  private readonly terminals: Terminal[] = [];

  private constructor(
    readonly db: TestDatabase,
    readonly server: ServerProcess,
  ) {}

  static async start(env: NodeJS.ProcessEnv = {}): Promise<AbuseServer> {
    const db = await createTestDatabase();
    const server = await startServerProcess({
      databaseUrl: db.url,
      env,
      nodeArgs: process.env.KUBELAB_ABUSE_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.KUBELAB_ABUSE_PROF}`]
        : [],
    });
    const abuse = new AbuseServer(db, server);
    abuse.bystanders = await Promise.all(Array.from({ length: BYSTANDERS }, () => abuse.terminal()));
    return abuse;
  }

  /** A new student's login cookie. */
  async cookie(): Promise<string> {
    const [cookie] = await seedStudents(this.db.prisma, 1, {
      sessionSecret: testConfig().sessionSecret,
      prefix: `abuse-${++this.students}`,
    });
    return cookie!;
  }

  /** A terminal of a new student on a lab whose cluster is running. */
  async terminal(cookie?: string): Promise<Terminal> {
    const t = await Terminal.open(this.server.url, cookie ?? (await this.cookie()));
    this.terminals.push(t);
    return t;
  }

  attacker(): Promise<Terminal> {
    return this.terminal();
  }

  /**
   * Runs `attack` while the bystanders type and `/healthz` is polled, then `interrupt` (Ctrl-C on
   * the attacker's terminal, timed), then compares the server's memory after a full GC with before.
   */
  async underAttack(attack: () => Promise<void>, interrupt: () => Promise<number>): Promise<AttackReport> {
    const rssBefore = await this.server.rss({ gc: true });
    const stop = { at: Number.POSITIVE_INFINITY };
    const probes = this.bystanders.map((b) => new EchoProbe(b.socket));
    const typing = probes.map((probe, i) => this.type(probe, i, stop));
    const healthz = this.pollHealth(stop);
    let interruptMs: number;
    try {
      await attack();
      interruptMs = await interrupt();
    } finally {
      stop.at = 0;
      await Promise.all(typing);
      for (const p of probes) p.detach();
    }
    const health = await healthz;
    const serverAlive = this.server.alive();
    const rssAfter = serverAlive ? await this.settledRss(rssBefore) : Number.NaN;
    return {
      echo: summarize(probes.flatMap((p) => p.samples)),
      healthz: health,
      interruptMs: Math.round(interruptMs),
      rssBeforeMb: Math.round(rssBefore / 1048576),
      rssAfterMb: Math.round(rssAfter / 1048576),
      serverAlive,
    };
  }

  private async type(probe: EchoProbe, phase: number, stop: { at: number }): Promise<void> {
    await sleep((phase * BYSTANDER_PERIOD_MS) / BYSTANDERS);
    for (let k = 0; performance.now() < stop.at; k++) {
      probe.press(BYSTANDER_KEYS[k % BYSTANDER_KEYS.length]!);
      await sleep(BYSTANDER_PERIOD_MS);
    }
    // The last keys' echoes still count: wait for them (a stalled server shows here).
    const until = performance.now() + 10_000;
    while (probe.waiting > 0 && performance.now() < until) await sleep(5);
  }

  private async pollHealth(stop: { at: number }): Promise<AttackReport['healthz']> {
    const result = { polls: 0, failures: 0, maxMs: 0 };
    while (performance.now() < stop.at) {
      const t0 = performance.now();
      try {
        const res = await fetch(`${this.server.url}/healthz`, { signal: AbortSignal.timeout(HEALTHZ_TIMEOUT_MS) });
        if (!res.ok) result.failures++;
        await res.arrayBuffer();
      } catch {
        result.failures++;
      }
      result.polls++;
      result.maxMs = Math.max(result.maxMs, Math.round(performance.now() - t0));
      await sleep(100);
    }
    return result;
  }

  /** RSS after a full GC, given a few seconds to come back down (freed pages return lazily). */
  private async settledRss(before: number): Promise<number> {
    let rss = await this.server.rss({ gc: true });
    for (let i = 0; i < 10 && rss > before * (1 + RSS_GROWTH_MAX); i++) {
      await sleep(500);
      rss = await this.server.rss({ gc: true });
    }
    return rss;
  }

  async stop(): Promise<void> {
    for (const t of this.terminals) t.close();
    await this.server.stop();
    await this.db.drop();
  }
}

/** What failed of issue 11's criteria, in words (empty when the attack was contained). */
export function violations(report: AttackReport, sawMessage: boolean, message: RegExp, screen = ''): string[] {
  const found: string[] = [];
  if (!report.serverAlive) found.push('the server process died');
  if (!(report.echo.p99 <= ECHO_P99_MAX_MS))
    found.push(
      `bystanders' echo p99 ${report.echo.p99} ms > ${ECHO_P99_MAX_MS} ms (${report.echo.count} keys, max ${report.echo.max} ms)`,
    );
  if (report.echo.count < 100) found.push(`only ${report.echo.count} bystander keystrokes measured`);
  if (report.healthz.failures > 0)
    found.push(
      `/healthz failed ${report.healthz.failures} of ${report.healthz.polls} polls (slowest ${report.healthz.maxMs} ms)`,
    );
  if (!(report.interruptMs <= INTERRUPT_MAX_MS))
    found.push(`Ctrl-C took ${report.interruptMs} ms to bring the prompt back (> ${INTERRUPT_MAX_MS} ms)`);
  if (!(report.rssAfterMb <= report.rssBeforeMb * (1 + RSS_GROWTH_MAX)))
    found.push(`RSS ${report.rssBeforeMb} MB before, ${report.rssAfterMb} MB after (> +${RSS_GROWTH_MAX * 100}%)`);
  if (!sawMessage) found.push(`the attacker never saw ${String(message)}`);
  if (found.length) found.push(`the end of the attacker's screen: ${JSON.stringify(screen.slice(-400))}`);
  return found;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** `1 2 3 … n`: the shell has no `seq`, and a word list is how a student would spell it. */
export function numbers(n: number): string {
  return Array.from({ length: n }, (_, i) => i + 1).join(' ');
}
