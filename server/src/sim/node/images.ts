/**
 * The simulated container registry: the images students meet in the Kubernetes docs and tutorials,
 * their tags, size, the ports they serve, how their default process behaves and what it costs.
 * An image not listed here (or a tag not listed) fails to pull, as it would from Docker Hub.
 */

/** How the image's default process behaves when no command is given. */
export type DefaultBehaviour =
  /** A server that runs until stopped (nginx, redis, …). */
  | 'serve'
  /** A shell that exits at once without a terminal (busybox, alpine, ubuntu: `sh`/`bash`). */
  | 'shell'
  /** A language REPL that exits at once without a terminal (python, node). */
  | 'repl'
  /** A program that prints and exits 0 (hello-world). */
  | 'exit';

/** What the image's userland has, for `kubectl exec`. */
export type Userland = 'debian' | 'alpine' | 'busybox' | 'distroless';

export interface ImageInfo {
  /** Repository as written without a tag, e.g. `nginx`, `registry.k8s.io/echoserver`. */
  readonly repository: string;
  readonly tags: readonly string[];
  /** Compressed size as the pull reports it (`Image size: … bytes`). */
  readonly size: number;
  readonly ports: readonly number[];
  readonly behaviour: DefaultBehaviour;
  readonly userland: Userland;
  /** Resident memory once running, bytes (compared with the memory limit: OOMKilled). */
  readonly memory: number;
  /** CPU the idle process uses, millicores (`kubectl top`). */
  readonly idleCpu: number;
  /** Milliseconds to exit after SIGTERM; undefined means it ignores it (PID 1 shell) and waits for SIGKILL. */
  readonly stopMs: number | undefined;
  /** Startup log lines (`kubectl logs`), `{ts}` replaced by a timestamp where the image prints one. */
  readonly startupLog?: readonly string[];
  /** Environment variables the image sets (`kubectl exec … env`). */
  readonly env?: Readonly<Record<string, string>>;
  /** Required environment for the default process; missing → the process exits 1 with this log. */
  readonly requiresEnv?: { readonly anyOf: readonly string[]; readonly log: readonly string[] };
  /** Paths served with 200 over HTTP (others 404); undefined means any path answers 200. */
  readonly httpPaths?: readonly string[];
  /** Version line for `<binary> -v` style commands. */
  readonly version?: string;
}

