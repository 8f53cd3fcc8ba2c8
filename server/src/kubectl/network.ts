/**
 * The network commands of the student's shell: `curl` (see curl.ts) and busybox-style `wget`,
 * reaching services through a running `kubectl port-forward` or, from inside pods, by cluster DNS
 * name or ClusterIP (see httpClient.ts).
 */
import type { Command, CommandResult } from '../shell/command.js';
import { errnoMessage, resolvePath, VfsError } from '../shell/vfs.js';
import { curl, type SaveFile } from './curl.js';
import type { KubeEnv } from './env.js';
import { parseUrl } from '../sim/index.js';
import { request, statusLine, type RequestFrom } from './httpClient.js';

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

export function wget(env: KubeEnv, args: readonly string[], from?: RequestFrom, save?: SaveFile): CommandResult {
  const quiet = args.some((a) => /^-[a-zA-Z]*q/.test(a));
  const toStdout = args.some((a, i) => /^-[a-zA-Z]*O-$/.test(a) || (/^-[a-zA-Z]*O$/.test(a) && args[i + 1] === '-'));
  const takesValue = (a: string | undefined): boolean => a !== undefined && /^-[a-zA-Z]*[OTUYt]$/.test(a);
  // -O FILE (or -OFILE): where the document goes; else the URL's last path segment, index.html for `/`.
  const outAt = args.findIndex((a) => /^-[a-zA-Z]*O/.test(a));
  const outArg =
    outAt < 0
      ? undefined
      : /^-[a-zA-Z]*O$/.test(args[outAt] ?? '')
        ? args[outAt + 1]
        : args[outAt]?.replace(/^-[a-zA-Z]*O/, '');
  const urls = args.filter((a, i) => !a.startsWith('-') && !takesValue(args[i - 1]));
  if (urls.length === 0)
    return {
      stdout: '',
      stderr: "wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n",
      exitCode: 1,
    };
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  for (const url of urls.filter((u) => u !== '-')) {
    const r = request(env, url, from, { userAgent: 'Wget' });
    const parsed = parseUrl(url);
    if (r.error) {
      stderr += wgetError(r, parsed?.host ?? url);
      exitCode = 1;
      continue;
    }
    // busybox prints the address it dialled (a Service's ClusterIP) with the port.
    if (!quiet) stderr += `Connecting to ${parsed?.host ?? ''} (${r.ip ?? ''}:${r.port ?? parsed?.port ?? 80})\n`;
    if (r.status >= 400) {
      stderr += `wget: server returned error: ${statusLine(r.status)}\n`;
      exitCode = 1;
      continue;
    }
    if (toStdout) {
      stdout += r.body;
      continue;
    }
    const file = outArg ?? (parsed?.path.split('/').pop() || 'index.html');
    try {
      save?.(file, r.body);
    } catch (error) {
      if (!(error instanceof VfsError)) throw error;
      stderr += `wget: can't open '${file}': ${errnoMessage(error.code)}\n`;
      exitCode = 1;
      continue;
    }
    const shown = file.slice(file.lastIndexOf('/') + 1).padEnd(20);
    if (!quiet)
      stderr += `saving to '${file}'\n${shown} 100% |********************************|   ${r.body.length}  0:00:00 ETA\n'${file}' saved\n`;
  }
  return { stdout, stderr, exitCode };
}

export function networkCommands(env: KubeEnv): Command[] {
  return [
    {
      name: 'curl',
      summary: 'transfer a URL',
      run: (args, ctx) =>
        curl(env, args, undefined, {
          save: (path, content) => ctx.vfs.writeFile(resolvePath(ctx.cwd, path), content),
          terminal: ctx.isTerminal,
        }),
    },
    {
      name: 'wget',
      summary: 'non-interactive network downloader',
      run: (args, ctx) =>
        wget(env, args, undefined, (path, content) => ctx.vfs.writeFile(resolvePath(ctx.cwd, path), content)),
    },
  ];
}
