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

/** An HTTP request from a pod (`from` set) or the student's machine. */
export function request(env: KubeEnv, url: string, from?: { namespace?: string; pod?: string }): HttpResult {
  const parsed = parseUrl(url);
  if (!parsed) return { status: 0, body: '', error: `URL rejected: Malformed input to a URL function` };
  if (!from && (parsed.host === 'localhost' || parsed.host === '127.0.0.1')) {
    const fwd = env.forwards.get(parsed.port);
    if (!fwd) return { status: 0, body: '', error: `Failed to connect to ${parsed.host} port ${parsed.port} after 0 ms: Couldn't connect to server` };
    if (env.http) return env.http(`http://${fwd.pod}.pod:${fwd.podPort}${parsed.path}`, { namespace: fwd.namespace, pod: fwd.pod });
    return { status: 200, body: welcome(fwd.pod) };
  }
  if (env.http && env.cluster.state === 'Running') return env.http(url, from);
  if (!from) return { status: 0, body: '', error: `Could not resolve host: ${parsed.host}` };
  return { status: 0, body: '', error: `Could not resolve host: ${parsed.host}` };
}

function welcome(_pod: string): string {
  return `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;
}

export function curl(env: KubeEnv, args: readonly string[], from?: { namespace?: string; pod?: string }): CommandResult {
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
      if (!silent || args.includes('-S')) stderr += `curl: (${r.error.startsWith('Could not resolve') ? 6 : 7}) ${r.error}\n`;
      exitCode = r.error.startsWith('Could not resolve') ? 6 : 7;
      continue;
    }
    stdout += headOnly ? `HTTP/1.1 ${r.status} OK\r\nServer: nginx/1.27.3\r\nContent-Type: text/html\r\nContent-Length: ${r.body.length}\r\n\r\n` : r.body;
  }
  return { stdout, stderr, exitCode };
}

export function wget(env: KubeEnv, args: readonly string[], from?: { namespace?: string; pod?: string }): CommandResult {
  const urls = args.filter((a) => !a.startsWith('-'));
  const quiet = args.some((a) => /^-[a-zA-Z]*q/.test(a));
  const toStdout = args.some((a) => a === '-O-' || a === '-O' || /^-[a-zA-Z]*O$/.test(a));
  if (urls.length === 0) return { stdout: '', stderr: 'wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help\' for more options.\n', exitCode: 1 };
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  for (const url of urls.filter((u) => u !== '-')) {
    const r = request(env, url, from);
    const parsed = parseUrl(url);
    if (r.error) {
      stderr += r.error.startsWith('Could not resolve') ? `wget: bad address '${parsed?.host ?? url}'\n` : `wget: can't connect to remote host: Connection refused\n`;
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
