/**
 * `npm run bench`: every benchmark, printed as JSON lines `{ "name", "value", "unit" }`.
 * `npm run bench -- sim kubectl` runs only the groups named. Progress goes to stderr.
 */
import { benchExport } from './export';
import { benchDashboard } from './dashboard';
import { collectGarbage } from './gc';
import { benchDurability } from './durability';
import { benchKubectl } from './kubectl';
import { benchKubeApi } from './kubeapi';
import { benchPrintPods100 } from './print';
import { benchRouting } from './routing';
import { benchKeystroke } from './shell';
import { SIM_BENCHMARKS, type Figure } from './sim';
import { benchTerminal } from './terminal';

const groups: Record<string, () => Promise<Figure[]>> = {
  sim: async () => {
    const out: Figure[] = [];
    for (const bench of SIM_BENCHMARKS) out.push(await bench());
    return out;
  },
  kubectl: async () => [...(await benchKubectl()), benchPrintPods100()],
  shell: () => Promise.resolve([benchKeystroke()]),
  dashboard: () => benchDashboard((line) => process.stderr.write(`  ${line}\n`)),
  durability: () => benchDurability((line) => process.stderr.write(`  ${line}\n`)),
  export: () => benchExport((line) => process.stderr.write(`  ${line}\n`)),
  kubeapi: () => benchKubeApi((line) => process.stderr.write(`  ${line}\n`)),
  routing: () => benchRouting((line) => process.stderr.write(`  ${line}\n`)),
  terminal: async () => {
    const result = await benchTerminal({ log: (line) => process.stderr.write(`  ${line}\n`) });
    return Object.entries(result).map(([name, value]) => ({
      name,
      value,
      unit: name.endsWith('_mb_500_sessions') ? 'MB' : 'ms',
    }));
  },
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((w) => !(w in groups));
  if (unknown.length) {
    process.stderr.write(
      `unknown benchmark group(s): ${unknown.join(', ')}; known: ${Object.keys(groups).join(', ')}\n`,
    );
    process.exit(2);
  }
  for (const [name, run] of Object.entries(groups)) {
    if (wanted.length && !wanted.includes(name)) continue;
    // Each group starts from a collected heap: the 10,000-pod cluster before it must not be swept
    // (and counted) in the middle of the next group's measurements.
    collectGarbage();
    process.stderr.write(`# ${name}\n`);
    for (const figure of await run())
      process.stdout.write(
        `${JSON.stringify({ name: figure.name, value: Number(figure.value.toFixed(3)), unit: figure.unit })}\n`,
      );
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
