/** `minikube service` and `minikube dashboard`: the URLs a student opens. */
import type { CommandOutcome } from '../../shell/command.js';
import { flagList } from '../cli/flags.js';
import { RawError } from '../errors.js';
import { timedProgram, type TimedStep } from '../program.js';
import { boxTable } from './table.js';
import { type CommandInv, requireRunning } from './command.js';

export const serviceUrlFlags = flagList(
  {
    name: 'url',
    type: 'bool',
    usage: 'Display the Kubernetes service URL in the CLI instead of opening it in the default browser',
  },
  { name: 'namespace', short: 'n', type: 'string', default: 'default', usage: 'The service namespace' },
);

export function serviceUrl(inv: CommandInv<typeof serviceUrlFlags>): CommandOutcome {
  requireRunning(inv);
  const name = inv.args[0];
  if (!name) throw new RawError('❌  Exiting due to MK_USAGE: You must specify service name(s) or --all', 64);
  const ns = inv.flags.str('namespace') || 'default';
  const svc = inv.env.cluster.api.find<{
    spec?: {
      type?: string;
      ports?: { nodePort?: number; port: number; targetPort?: number | string; name?: string }[];
    };
  }>('services', ns, name);
  if (!svc)
    throw new RawError(
      `\n❌  Exiting due to SVC_NOT_FOUND: Service '${name}' was not found in '${ns}' namespace.\nYou may select another namespace by using 'minikube service ${name} -n <namespace>'. Or list out all the services using 'minikube service list'\n`,
      85,
    );
  const ports = (svc.spec?.ports ?? []).filter((p) => p.nodePort);
  if (ports.length === 0) {
    const out = `|-----------|${'-'.repeat(name.length + 2)}|-------------|--------------|\n| NAMESPACE | ${'NAME'.padEnd(name.length)} | TARGET PORT |     URL      |\n|-----------|${'-'.repeat(name.length + 2)}|-------------|--------------|\n| ${ns.padEnd(9)} | ${name.padEnd(Math.max(4, name.length))} |             | No node port |\n|-----------|${'-'.repeat(name.length + 2)}|-------------|--------------|\n😿  service ${ns}/${name} has no node port\n`;
    return { stdout: out, stderr: '', exitCode: 0 };
  }
  const urls = ports.map((p) => `http://192.168.49.2:${p.nodePort ?? 0}`);
  if (inv.flags.bool('url')) return { stdout: urls.map((u) => `${u}\n`).join(''), stderr: '', exitCode: 0 };
  const rows = ports.map((p, i) => [
    ns,
    name,
    `${p.name ? `${p.name}/` : ''}${String(p.targetPort ?? p.port)}`,
    urls[i]!,
  ]);
  const table = boxTable(['NAMESPACE', 'NAME', 'TARGET PORT', 'URL'], rows);
  return {
    stdout: `${table}🎉  Opening service ${ns}/${name} in default browser...\n👉  http://192.168.49.2:${ports[0]?.nodePort ?? 0}\n`,
    stderr: '',
    exitCode: 0,
  };
}

export const dashboardFlags = flagList({
  name: 'url',
  type: 'bool',
  usage: 'Display dashboard URL instead of opening a browser',
});

export function dashboard(inv: CommandInv<typeof dashboardFlags>): CommandOutcome {
  requireRunning(inv);
  const c = inv.env.cluster;
  const steps: TimedStep[] = [];
  if (!c.settings.addons.includes('dashboard')) {
    steps.push(
      { after: 0, text: '🔌  Enabling dashboard ...\n' },
      { after: 300, text: '    ▪ Using image docker.io/kubernetesui/dashboard:v2.7.0\n' },
      {
        after: 100,
        text: '    ▪ Using image docker.io/kubernetesui/metrics-scraper:v1.0.8\n',
        action: () => c.setAddon('dashboard', true),
      },
      {
        after: 100,
        text: '💡  Some dashboard features require the metrics-server addon. To enable all features please run:\n\n\tminikube addons enable metrics-server\n\n',
      },
    );
  }
  const url =
    'http://127.0.0.1:36093/api/v1/namespaces/kubernetes-dashboard/services/http:kubernetes-dashboard:/proxy/';
  steps.push(
    { after: steps.length ? 1000 : 0, text: '🤔  Verifying dashboard health ...\n' },
    { after: 1000, text: '🚀  Launching proxy ...\n' },
    { after: 500, text: '🤔  Verifying proxy health ...\n' },
    { after: 500, text: inv.flags.bool('url') ? `${url}\n` : `🎉  Opening ${url} in your default browser...\n` },
  );
  const start = timedProgram(steps, 0);
  // It serves until Ctrl-C: the timed steps print, then it stays in the foreground.
  return {
    program: (io) => {
      const inner = start({
        exit: () => undefined,
        write: (d) => io.write(d),
        error: (d) => io.error(d),
        now: () => io.now(),
        size: () => io.size(),
        isTerminal: io.isTerminal,
      });
      const onTick = inner.onTick?.bind(inner);
      return onTick ? { onTick } : {};
    },
  };
}
