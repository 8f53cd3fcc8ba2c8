/**
 * What the catalogue's HTTP servers answer, by image repository. Servers that print the pod's
 * hostname (hello-app, echo servers, whoami, agnhost) let students watch a Service balance load.
 */
export interface ServerContext {
  path: string;
  method: string;
  host: string;
  podName: string;
  podIP: string;
  clientIP: string;
  userAgent: string;
  /** Version tag of the image, e.g. `1.0`. */
  tag: string;
}

export interface HttpResponse {
  status: number;
  contentType: string;
  body: string;
  /** The `Server:` header, for servers that send one (nginx, Apache httpd). */
  server?: string;
}

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

const nginx404 = (version: string) =>
  `<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;

const html = (body: string): HttpResponse => ({ status: 200, contentType: 'text/html', body });
const text = (body: string): HttpResponse => ({ status: 200, contentType: 'text/plain; charset=utf-8', body });

type Responder = (ctx: ServerContext) => HttpResponse;

const RESPONDERS: Readonly<Record<string, Responder>> = {
  nginx: (c) => nginx('1.27.3', c),
  'registry.k8s.io/nginx-slim': (c) => nginx('1.11.1', c),
  httpd: (c) =>
    Object.assign(
      c.path === '/' || c.path === '/index.html'
        ? html('<html><body><h1>It works!</h1></body></html>\n')
        : {
            status: 404,
            contentType: 'text/html; charset=iso-8859-1',
            body: '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n',
          },
      { server: 'Apache/2.4.62 (Unix)' },
    ),
  'gcr.io/google-samples/hello-app': (c) =>
    text(`Hello, world!\nVersion: ${c.tag === '2.0' ? '2.0.0' : '1.0.0'}\nHostname: ${c.podName}\n`),
  'gcr.io/google-samples/kubernetes-bootcamp': (c) =>
    text(`Hello Kubernetes bootcamp! | Running on: ${c.podName} | v=${c.tag === 'v2' ? 2 : 1}\n`),
  'registry.k8s.io/e2e-test-images/agnhost': (c) => text(c.podName),
  'registry.k8s.io/hpa-example': () => text('OK!'),
  'kicbase/echo-server': (c) =>
    text(
      `Request served by ${c.podName}\n\n${c.method} ${c.path} HTTP/1.1\n\nHost: ${c.host}\nAccept: */*\nUser-Agent: ${c.userAgent}\n`,
    ),
  'traefik/whoami': (c) =>
    text(
      `Hostname: ${c.podName}\nIP: 127.0.0.1\nIP: ${c.podIP}\nRemoteAddr: ${c.clientIP}:41234\n${c.method} ${c.path} HTTP/1.1\nHost: ${c.host}\nUser-Agent: ${c.userAgent}\nAccept: */*\n\n`,
    ),
  'registry.k8s.io/echoserver': echoserver,
  'gcr.io/google_containers/echoserver': echoserver,
  'gcr.io/google-samples/gb-frontend': () =>
    html(
      '<html ng-app="redis">\n  <head>\n    <title>Guestbook</title>\n  </head>\n  <body>\n    <h2>Guestbook</h2>\n  </body>\n</html>\n',
    ),
  wordpress: () => ({ status: 302, contentType: 'text/html; charset=UTF-8', body: '' }),
  'registry.k8s.io/liveness': (c) =>
    c.path === '/healthz' ? text('ok') : { status: 404, contentType: 'text/plain', body: '404 page not found\n' },
  'registry.k8s.io/goproxy': () => ({
    status: 400,
    contentType: 'text/plain',
    body: 'This is a proxy server. Does not respond to non-proxy requests.\n',
  }),
};

function nginx(version: string, c: ServerContext): HttpResponse {
  const page =
    c.path === '/' || c.path === '/index.html'
      ? html(NGINX_INDEX)
      : { status: 404, contentType: 'text/html', body: nginx404(version) };
  return Object.assign(page, { server: `nginx/${version}` });
}

function echoserver(c: ServerContext): HttpResponse {
  return text(
    `CLIENT VALUES:\nclient_address=${c.clientIP}\ncommand=${c.method}\nreal path=${c.path}\nquery=nil\nrequest_version=1.1\nrequest_uri=http://${c.host}:8080${c.path}\n\nSERVER VALUES:\nserver_version=nginx: 1.10.0 - lua: 10001\n\nHEADERS RECEIVED:\naccept=*/*\nhost=${c.host}\nuser-agent=${c.userAgent}\nBODY:\n-no body in request-`,
  );
}

/** The image's answer, or undefined when the image does not speak HTTP on its port. */
export function respond(repository: string, ctx: ServerContext): HttpResponse | undefined {
  return RESPONDERS[repository]?.(ctx);
}
