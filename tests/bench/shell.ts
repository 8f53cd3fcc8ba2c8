/**
 * shell.keystroke_us: median microseconds for one printable keystroke to travel through key
 * decoding and the line editor to terminal output (target ≤ 10 µs). Used by tests/bench/main.ts.
 */
import { createShellSession, createVirtualClock } from '../../server/src/shell/index.js';

export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: 'us';
}

export function benchKeystroke(samples = 20_000): BenchResult {
  const session = createShellSession({
    user: 'student',
    hostname: 'minikube',
    clock: createVirtualClock(0),
    cols: 200,
    rows: 50,
  });
  let sink = 0;
  session.onOutput((data) => (sink += data.length));
  session.start();
  const times: number[] = [];
  const keys = 'kubectl get pods -n default -o wide ';
  for (let i = 0; i < samples; i++) {
    // Start a fresh line regularly so the line stays realistic (typing at the end of a short line).
    if (i % 60 === 0) session.write('\x15');
    const key = keys[i % keys.length] ?? 'a';
    const started = process.hrtime.bigint();
    session.write(key);
    times.push(Number(process.hrtime.bigint() - started) / 1000);
  }
  times.sort((a, b) => a - b);
  if (sink === 0) throw new Error('no output produced');
  return {
    name: 'shell.keystroke_us',
    value: Number((times[Math.floor(times.length / 2)] ?? 0).toFixed(3)),
    unit: 'us',
  };
}
