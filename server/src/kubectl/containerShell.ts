/**
 * The shell inside a container for `kubectl exec` and `kubectl run -it`: the image's prompt
 * (`/ # ` for busybox and alpine, `root@web-…:/# ` for Debian-based images) and the handful of
 * commands students run there (wget/curl to services, nslookup, env, hostname, cat, ls, echo).
 */
import { execInContainer, type Stored } from '../sim/index.js';
import type { KubeEnv } from './env.js';
import { curl } from './curl.js';
import { wget } from './network.js';

interface PodLike {
  metadata: { name: string; namespace?: string };
  spec?: { containers?: { name: string; image?: string; env?: { name: string; value?: string }[] }[]; hostname?: string };
  status?: { podIP?: string };
}

export function shellFlavour(image: string): 'busybox' | 'debian' {
  const base = (image.split('/').pop() ?? image).split(':')[0]!.toLowerCase();
  return ['busybox', 'alpine', 'curlimages', 'curl'].some((b) => base.startsWith(b)) ? 'busybox' : 'debian';
}

export function containerPrompt(pod: PodLike, container: string): string {
  const image = pod.spec?.containers?.find((c) => c.name === container)?.image ?? '';
  return shellFlavour(image) === 'busybox' ? '/ # ' : `root@${pod.metadata.name}:/# `;
}

/** The container's environment as its shell sees it (what `env` prints). */
function envOf(pod: PodLike, container: string): [string, string][] {
  const c = pod.spec?.containers?.find((x) => x.name === container);
  const vars: [string, string][] = [
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    ['HOSTNAME', pod.metadata.name],
  ];
  for (const e of c?.env ?? []) vars.push([e.name, e.value ?? '']);
  vars.push(['KUBERNETES_SERVICE_HOST', '10.96.0.1'], ['KUBERNETES_SERVICE_PORT', '443'], ['KUBERNETES_PORT', 'tcp://10.96.0.1:443'], ['HOME', '/root']);
  return vars;
}

export interface ShellResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs one command line inside a container. */
/** `terminal`: the command's standard output is the terminal (a TTY and no pipe after it). */
export function runInContainer(env: KubeEnv, pod: Stored | PodLike, container: string, argv: readonly string[], terminal = false): ShellResult {
  const p = pod as PodLike;
  const ns = p.metadata.namespace ?? 'default';
  const from = { namespace: ns, pod: p.metadata.name };
  const image = p.spec?.containers?.find((c) => c.name === container)?.image ?? '';
  const flavour = shellFlavour(image);
  // `sh -c "…"` goes to the simulator's script runner (lists, quoting), which calls back here for the network.
  const args = [...argv];
  const [cmd = '', ...rest] = args;
  // The simulator runs everything but the network, which goes through curl/wget/nslookup here.
  if (!['wget', 'curl', 'nslookup'].includes(cmd) && (p.spec?.containers?.length ?? 0) > 0 && env.cluster.state === 'Running') {
    return execInContainer(env.cluster, pod as never, container, args, {
      network: (argv) => (argv[0] === 'wget' || argv[0] === 'curl' || argv[0] === 'nslookup' ? runInContainer(env, pod, container, argv, terminal) : undefined),
    });
  }
  const notFound = (): ShellResult =>
    flavour === 'busybox'
      ? { stdout: '', stderr: `sh: ${cmd}: not found\n`, exitCode: 127 }
      : { stdout: '', stderr: `bash: ${cmd}: command not found\n`, exitCode: 127 };
  switch (cmd) {
    case '':
      return { stdout: '', stderr: '', exitCode: 0 };
    case 'echo':
      return { stdout: `${rest.join(' ').replace(/^["']|["']$/g, '')}\n`, stderr: '', exitCode: 0 };
    case 'hostname':
      return { stdout: `${p.metadata.name}\n`, stderr: '', exitCode: 0 };
    case 'whoami':
      return { stdout: 'root\n', stderr: '', exitCode: 0 };
    case 'pwd':
      return { stdout: '/\n', stderr: '', exitCode: 0 };
    case 'env':
    case 'printenv':
      return { stdout: envOf(p, container).map(([k, v]) => `${k}=${v}\n`).join(''), stderr: '', exitCode: 0 };
    case 'date':
      return { stdout: `${new Date(env.cluster.now()).toUTCString().replace(/GMT$/, 'UTC')}\n`, stderr: '', exitCode: 0 };
    case 'ls':
      return { stdout: rest.length === 0 ? 'bin    dev    etc    home   lib    proc   root   sys    tmp    usr    var\n' : '', stderr: '', exitCode: 0 };
    case 'cat': {
      const file = rest[0] ?? '';
      if (file === '/etc/hostname') return { stdout: `${p.metadata.name}\n`, stderr: '', exitCode: 0 };
      if (file === '/etc/resolv.conf') return { stdout: `nameserver 10.96.0.10\nsearch ${ns}.svc.cluster.local svc.cluster.local cluster.local\noptions ndots:5\n`, stderr: '', exitCode: 0 };
      if (file === '/etc/hosts') return { stdout: `# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n${p.status?.podIP ?? ''}\t${p.metadata.name}\n`, stderr: '', exitCode: 0 };
      return { stdout: '', stderr: `cat: can't open '${file}': No such file or directory\n`, exitCode: 1 };
    }
    case 'wget':
      return wget(env, rest, from);
    case 'curl':
      if (flavour === 'busybox' && !image.includes('curl')) return notFound();
      return curl(env, rest, from, { terminal });
    case 'nslookup': {
      const name = rest[0] ?? '';
      const answer = env.cluster.dns({ kind: 'pod', namespace: ns, name: p.metadata.name }, name);
      let out = 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n';
      if (!answer) return { stdout: out, stderr: `** server can't find ${name}: NXDOMAIN\n\n`, exitCode: 1 };
      out += `Name:\t${answer.fqdn}\n${answer.addresses.map((a) => `Address: ${a}\n`).join('')}\n`;
      return { stdout: out, stderr: '', exitCode: 0 };
    }
    case 'sleep':
    case 'true':
    case ':':
      return { stdout: '', stderr: '', exitCode: 0 };
    case 'false':
      return { stdout: '', stderr: '', exitCode: 1 };
    case 'nginx':
      if (rest[0] === '-v') return { stdout: '', stderr: 'nginx version: nginx/1.27.3\n', exitCode: 0 };
      return notFound();
    case 'ps':
      return { stdout: 'PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n', stderr: '', exitCode: 0 };
    case 'uname':
      return { stdout: rest.includes('-a') ? `Linux ${p.metadata.name} 6.8.0-49-generic #49~22.04.1-Ubuntu SMP PREEMPT_DYNAMIC x86_64 GNU/Linux\n` : 'Linux\n', stderr: '', exitCode: 0 };
    default:
      return notFound();
  }
}

