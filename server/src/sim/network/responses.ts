/**
 * What the catalogue's HTTP servers answer, by the kind of server the image's facts name. Servers
 * that print the pod's hostname (hello-app, echo servers, whoami, agnhost) let students watch a
 * Service balance load.
 */
import { HTTPD_INDEX, NGINX_INDEX } from '../images/catalogue/common.js';
import type { HttpFacts } from '../images/index.js';

export { NGINX_INDEX };

export interface ServerContext {
  path: string;
  method: string;
  host: string;
  podName: string;
  podIP: string;
  clientIP: string;
  userAgent: string;
  /** The image's tag, e.g. `1.0`. */
  tag: string;
  /** The container's command and arguments (http-echo's `-text=…`). */
  args: readonly string[];
  /** Virtual time of the request, ms. */
  now: number;
  /** When the serving container started, ms (Go's monotonic clock reading counts from there). */
  startedAt: number;
  /** Sends the request on to `upstream` (`host:port`) from the serving pod: its answer, or undefined when it fails. */
  forward?: (upstream: string) => HttpResponse | undefined;
}

export interface HttpResponse {
  status: number;
  contentType: string;
  body: string;
  /** The `Server:` header, for servers that send one (nginx, Apache httpd). */
  server?: string;
}

/** nginx's own error pages (ngx_http_special_response.c). */
const nginxError = (status: string, version: string) =>
  `<html>\r\n<head><title>${status}</title></head>\r\n<body>\r\n<center><h1>${status}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;
const nginx404 = (version: string) => nginxError('404 Not Found', version);

const HTTPD_404 =
  '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n';

const GO_404: HttpResponse = { status: 404, contentType: 'text/plain; charset=utf-8', body: '404 page not found\n' };

const isIndex = (path: string) => path === '/' || path === '/index.html';

/** The server's answer, or undefined when the process does not speak HTTP. */
export function respond(http: HttpFacts | undefined, c: ServerContext): HttpResponse | undefined {
  if (!http) return undefined;
  switch (http.kind) {
    case 'nginx':
      return isIndex(c.path)
        ? { status: 200, contentType: 'text/html', body: NGINX_INDEX, server: `nginx/${http.version}` }
        : { status: 404, contentType: 'text/html', body: nginx404(http.version), server: `nginx/${http.version}` };
    case 'httpd':
      return isIndex(c.path)
        ? { status: 200, contentType: 'text/html', body: HTTPD_INDEX, server: `Apache/${http.version} (Unix)` }
        : {
            status: 404,
            contentType: 'text/html; charset=iso-8859-1',
            body: HTTPD_404,
            server: `Apache/${http.version} (Unix)`,
          };
    case 'echoserver':
      return text(
        `CLIENT VALUES:\nclient_address=${c.clientIP}\ncommand=${c.method}\nreal path=${c.path}\nquery=nil\nrequest_version=1.1\nrequest_uri=http://${c.host}:8080${c.path}\n\nSERVER VALUES:\nserver_version=nginx: 1.10.0 - lua: 10001\n\nHEADERS RECEIVED:\naccept=*/*\nhost=${c.host}\nuser-agent=${c.userAgent}\nBODY:\n-no body in request-`,
      );
    case 'proxy': {
      // proxy_pass: the upstream's status, type and body; nginx puts its own Server header in (proxy_hide_header).
      const server = `nginx/${http.version}`;
      const answer = c.forward?.(http.upstream);
      if (answer) return { ...answer, server };
      return { status: 502, contentType: 'text/html', body: nginxError('502 Bad Gateway', http.version), server };
    }
    case 'http-echo':
      // hashicorp/http-echo prints its -text with a newline (fmt.Fprintln).
      return text(`${flagValue(c.args, 'text') ?? ''}\n`);
    case 'text': {
      if (http.paths && !http.paths.includes(c.path)) return GO_404;
      const version = http.versions?.[c.tag] ?? c.tag;
      const body = http.routes?.[c.path] ?? http.body;
      return { status: http.status, contentType: http.contentType, body: template(body, c, version) };
    }
  }
}

const text = (body: string): HttpResponse => ({ status: 200, contentType: 'text/plain; charset=utf-8', body });

/** A Go flag's value: `-text=hi`, `--text=hi`, or `-text hi`. */
function flagValue(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const m = new RegExp(`^--?${name}(?:=(.*))?$`, 's').exec(a);
    if (m) return m[1] ?? args[i + 1];
  }
  return undefined;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function template(body: string, c: ServerContext, version: string): string {
  if (!body.includes('{')) return body;
  const d = new Date(c.now);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const nginxDate = `${p2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()] ?? ''}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
  const values: Record<string, string> = {
    podName: c.podName,
    podIP: c.podIP,
    clientIP: c.clientIP,
    method: c.method,
    path: c.path,
    host: c.host,
    userAgent: c.userAgent,
    tag: c.tag,
    version,
    now: `${d.toISOString().replace('T', ' ').replace('Z', '')}000000 +0000 UTC m=+${(Math.max(0, c.now - c.startedAt) / 1000).toFixed(9)}`,
    nginxDate,
    day: DAYS[d.getUTCDay()] ?? '',
  };
  return body.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
