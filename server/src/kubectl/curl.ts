/**
 * `curl` as students type it in tutorials, in their shell (through `kubectl port-forward`) or inside
 * pods: curl 8's options (`-sS`, `-i`, `-I`, `-v`, `-o FILE`, `-w '%{http_code}'`, `-f`, `-m`,
 * `-H 'Host: …'`, `--resolve`), its response headers and its error messages and exit codes.
 */
import { parseArgs } from 'node:util';
import type { CommandResult } from '../shell/command.js';
import type { KubeEnv } from './env.js';
import { parseUrl } from '../sim/index.js';
import { request, statusLine, type HttpReply, type RequestFrom } from './httpClient.js';

/** The options tutorials use; node's parseArgs reads them as curl does (`-sS`, `-o/dev/null`, `--max-time=5`). */
const OPTIONS = {
  silent: { type: 'boolean', short: 's' },
  'show-error': { type: 'boolean', short: 'S' },
  include: { type: 'boolean', short: 'i' },
  head: { type: 'boolean', short: 'I' },
  verbose: { type: 'boolean', short: 'v' },
  fail: { type: 'boolean', short: 'f' },
  location: { type: 'boolean', short: 'L' },
  insecure: { type: 'boolean', short: 'k' },
  'no-progress-meter': { type: 'boolean' },
  'http1.1': { type: 'boolean' },
  ipv4: { type: 'boolean', short: '4' },
  output: { type: 'string', short: 'o' },
  'write-out': { type: 'string', short: 'w' },
  'max-time': { type: 'string', short: 'm' },
  'connect-timeout': { type: 'string' },
  retry: { type: 'string' },
  header: { type: 'string', short: 'H', multiple: true },
  request: { type: 'string', short: 'X' },
  data: { type: 'string', short: 'd', multiple: true },
  'user-agent': { type: 'string', short: 'A' },
  user: { type: 'string', short: 'u' },
  resolve: { type: 'string', multiple: true },
} as const;

const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";

/** Where `curl -o FILE` writes (the student's files). Inside a container only /dev/null is kept. */
export type SaveFile = (path: string, content: string) => void;

export interface CurlOptions {
  /** Where `-o FILE` writes; absent inside a container, where only /dev/null is kept. */
  save?: SaveFile;
  /** Standard output is the terminal (no pipe, `-t` for exec): curl then hides its progress meter. */
  terminal?: boolean;
}

export function curl(
  env: KubeEnv,
  args: readonly string[],
  from?: RequestFrom,
  options: CurlOptions = {},
): CommandResult {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return { stdout: '', stderr: `${usageError(e, args)}\n${TRY}`, exitCode: 2 };
  }
  const o = parsed.values;
  const urls = parsed.positionals;
  if (urls.length === 0) return { stdout: '', stderr: TRY, exitCode: 2 };
  const showErrors = !o.silent || o['show-error'] === true;
  const hostHeader = o.header?.find((h) => /^host:/i.test(h))?.replace(/^host:\s*/i, '');
  const resolve: Record<string, string> = {};
  for (const r of o.resolve ?? []) {
    const [host = '', , addr = ''] = r.split(':');
    resolve[host] = addr;
  }
  const method = o.request ?? (o.head ? 'HEAD' : o.data ? 'POST' : 'GET');
  const userAgent = o['user-agent'] ?? 'curl/8.5.0';
  const limitMs = Number(o['max-time'] ?? o['connect-timeout'] ?? 0) * 1000;
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  for (const url of urls) {
    const r = request(
      env,
      url,
      from,
      hostHeader ? { userAgent, method, resolve, hostHeader } : { userAgent, method, resolve },
    );
    if (o.verbose) stderr += verboseRequest(r, url, method, hostHeader, userAgent);
    if (r.error) {
      const [code, text] = errorOf(r, limitMs);
      if (showErrors) stderr += `curl: (${code}) ${text}\n`;
      exitCode = code;
      continue;
    }
    const head = responseHead(r, env.cluster.now());
    if (o.verbose) stderr += head.replace(/^(.*)\r\n/gm, (_, line: string) => `< ${line}\r\n`);
    if (o.fail && r.status >= 400) {
      if (showErrors) stderr += `curl: (22) The requested URL returned error: ${r.status}\n`;
      exitCode = 22;
      continue;
    }
    const body = (o.include || o.head ? head : '') + (o.head ? '' : r.body);
    // The progress meter goes to stderr unless silenced or the body is shown on the terminal.
    if (!o.silent && !o['no-progress-meter'] && !(options.terminal && o.output === undefined))
      stderr += progressMeter(byteLength(body));
    if (o.output === undefined) stdout += body;
    else if (o.output !== '/dev/null') options.save?.(o.output, body);
    if (o['write-out'] !== undefined) stdout += writeOut(o['write-out'], r, url);
    if (o.verbose) stderr += `* Connection #0 to host ${parseUrl(url)?.host ?? ''} left intact\n`;
  }
  return { stdout, stderr, exitCode };
}