const words = (text: string): string[] => text.trim().split(/\s+/).filter((w) => w !== '').map((w) => w.replace(/^['"]|['"]$/g, ''));

/** `cmd | head -n 3 | grep x | wc -l`: the first command runs in the container, simple filters after it. */
function runPipeline(env: KubeEnv, pod: PodLike, container: string, line: string): { output: string; exitCode: number } {
  const [first = '', ...filters] = line.split('|');
  const r = runInContainer(env, pod, container, words(first), filters.length === 0);
  let text = r.stdout;
  let exitCode = r.exitCode;
  for (const filter of filters) {
    const [cmd = '', ...rest] = words(filter);
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    if (cmd === 'head' || cmd === 'tail') {
      const n = Number((rest.find((a) => /^-?\d+$/.test(a)) ?? '10').replace('-', '')) || 10;
      const kept = cmd === 'head' ? lines.slice(0, n) : lines.slice(-n);
      text = kept.length ? `${kept.join('\n')}\n` : '';
    } else if (cmd === 'grep') {
      const pattern = rest.filter((a) => !a.startsWith('-'))[0] ?? '';
      const kept = lines.filter((l) => l.includes(pattern));
      text = kept.length && !rest.includes('-q') ? `${kept.join('\n')}\n` : '';
      exitCode = kept.length ? 0 : 1;
    } else if (cmd === 'wc') text = `${lines.length}\n`;
  }
  // What the first command says on stderr (wget's "Connecting to …") comes before the filtered output.
  return { output: r.stderr + text, exitCode };
}

/**
 * A command line of the container's shell: `;`, `&&` and `||` as sh runs them, with `$?`, `$NAME`
 * and `${NAME}` from the container's environment expanded outside single quotes.
 */
export function runContainerLine(env: KubeEnv, pod: PodLike, container: string, line: string, status: { last: number }): string {
  const vars = new Map(envOf(pod, container));
  let output = '';
  const parts = line.split(/\s*(&&|\|\||;)\s*/);
  for (let i = 0; i < parts.length; i += 2) {
    const op = parts[i - 1];
    const text = parts[i] ?? '';
    if (text === '' || (op === '&&' && status.last !== 0) || (op === '||' && status.last === 0)) continue;
    const r = runPipeline(env, pod, container, expandVariables(text, vars, status.last));
    output += r.output;
    status.last = r.exitCode;
  }
  return output;
}

function expandVariables(text: string, vars: ReadonlyMap<string, string>, last: number): string {
  return text
    .split(/('[^']*')/)
    .map((piece) => (piece.startsWith("'") ? piece : piece.replace(/\$(\?|\{(\w+)\}|(\w+))/g, (_, all: string, braced?: string, bare?: string) => (all === '?' ? String(last) : (vars.get(braced ?? bare ?? '') ?? '')))))
    .join('');
}
