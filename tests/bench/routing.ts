/**
 * What routing through the proxy adds to a keystroke: one server process with nginx in front of it (the
 * configuration `kubelab serve` generates: consistent hashing on the socket's route), half the students typing
 * through nginx and half straight to the server at the same time, so both halves see the same server load.
 *
 *   routing.echo_direct_p50_ms, routing.echo_direct_p99_ms, routing.echo_proxied_p50_ms, routing.echo_proxied_p99_ms,
 *   routing.added_p50_ms
 */
import { testConfig } from '../../server/src/config';
import { freePorts, Nginx } from '../support/cluster';
import { createTestDatabase } from '../support/db';
import { EchoProbe, summarize, TYPED_KEYS } from './echo';
import { startServerProcess } from './serverProcess';
import type { Figure } from './sim';
import { connectAll, seedStudents } from './students';

const PER_SIDE = 5;
const KEY_PERIOD_MS = 50;
const WARMUP_MS = 1000;
const DURATION_MS = 10_000;

export async function benchRouting(log: (line: string) => void = () => undefined): Promise<Figure[]> {
  const db = await createTestDatabase();
  const server = await startServerProcess({ databaseUrl: db.url, env: { SANDBOX_WORKERS: '1' } });
  const [proxyPort] = await freePorts(1);
  const nginx = new Nginx(proxyPort!, [server.port]);
  try {
    await nginx.start();
    const cookies = await seedStudents(db.prisma, 2 * PER_SIDE, {
      sessionSecret: testConfig().sessionSecret,
      prefix: 'routing',
    });
    const direct = await connectAll(server.url, cookies.slice(0, PER_SIDE));
    const proxied = await connectAll(`http://127.0.0.1:${proxyPort}`, cookies.slice(PER_SIDE));
    log(`routing bench: ${PER_SIDE} students direct, ${PER_SIDE} through nginx`);
    const probes = [...direct, ...proxied].map((s) => new EchoProbe(s));
    const measureFrom = performance.now() + WARMUP_MS;
    for (const p of probes) p.measureFrom = measureFrom;
    await new Promise<void>((resolve) => {
      const timers = probes.map((probe, i) => {
        let key = 0;
        return setTimeout(
          () => {
            const timer = setInterval(() => {
              if (performance.now() > measureFrom + DURATION_MS) return clearInterval(timer);
              if (probe.waiting === 0) probe.press(TYPED_KEYS[key++ % TYPED_KEYS.length]!);
            }, KEY_PERIOD_MS);
          },
          (i * KEY_PERIOD_MS) / probes.length,
        );
      });
      setTimeout(
        () => {
          for (const t of timers) clearTimeout(t);
          resolve();
        },
        WARMUP_MS + DURATION_MS + 500,
      );
    });
    for (const s of [...direct, ...proxied]) s.close();
    const d = summarize(probes.slice(0, PER_SIDE).flatMap((p) => p.samples));
    const p = summarize(probes.slice(PER_SIDE).flatMap((p) => p.samples));
    log(`routing bench: direct p50 ${d.p50} p99 ${d.p99} (${d.count}); nginx p50 ${p.p50} p99 ${p.p99} (${p.count})`);
    return [
      { name: 'routing.echo_direct_p50_ms', value: d.p50, unit: 'ms' },
      { name: 'routing.echo_direct_p99_ms', value: d.p99, unit: 'ms' },
      { name: 'routing.echo_proxied_p50_ms', value: p.p50, unit: 'ms' },
      { name: 'routing.echo_proxied_p99_ms', value: p.p99, unit: 'ms' },
      { name: 'routing.added_p50_ms', value: p.p50 - d.p50, unit: 'ms' },
    ];
  } finally {
    await nginx.stop();
    await server.stop();
    await db.drop();
  }
}
