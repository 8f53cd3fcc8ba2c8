/**
 * A client worker of `npm run load`: its share of the students, each on their own socket.io
 * connection, types a key every `keyPeriodMs` (timed to its echo with the bench's EchoProbe) and
 * runs `kubectlCommand` every `kubectlPeriodMs` (timed to the next prompt).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { EchoProbe, TYPED_KEYS } from '../bench/echo';
import { PROMPT_END, connectTerminal, type TerminalSocket } from '../bench/students';
import { epochMs, type ClientWorkerData, type GoMessage, type WorkerMessage } from './protocol';

const KUBECTL_TIMEOUT_MS = 30_000;
const MAX_ERRORS_KEPT = 20;

const data = workerData as ClientWorkerData;
const errors: string[] = [];
let errorCount = 0;
function fail(message: string): void {
  errorCount++;
  if (errors.length < MAX_ERRORS_KEPT) errors.push(message);
}

class Student {
  readonly probe: EchoProbe;
  readonly kubectl: number[] = [];
  private kubectlSentAt: number | null = null;
  /** Output since the command was sent: the prompt may come split across two output events. */
  private sinceKubectl = '';
  private key = 0;
  private kubectlDue = false;
  private measureFrom = Infinity;

  constructor(readonly socket: TerminalSocket) {
    this.probe = new EchoProbe(socket);
    socket.on('output', (text) => this.output(text));
    socket.on('disconnect', (reason) => {
      if (reason !== 'io client disconnect') fail(`disconnected: ${reason}`);
    });
    socket.on('closing', (info) => fail(`closed by the server: ${info.reason}`));
  }

  start(measureFrom: number, stopAt: number): NodeJS.Timeout[] {
    // performance.now() of this thread at the parent's epoch instant.
    this.measureFrom = measureFrom - performance.timeOrigin;
    this.probe.measureFrom = this.measureFrom;
    const keys = setTimeout(() => {
      const timer = setInterval(() => (epochMs() < stopAt ? this.tick() : clearInterval(timer)), data.keyPeriodMs);
    }, Math.random() * data.keyPeriodMs);
    const commands = setTimeout(() => {
      this.kubectlDue = true;
      const timer = setInterval(
        () => (epochMs() < stopAt ? (this.kubectlDue = true) : clearInterval(timer)),
        data.kubectlPeriodMs,
      );
    }, Math.random() * data.kubectlPeriodMs);
    return [keys, commands];
  }

  /** Every key period: the next key, or the kubectl command when it is due and the line is empty. */
  private tick(): void {
    if (this.kubectlSentAt !== null) {
      // A student waits for a command's output before typing on.
      if (performance.now() - this.kubectlSentAt < KUBECTL_TIMEOUT_MS) return;
      fail(`no prompt ${KUBECTL_TIMEOUT_MS} ms after ${data.kubectlCommand}`);
      this.kubectlSentAt = null;
    }
    const lineEmpty = this.key % TYPED_KEYS.length === 0 || TYPED_KEYS[(this.key - 1) % TYPED_KEYS.length] === '\r';
    if (this.kubectlDue && lineEmpty) {
      this.kubectlDue = false;
      this.kubectlSentAt = performance.now();
      this.sinceKubectl = '';
      this.socket.emit('input', `${data.kubectlCommand}\r`);
    } else {
      this.probe.press(TYPED_KEYS[this.key++ % TYPED_KEYS.length]!);
    }
  }

  private output(text: string): void {
    if (this.kubectlSentAt === null) return;
    this.sinceKubectl = (this.sinceKubectl + text).slice(-4096);
    // The prompt after the command's output: after the line break that echoes Enter.
    const enter = this.sinceKubectl.indexOf('\r\n');
    if (enter < 0 || !this.sinceKubectl.includes(PROMPT_END, enter)) return;
    const sentAt = this.kubectlSentAt;
    this.kubectlSentAt = null;
    if (sentAt >= this.measureFrom) this.kubectl.push(performance.now() - sentAt);
  }
}

async function main(): Promise<void> {
  const port = parentPort!;
  const students: Student[] = [];
  for (let i = 0; i < data.cookies.length; i += 50) {
    const batch = data.cookies.slice(i, i + 50).map((cookie) =>
      connectTerminal(data.url, cookie, data.labId).then(
        (socket) => students.push(new Student(socket)),
        (err: unknown) => fail(`connect: ${err instanceof Error ? err.message : String(err)}`),
      ),
    );
    await Promise.all(batch);
  }
  port.postMessage({
    kind: 'connected',
    count: students.length,
    errors: [...errors],
    errorCount,
  } satisfies WorkerMessage);

  const go = await new Promise<GoMessage>((resolve) => port.once('message', resolve));
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const timers = students.flatMap((s) => s.start(go.measureFrom, go.stopAt));
  setTimeout(() => delay.enable(), Math.max(0, go.measureFrom - epochMs()));
  await new Promise((r) => setTimeout(r, go.stopAt - epochMs() + 1000));
  delay.disable();
  for (const t of timers) clearTimeout(t);
  const echo = Float64Array.from(students.flatMap((s) => s.probe.samples));
  const kubectl = Float64Array.from(students.flatMap((s) => s.kubectl));
  for (const s of students) s.socket.close();
  port.postMessage(
    {
      kind: 'done',
      echo,
      kubectl,
      errors,
      errorCount,
      loopDelayP99Ms: delay.percentile(99) / 1e6,
    } satisfies WorkerMessage,
    [echo.buffer, kubectl.buffer],
  );
}

void main();
