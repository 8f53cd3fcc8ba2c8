/**
 * `curl` and `wget` in the student's shell: they reach services through a running
 * `kubectl port-forward` (localhost:PORT) or, from inside pods, by cluster DNS name or ClusterIP
 * through the simulated network (when the simulator provides it).
 */
import type { Command, CommandResult } from '../shell/command.js';
import type { HttpResult, KubeEnv } from './env.js';

function parseUrl(raw: string): { host: string; port: number; path: string } | undefined {
  const withScheme = /^[a-z]+:\/\//i.test(raw) ? raw : `http://${raw}`;
  const m = /^([a-z]+):\/\/([^/:]+)(?::(\d+))?(\/.*)?$/i.exec(withScheme);
  if (!m) return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase();
  return { host: m[2] ?? '', port: m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80, path: m[4] ?? '/' };
}

export interface RequestFrom {
  namespace: string;
  pod: string;
}

/** An HTTP request from a pod (`from` set) or the student's machine, through the simulated network. */
export function request(env: KubeEnv, url: string, from?: RequestFrom, userAgent = 'curl/8.5.0'): HttpResult & { kind?: string; host?: string; port?: number } {
  const parsed = parseUrl(url);
  if (!parsed) return { status: 0, body: '', error: 'bad-url' };
  const cluster = env.cluster;
  if (!from && (parsed.host === 'localhost' || parsed.host === '127.0.0.1')) {
    const fwd = env.forwards.get(parsed.port);
    if (!fwd || cluster.state !== 'Running') return { status: 0, body: '', error: 'refused', host: parsed.host, port: parsed.port };
    const pod = cluster.api.find<{ status?: { podIP?: string } }>('pods', fwd.namespace, fwd.pod);
    const ip = pod?.status?.podIP;
    if (!ip) return { status: 0, body: '', error: 'refused', host: parsed.host, port: parsed.port };
    return request(env, `http://${ip}:${fwd.podPort}${parsed.path}`, { namespace: fwd.namespace, pod: fwd.pod }, userAgent);
  }
  if (cluster.state !== 'Running') return { status: 0, body: '', error: from ? 'resolve' : 'timeout', host: parsed.host, port: parsed.port };
  const source = from ? ({ kind: 'pod', namespace: from.namespace, name: from.pod } as const) : ({ kind: 'host' } as const);
  const outcome = cluster.http(source, url, { userAgent });
  if (outcome.kind === 'response') return { status: outcome.status, body: outcome.body };
  return { status: 0, body: '', error: outcome.error, host: outcome.host, port: outcome.port };
}

function curlError(r: { error?: string; host?: string; port?: number }): [number, string] {
  switch (r.error) {
    case 'resolve':
      return [6, `Could not resolve host: ${r.host ?? ''}`];
    case 'refused':
      return [7, `Failed to connect to ${r.host ?? ''} port ${r.port ?? 80} after 0 ms: Couldn't connect to server`];
    case 'timeout':
      return [28, `Failed to connect to ${r.host ?? ''} port ${r.port ?? 80} after 134000 ms: Couldn't connect to server`];
    case 'empty-reply':
      return [52, 'Empty reply from server'];
    default:
      return [3, 'URL rejected: Malformed input to a URL function'];
  }
}

function wgetError(r: { error?: string; host?: string }, host: string): string {
  switch (r.error) {
    case 'resolve':
      return `wget: bad address '${host}'\n`;
    case 'refused':
      return `wget: can't connect to remote host (${r.host ?? host}): Connection refused\n`;
    case 'timeout':
      return 'wget: download timed out\n';
    case 'empty-reply':
      return 'wget: error getting response\n';
    default:
      return `wget: bad address '${host}'\n`;
  }
}

export function curl(env: KubeEnv, args: readonly string[], from?: RequestFrom): CommandResult {
  const urls = args.filter((a) => !a.startsWith('-'));
  const silent = args.some((a) => /^-[a-zA-Z]*s/.test(a));
  const headOnly = args.includes('-I') || args.includes('--head');
  if (urls.length === 0) return { stdout: '', stderr: "curl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 };
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  for (const url of urls) {
    const r = request(env, url, from);
    if (r.error) {
      const [code, text] = curlError(r);
      if (!silent || args.includes('-S')) stderr += `curl: (${code}) ${text}\n`;
      exitCode = code;
      continue;
    }
    stdout += headOnly ? `HTTP/1.1 ${r.status} OK\r\nServer: nginx/1.27.3\r\nContent-Type: text/html\r\nContent-Length: ${r.body.length}\r\n\r\n` : r.body;
  }
  return { stdout, stderr, exitCode };
}

export function wget(env: KubeEnv, args: readonly string[], from?: RequestFrom): CommandResult {
  const quiet = args.some((a) => /^-[a-zA-Z]*q/.test(a));
  const toStdout = args.some((a, i) => /^-[a-zA-Z]*O-$/.test(a) || (/^-[a-zA-Z]*O$/.test(a) && args[i + 1] === '-'));
  const takesValue = (a: string | undefined): boolean => a !== undefined && /^-[a-zA-Z]*[OTUYt]$/.test(a);
  const urls = args.filter((a, i) => !a.startsWith('-') && !takesValue(args[i - 1]));
  if (urls.length === 0) return { stdout: '', stderr: 'wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help\' for more options.\n', exitCode: 1 };
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  for (const url of urls.filter((u) => u !== '-')) {
    const r = request(env, url, from, 'Wget');
    const parsed = parseUrl(url);
    if (r.error) {
      stderr += wgetError(r, parsed?.host ?? url);
      exitCode = 1;
      continue;
    }
    if (!quiet) stderr += `Connecting to ${parsed?.host ?? ''}${parsed && parsed.port !== 80 ? `:${parsed.port}` : ''}\n`;
    if (toStdout) stdout += r.body;
    else if (!quiet) stderr += `saving to 'index.html'\nindex.html           100% |********************************|   ${r.body.length}  0:00:00 ETA\n'index.html' saved\n`;
  }
  return { stdout, stderr, exitCode };
}

export function networkCommands(env: KubeEnv): Command[] {
  return [
    { name: 'curl', summary: 'transfer a URL', run: (args) => curl(env, args) },
    { name: 'wget', summary: 'non-interactive network downloader', run: (args) => wget(env, args) },
  ];
}
