/** Shared values of the catalogue's data files. */
import type { ImageEntry } from '../facts.js';

export const MiB = 1024 * 1024;
export const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The nginx image's start-up (docker-entrypoint.sh, then nginx's own notices). */
export const NGINX_LOG = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
  '{ngx} [notice] 1#1: using the "epoll" event method',
  '{ngx} [notice] 1#1: nginx/{version}',
  '{ngx} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) ',
  '{ngx} [notice] 1#1: OS: Linux 6.8.0-49-generic',
  '{ngx} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576',
  '{ngx} [notice] 1#1: start worker processes',
  '{ngx} [notice] 1#1: start worker process 29',
  '{ngx} [notice] 1#1: start worker process 30',
];

/** nginx's default page (served on `/`, and the file `kubectl exec … cat` finds). */
export const NGINX_INDEX = `<!DOCTYPE html>
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

export const HTTPD_INDEX = '<html><body><h1>It works!</h1></body></html>\n';

type Defaulted = 'behaviour' | 'memory' | 'idleCpu' | 'stopMs';
/** An entry without the facts a helper gives it (which it may still set). */
type Facts = Omit<ImageEntry, 'name' | Defaulted> & Partial<Pick<ImageEntry, Defaulted>>;

/** A base OS image: its CMD is a shell that, without a terminal, reads EOF and exits 0. */
export function osImage(name: string, facts: Facts): ImageEntry {
  return { name, behaviour: 'shell', memory: 1 * MiB, idleCpu: 0, stopMs: null, ...facts };
}

/** A language image whose CMD is its REPL (python3, node, irb, php -a …). */
export function languageImage(name: string, facts: Facts & Pick<ImageEntry, 'memory'>): ImageEntry {
  return { name, behaviour: 'repl', idleCpu: 0, stopMs: 100, ...facts };
}

/** A long-running server. */
export function server(name: string, facts: Facts & Pick<ImageEntry, 'memory' | 'idleCpu' | 'stopMs'>): ImageEntry {
  return { name, behaviour: 'serve', ...facts };
}

/** A command-line tool whose default command prints and exits. */
export function tool(name: string, facts: Facts): ImageEntry {
  return { name, behaviour: 'exit', memory: 2 * MiB, idleCpu: 0, stopMs: 0, ...facts };
}