function errorOf(r: HttpReply, limitMs: number): [number, string] {
  const where = `${r.host ?? ''} port ${r.port ?? 80}`;
  switch (r.error) {
    case 'resolve':
      return [6, `Could not resolve host: ${r.host ?? ''}`];
    case 'refused':
      return [7, `Failed to connect to ${where} after 0 ms: Couldn't connect to server`];
    case 'timeout':
      // Dropped packets: the kernel gives up after about 134 s, unless -m or --connect-timeout ends it first.
      return limitMs > 0
        ? [28, `Failed to connect to ${where} after ${limitMs + 1} ms: Timeout was reached`]
        : [28, `Failed to connect to ${where} after 134000 ms: Couldn't connect to server`];
    case 'empty-reply':
      return [52, 'Empty reply from server'];
    default:
      return [3, 'URL rejected: Malformed input to a URL function'];
  }
}

/** curl's words for a bad command line: an unknown option, or one given without its value. */
function usageError(e: unknown, args: readonly string[]): string {
  const message = e instanceof Error ? e.message : String(e);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `curl: option ${unknown[1] ?? ''}: is unknown`;
  const missing = /Option '(?:-(\w), )?(--[\w.-]+)/.exec(message);
  const given = missing
    ? (args.find((a) => a === `-${missing[1] ?? ''}` || a === missing[2]) ?? missing[2])
    : undefined;
  return `curl: option ${given ?? ''}: requires parameter`;
}

/** The status line and headers, CRLF-terminated, ending in a blank line. */
function responseHead(r: HttpReply, now: number): string {
  const lines = [statusLine(r.status)];
  if (r.server) lines.push(`Server: ${r.server}`);
  lines.push(
    `Date: ${new Date(now).toUTCString()}`,
    `Content-Type: ${r.contentType ?? 'text/plain'}`,
    `Content-Length: ${byteLength(r.body)}`,
    'Connection: keep-alive',
  );
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/** `-v`: what curl says about the connection and the request it sends. */
function verboseRequest(
  r: HttpReply,
  url: string,
  method: string,
  hostHeader: string | undefined,
  userAgent: string,
): string {
  const target = parseUrl(url);
  if (!target || r.error === 'resolve' || r.error === 'bad-url') return '';
  const ip = r.ip ?? target.host;
  let out = `*   Trying ${ip}:${target.port}...\n`;
  if (r.error) return out;
  const host = hostHeader ?? (target.port === 80 ? target.host : `${target.host}:${target.port}`);
  out += `* Connected to ${target.host} (${ip}) port ${target.port}\n`;
  return `${out}> ${method} ${target.path} HTTP/1.1\r\n> Host: ${host}\r\n> User-Agent: ${userAgent}\r\n> Accept: */*\r\n> \r\n`;
}

/** `-w`: the write-out variables tutorials use, and curl's backslash escapes. */
function writeOut(format: string, r: HttpReply, url: string): string {
  const code = String(r.status).padStart(3, '0');
  const vars: Readonly<Record<string, string>> = {
    http_code: code,
    response_code: code,
    remote_ip: r.ip ?? '',
    remote_port: String(r.port ?? ''),
    size_download: String(byteLength(r.body)),
    content_type: r.contentType ?? '',
    url_effective: url,
  };
  return format
    .replace(/%\{([a-z_]+)\}/g, (whole, name: string) => vars[name] ?? whole)
    .replace(/\\([nrt\\])/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : '\\'));
}

const byteLength = (s: string) => new TextEncoder().encode(s).length;

const METER_HEAD =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';

/** curl's progress meter (lib/progress.c) after a transfer of `bytes` that took about a millisecond. */
function progressMeter(bytes: number): string {
  const speed = max5(bytes * 1000);
  const size = max5(bytes);
  return `${METER_HEAD}100 ${size}  100 ${size}    0     0  ${speed}      0 --:--:-- --:--:-- --:--:-- ${speed}\n`;
}

/** progress.c's max5data: a size in five characters, with a k, M or G suffix past 99999. */
function max5(n: number): string {
  if (n < 100_000) return String(n).padStart(5);
  if (n < 10_000 * 1024) return `${Math.floor(n / 1024)}k`.padStart(5);
  if (n < 100 * 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)}M`.padStart(5);
  return `${Math.floor(n / (1024 * 1024))}M`.padStart(5);
}