const MiB = 1024 * 1024;
const PATH_DEBIAN = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const NGINX_LOG = [
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

function image(repository: string, info: Omit<ImageInfo, 'repository'>): ImageInfo {
  return { repository, ...info };
}

const NGINX = image('nginx', {
  tags: [
    'latest',
    'stable',
    'mainline',
    'alpine',
    '1',
    '1.27',
    '1.27.3',
    '1.27.2',
    '1.27.1',
    '1.27.0',
    '1.26',
    '1.26.2',
    '1.25',
    '1.25.3',
    '1.24',
    '1.24.0',
    '1.23',
    '1.22',
    '1.21',
    '1.20',
    '1.19',
    '1.17',
    '1.16',
    '1.16.1',
    '1.15',
    '1.14',
    '1.14.2',
    '1.7.9',
    '1.27-alpine',
    '1.25-alpine',
    'stable-alpine',
  ],
  size: 72099410,
  ports: [80],
  behaviour: 'serve',
  userland: 'debian',
  memory: 8 * MiB,
  idleCpu: 0,
  stopMs: 300,
  startupLog: NGINX_LOG,
  env: {
    PATH: PATH_DEBIAN,
    NGINX_VERSION: '1.27.3',
    NJS_VERSION: '0.8.7',
    NJS_RELEASE: '1~bookworm',
    PKG_RELEASE: '1~bookworm',
    DYNPKG_RELEASE: '1~bookworm',
  },
  httpPaths: ['/', '/index.html'],
  version: 'nginx version: nginx/1.27.3',
});

const CATALOGUE: readonly ImageInfo[] = [
  NGINX,
  image('httpd', {
    tags: ['latest', '2', '2.4', '2.4.62', 'alpine', '2.4-alpine'],
    size: 58243402,
    ports: [80],
    behaviour: 'serve',
    userland: 'debian',
    memory: 12 * MiB,
    idleCpu: 1,
    stopMs: 500,
    startupLog: [
      "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using {podIP}. Set the 'ServerName' directive globally to suppress this message",
      "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using {podIP}. Set the 'ServerName' directive globally to suppress this message",
      '[{httpd}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations',
      "[{httpd}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'",
    ],
    env: { PATH: '/usr/local/apache2/bin:' + PATH_DEBIAN, HTTPD_PREFIX: '/usr/local/apache2', HTTPD_VERSION: '2.4.62' },
    httpPaths: ['/', '/index.html'],
    version: 'Server version: Apache/2.4.62 (Unix)',
  }),
  image('busybox', {
    tags: ['latest', '1', '1.36', '1.36.1', '1.35', '1.34', '1.28', 'stable', 'musl', 'glibc', 'uclibc'],
    size: 4269984,
    ports: [],
    behaviour: 'shell',
    userland: 'busybox',
    memory: 1 * MiB,
    idleCpu: 0,
    stopMs: undefined,
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
  }),
  image('alpine', {
    tags: ['latest', '3', '3.21', '3.20', '3.19', '3.18', 'edge'],
    size: 7834880,
    ports: [],
    behaviour: 'shell',
    userland: 'alpine',
    memory: 1 * MiB,
    idleCpu: 0,
    stopMs: undefined,
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
  }),
  image('ubuntu', {
    tags: ['latest', '24.04', '22.04', '20.04', 'noble', 'jammy', 'focal'],
    size: 78098480,
    ports: [],
    behaviour: 'shell',
    userland: 'debian',
    memory: 2 * MiB,
    idleCpu: 0,
    stopMs: undefined,
    env: { PATH: PATH_DEBIAN },
  }),
  image('debian', {
    tags: ['latest', '12', 'bookworm', 'bookworm-slim', '11', 'bullseye', 'bullseye-slim', 'stable-slim'],
    size: 48494272,
    ports: [],
    behaviour: 'shell',
    userland: 'debian',
    memory: 2 * MiB,
    idleCpu: 0,
    stopMs: undefined,
    env: { PATH: PATH_DEBIAN },
  }),
  image('curlimages/curl', {
    tags: ['latest', '8.11.1', '8.10.1', '8.5.0', '7.85.0'],
    size: 22155776,
    ports: [],
    behaviour: 'exit',
    userland: 'alpine',
    memory: 1 * MiB,
    idleCpu: 0,
    stopMs: undefined,
    startupLog: ["curl: try 'curl --help' or 'curl --manual' for more information"],
    env: { PATH: PATH_DEBIAN },
  }),
  image('redis', {
    tags: ['latest', '7', '7.4', '7.4.1', '7.2', '7.0', '6', '6.2', '5', 'alpine', '7-alpine', '7.4-alpine'],
    size: 117266432,
    ports: [6379],
    behaviour: 'serve',
    userland: 'debian',
    memory: 4 * MiB,
    idleCpu: 2,
    stopMs: 300,
    startupLog: [
      '1:C {redis} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      '1:C {redis} * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:C {redis} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
      '1:M {redis} * monotonic clock: POSIX clock_gettime',
      '1:M {redis} * Running mode=standalone, port=6379.',
      '1:M {redis} * Server initialized',
      '1:M {redis} * Ready to accept connections tcp',
    ],
    env: { PATH: PATH_DEBIAN, REDIS_VERSION: '7.4.1' },
    version: 'Redis server v=7.4.1 sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=0',
  }),
  image('postgres', {
    tags: ['latest', '17', '17.2', '16', '16.6', '15', '14', '13', 'alpine', '16-alpine', '17-alpine'],
    size: 158430208,
    ports: [5432],
    behaviour: 'serve',
    userland: 'debian',
    memory: 24 * MiB,
    idleCpu: 3,
    stopMs: 1000,
    startupLog: [
      'PostgreSQL Database directory appears to contain a database; Skipping initialization',
      '',
      '{pg} UTC [1] LOG:  starting PostgreSQL 17.2 (Debian 17.2-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit',
      '{pg} UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432',
      '{pg} UTC [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"',
      '{pg} UTC [1] LOG:  database system is ready to accept connections',
    ],
    requiresEnv: {
      anyOf: ['POSTGRES_PASSWORD', 'POSTGRES_HOST_AUTH_METHOD'],
      log: [
        'Error: Database is uninitialized and superuser password is not specified.',
        '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
        '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
        '',
        '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
        '       connections without a password. This is *not* recommended.',
        '',
        '       See PostgreSQL documentation about "trust":',
        '       https://www.postgresql.org/docs/current/auth-trust.html',
      ],
    },
    env: {
      PATH: '/usr/lib/postgresql/17/bin:' + PATH_DEBIAN,
      PG_MAJOR: '17',
      PG_VERSION: '17.2-1.pgdg120+1',
      PGDATA: '/var/lib/postgresql/data',
    },
    version: 'postgres (PostgreSQL) 17.2 (Debian 17.2-1.pgdg120+1)',
  }),
  image('mysql', {
    tags: ['latest', '9', '9.1', '8', '8.4', '8.0', '5.7', '5.6', 'lts'],
    size: 602505216,
    ports: [3306, 33060],
    behaviour: 'serve',
    userland: 'debian',
    memory: 360 * MiB,
    idleCpu: 5,
    stopMs: 2000,
    startupLog: [
      '{mysqlEntry} [Note] [Entrypoint]: Entrypoint script for MySQL Server 9.1.0-1.el9 started.',
      "{mysqlEntry} [Note] [Entrypoint]: Switching to dedicated user 'mysql'",
      '{mysql} 0 [System] [MY-015015] [Server] MySQL Server - start.',
      '{mysql} 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 9.1.0) starting as process 1',
      "{mysql} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '9.1.0'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.",
    ],
    requiresEnv: {
      anyOf: ['MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'],
      log: [
        '{mysqlEntry} [Note] [Entrypoint]: Entrypoint script for MySQL Server 9.1.0-1.el9 started.',
        "{mysqlEntry} [Note] [Entrypoint]: Switching to dedicated user 'mysql'",
        '{mysqlEntry} [Note] [Entrypoint]: Entrypoint script for MySQL Server 9.1.0-1.el9 started.',
        '{mysqlEntry} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified',
        '    You need to specify one of the following as an environment variable:',
        '    - MYSQL_ROOT_PASSWORD',
        '    - MYSQL_ALLOW_EMPTY_PASSWORD',
        '    - MYSQL_RANDOM_ROOT_PASSWORD',
      ],
    },
    env: {
      PATH: PATH_DEBIAN,
      MYSQL_MAJOR: 'innovation',
      MYSQL_VERSION: '9.1.0-1.el9',
      MYSQL_SHELL_VERSION: '9.1.0-1.el9',
    },
  }),
  image('node', {
    tags: ['latest', '22', '22-alpine', '20', '20-alpine', '18', 'lts', 'lts-alpine', 'alpine', 'slim', '22-slim'],
    size: 394522624,
    ports: [],
    behaviour: 'repl',
    userland: 'debian',
    memory: 40 * MiB,
    idleCpu: 1,
    stopMs: 100,
    env: { PATH: PATH_DEBIAN, NODE_VERSION: '22.12.0', YARN_VERSION: '1.22.22' },
    version: 'v22.12.0',
  }),
  image('python', {
    tags: [
      'latest',
      '3',
      '3.13',
      '3.12',
      '3.11',
      '3.10',
      '3.9',
      'slim',
      '3.12-slim',
      '3.13-slim',
      'alpine',
      '3.12-alpine',
    ],
    size: 373293056,
    ports: [],
    behaviour: 'repl',
    userland: 'debian',
    memory: 10 * MiB,
    idleCpu: 0,
    stopMs: 100,
    env: { PATH: PATH_DEBIAN, LANG: 'C.UTF-8', PYTHON_VERSION: '3.13.1' },
    version: 'Python 3.13.1',
  }),
  image('hello-world', {
    tags: ['latest', 'linux'],
    size: 13256,
    ports: [],
    behaviour: 'exit',
    userland: 'distroless',
    memory: 1 * MiB,
    idleCpu: 0,
    stopMs: 0,
    startupLog: [
      '',
      'Hello from Docker!',
      'This message shows that your installation appears to be working correctly.',
      '',
    ],
  }),
  image('registry.k8s.io/hpa-example', {
    tags: ['latest'],
    size: 168603648,
    ports: [80],
    behaviour: 'serve',
    userland: 'debian',
    memory: 10 * MiB,
    idleCpu: 1,
    stopMs: 500,
    env: { PATH: PATH_DEBIAN },
  }),
  image('registry.k8s.io/echoserver', {
    tags: ['1.4', '1.10'],
    size: 46162432,
    ports: [8080],
    behaviour: 'serve',
    userland: 'debian',
    memory: 6 * MiB,
    idleCpu: 0,
    stopMs: 300,
    env: { PATH: PATH_DEBIAN },
  }),
  image('registry.k8s.io/e2e-test-images/agnhost', {
    tags: ['2.39', '2.40', '2.43', '2.45', '2.47', '2.48', '2.50', '2.52'],
    size: 53198848,
    ports: [8080],
    behaviour: 'serve',
    userland: 'alpine',
    memory: 8 * MiB,
    idleCpu: 0,
    stopMs: 0,
    env: { PATH: PATH_DEBIAN },
  }),
  image('registry.k8s.io/busybox', {
    tags: ['latest', '1.27.2', '1.24'],
    size: 1311820,
    ports: [],
    behaviour: 'shell',
    userland: 'busybox',
    memory: 1 * MiB,
    idleCpu: 0,
    stopMs: undefined,
    env: { PATH: PATH_DEBIAN },
  }),
  image('registry.k8s.io/nginx-slim', {
    tags: ['0.8', '0.21', '0.24', '0.26', '0.27'],
    size: 32112640,
    ports: [80],
    behaviour: 'serve',
    userland: 'debian',
    memory: 6 * MiB,
    idleCpu: 0,
    stopMs: 300,
    startupLog: [],
    httpPaths: ['/', '/index.html'],
    env: { PATH: PATH_DEBIAN },
  }),
  image('registry.k8s.io/pause', {
    tags: ['3.10', '3.9', '3.6', 'latest'],
    size: 736,
    ports: [],
    behaviour: 'serve',
    userland: 'distroless',
    memory: 256 * 1024,
    idleCpu: 0,
    stopMs: 0,
  }),
  image('registry.k8s.io/liveness', {
    tags: ['latest'],
    size: 4120576,
    ports: [8080],
    behaviour: 'serve',
    userland: 'distroless',
    memory: 2 * MiB,
    idleCpu: 0,
    stopMs: 0,
  }),
  image('registry.k8s.io/goproxy', {
    tags: ['0.1'],
    size: 5284352,
    ports: [8080],
    behaviour: 'serve',
    userland: 'distroless',
    memory: 2 * MiB,
    idleCpu: 0,
    stopMs: 0,
  }),
  image('registry.k8s.io/metrics-server/metrics-server', {
    tags: ['v0.7.2', 'v0.7.1', 'v0.6.4'],
    size: 19537920,
    ports: [4443, 10250],
    behaviour: 'serve',
    userland: 'distroless',
    memory: 18 * MiB,
    idleCpu: 4,
    stopMs: 100,
  }),
  image('registry.k8s.io/ingress-nginx/controller', {
    tags: ['v1.11.3', 'v1.11.2', 'v1.10.1', 'v1.9.4'],
    size: 105906176,
    ports: [80, 443, 8443, 10254],
    behaviour: 'serve',
    userland: 'alpine',
    memory: 90 * MiB,
    idleCpu: 3,
    stopMs: 1000,
    env: { PATH: PATH_DEBIAN },
  }),
  image('registry.k8s.io/ingress-nginx/kube-webhook-certgen', {
    tags: ['v1.4.4', 'v1.4.3', 'v1.4.1'],
    size: 21495808,
    ports: [],
    behaviour: 'exit',
    userland: 'distroless',
    memory: 4 * MiB,
    idleCpu: 0,
    stopMs: 0,
  }),
  image('kubernetesui/dashboard', {
    tags: ['v2.7.0'],
    size: 74998784,
    ports: [9090, 8443],
    behaviour: 'serve',
    userland: 'distroless',
    memory: 14 * MiB,
    idleCpu: 1,
    stopMs: 100,
  }),
  image('kubernetesui/metrics-scraper', {
    tags: ['v1.0.8'],
    size: 19746816,
    ports: [8000],
    behaviour: 'serve',
    userland: 'distroless',
    memory: 8 * MiB,
    idleCpu: 1,
    stopMs: 100,
  }),
  image('gcr.io/google-samples/hello-app', {
    tags: ['1.0', '2.0'],
    size: 11059200,
    ports: [8080],
    behaviour: 'serve',
    userland: 'distroless',
    memory: 3 * MiB,
    idleCpu: 0,
    stopMs: 0,
    startupLog: ['{helloApp} Server listening on port 8080'],
  }),
  image('gcr.io/google-samples/kubernetes-bootcamp', {
    tags: ['v1', 'v2'],
    size: 211542016,
    ports: [8080],
    behaviour: 'serve',
    userland: 'debian',
    memory: 20 * MiB,
    idleCpu: 0,
    stopMs: 100,
    startupLog: ['Kubernetes Bootcamp App Started At: {bootcamp} | Running On:  {hostname} '],
  }),
  image('gcr.io/google-samples/gb-frontend', {
    tags: ['v5', 'v6'],
    size: 134217728,
    ports: [80],
    behaviour: 'serve',
    userland: 'debian',
    memory: 16 * MiB,
    idleCpu: 1,
    stopMs: 300,
  }),
  image('gcr.io/google-samples/gb-redis-follower', {
    tags: ['v1', 'v2'],
    size: 37748736,
    ports: [6379],
    behaviour: 'serve',
    userland: 'debian',
    memory: 4 * MiB,
    idleCpu: 2,
    stopMs: 300,
  }),
  image('gcr.io/google-samples/gb-redisslave', {
    tags: ['v1', 'v2', 'v3'],
    size: 37748736,
    ports: [6379],
    behaviour: 'serve',
    userland: 'debian',
    memory: 4 * MiB,
    idleCpu: 2,
    stopMs: 300,
  }),
  image('gcr.io/google_containers/echoserver', {
    tags: ['1.4', '1.10'],
    size: 46162432,
    ports: [8080],
    behaviour: 'serve',
    userland: 'debian',
    memory: 6 * MiB,
    idleCpu: 0,
    stopMs: 300,
  }),
  image('kicbase/echo-server', {
    tags: ['1.0', 'latest'],
    size: 4944384,
    ports: [8080],
    behaviour: 'serve',
    userland: 'distroless',
    memory: 2 * MiB,
    idleCpu: 0,
    stopMs: 0,
    startupLog: ['Echo server listening on port 8080.'],
  }),
  image('traefik/whoami', {
    tags: ['latest', 'v1.10', 'v1.10.3'],
    size: 6815744,
    ports: [80],
    behaviour: 'serve',
    userland: 'distroless',
    memory: 2 * MiB,
    idleCpu: 0,
    stopMs: 0,
    startupLog: ['{whoami} Starting up on port 80'],
  }),
  image('perl', {
    tags: ['latest', '5', '5.40', '5.34', '5.34.0', 'slim'],
    size: 356515840,
    ports: [],
    behaviour: 'repl',
    userland: 'debian',
    memory: 4 * MiB,
    idleCpu: 0,
    stopMs: undefined,
    env: { PATH: PATH_DEBIAN },
  }),
  image('mongo', {
    tags: ['latest', '8', '8.0', '7', '7.0', '6', '6.0', '4.4'],
    size: 283115520,
    ports: [27017],
    behaviour: 'serve',
    userland: 'debian',
    memory: 80 * MiB,
    idleCpu: 5,
    stopMs: 1000,
    env: { PATH: PATH_DEBIAN, MONGO_VERSION: '8.0.4' },
  }),
  image('memcached', {
    tags: ['latest', '1', '1.6', 'alpine'],
    size: 30408704,
    ports: [11211],
    behaviour: 'serve',
    userland: 'debian',
    memory: 3 * MiB,
    idleCpu: 0,
    stopMs: 100,
  }),
  image('rabbitmq', {
    tags: ['latest', '4', '3', '3-management', 'management'],
    size: 107479040,
    ports: [5672, 15672],
    behaviour: 'serve',
    userland: 'debian',
    memory: 120 * MiB,
    idleCpu: 6,
    stopMs: 2000,
  }),
  image('wordpress', {
    tags: ['latest', '6', '6.7', '6.2.1-apache', '4.8-apache', 'php8.3-apache'],
    size: 251658240,
    ports: [80],
    behaviour: 'serve',
    userland: 'debian',
    memory: 30 * MiB,
    idleCpu: 1,
    stopMs: 500,
  }),
];

/** Where the docs' old registry names now live (k8s.gcr.io redirects to registry.k8s.io). */
const REGISTRY_ALIASES: readonly [string, string][] = [
  ['k8s.gcr.io/', 'registry.k8s.io/'],
  ['gcr.io/google-containers/', 'registry.k8s.io/'],
  ['us-docker.pkg.dev/google-samples/containers/gke/', 'gcr.io/google-samples/'],
  ['docker.io/library/', ''],
  ['index.docker.io/library/', ''],
  ['library/', ''],
  ['docker.io/', ''],
];

const BY_REPOSITORY: ReadonlyMap<string, ImageInfo> = new Map(CATALOGUE.map((i) => [i.repository, i]));

export interface ImageRef {
  /** As written in the pod spec. */
  readonly name: string;
  /** Repository without registry aliases, e.g. `nginx`. */
  readonly repository: string;
  readonly tag: string;
  readonly digest: string | undefined;
}

/** Splits `registry/repo:tag@sha256:…` (a port in the registry host is not a tag). */
export function parseImage(name: string): ImageRef {
  const [beforeDigest = '', digest] = name.split('@');
  const slash = beforeDigest.lastIndexOf('/');
  const colon = beforeDigest.lastIndexOf(':');
  const hasTag = colon > slash;
  let repository = hasTag ? beforeDigest.slice(0, colon) : beforeDigest;
  const tag = hasTag ? beforeDigest.slice(colon + 1) : 'latest';
  for (const [from, to] of REGISTRY_ALIASES) {
    if (repository.startsWith(from)) {
      repository = to + repository.slice(from.length);
      break;
    }
  }
  if (!BY_REPOSITORY.has(repository) && repository.startsWith('docker.io/'))
    repository = repository.slice('docker.io/'.length);
  return { name, repository, tag, digest };
}

/** A version-looking tag (`6.0.5`, `v1.2`, `1.25-alpine`) of an image that publishes versions: pulled without a list of every release. */
const VERSION_TAG = /^v?\d+(\.\d+){0,3}(-[a-z0-9.]+)?$/;

export type PullResult = { ok: true; info: ImageInfo; ref: ImageRef } | { ok: false; ref: ImageRef; error: string };

/** Looks an image up as `docker pull` would, with Docker's error text when it is not there. */
export function pullImage(name: string): PullResult {
  const ref = parseImage(name);
  const info = BY_REPOSITORY.get(ref.repository);
  const shown = name.includes(':') || name.includes('@') ? name : `${name}:latest`;
  if (!info) {
    const repo = name.split(/[:@]/)[0] ?? name;
    return {
      ok: false,
      ref,
      error: `Error response from daemon: pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
    };
  }
  if (
    ref.digest === undefined &&
    !info.tags.includes(ref.tag) &&
    !(VERSION_TAG.test(ref.tag) && info.tags.some((t) => /\d/.test(t)))
  ) {
    return {
      ok: false,
      ref,
      error: `Error response from daemon: manifest for ${shown} not found: manifest unknown: manifest unknown`,
    };
  }
  return { ok: true, info, ref };
}

export function imageInfo(name: string): ImageInfo | undefined {
  const r = pullImage(name);
  return r.ok ? r.info : undefined;
}

/** Virtual milliseconds a pull takes on a small cluster's network (about 60 MB/s plus the registry round trips). */
export function pullMillis(info: ImageInfo): number {
  return 400 + Math.round(info.size / 90_000);
}

/** Go's time.Duration String() for a whole number of milliseconds (`1.2s`, `512ms`, `1m2.5s`, `2h0m3s`). */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60000);
  const rest = (ms % 60000) / 1000;
  const secs = `${Number(rest.toFixed(3))}s`;
  if (hours > 0) return `${hours}h${minutes}m${secs}`;
  return minutes > 0 ? `${minutes}m${secs}` : secs;
}

export const CATALOGUE_IMAGES: readonly ImageInfo[] = CATALOGUE;
