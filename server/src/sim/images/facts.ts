/**
 * The shape of one catalogue entry: what a node learns about an image when it pulls it (its config:
 * entrypoint, cmd, user, exposed ports, environment) and what its default process does (the lines it
 * logs, what it answers over HTTP, when it exits). Checked with zod when the catalogue loads, so a typo
 * in the data fails the unit tests, not a student's pod.
 */
import { z } from 'zod';

/**
 * Which tools the image's filesystem has: GNU coreutils and bash (`debian`, also Ubuntu and the
 * RHEL family), busybox applets with `sh` (`busybox`, `alpine` adds apk), or no shell at all
 * (`distroless`, scratch images such as pause or hello-world).
 */
export const USERLANDS = ['debian', 'alpine', 'busybox', 'distroless'] as const;
export type Userland = (typeof USERLANDS)[number];

/** The distribution named in /etc/os-release. */
export const OPERATING_SYSTEMS = ['debian', 'ubuntu', 'alpine', 'oraclelinux', 'centos', 'fedora', 'none'] as const;
export type OperatingSystem = (typeof OPERATING_SYSTEMS)[number];

/**
 * How the default process behaves: a server runs until stopped; a shell or REPL reads its stdin and,
 * without a terminal, exits 0 at once; `exit` prints its log and ends with `exitCode`.
 */
export const BEHAVIOURS = ['serve', 'shell', 'repl', 'exit'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

/** Placeholders a log line may hold; logs.ts fills them in (timestamps in each program's own format). */
export const LOG_PLACEHOLDERS = [
  'ngx',
  'httpd',
  'redis',
  'pg',
  'mysql',
  'mysqlEntry',
  'iso',
  'goLog',
  'klog',
  'date',
  'hostname',
  'podIP',
  'version',
] as const;

/** What requiresFiles' lines may hold besides LOG_PLACEHOLDERS: the flag's description and the missing path. */
const FILE_PLACEHOLDERS = ['what', 'path'];

/** What the server answers over HTTP (see network/responses.ts for each kind). */
const http = z.discriminatedUnion('kind', [
  /** nginx's welcome page on / and /index.html, its 404 page elsewhere. */
  z.object({ kind: z.literal('nginx'), version: z.string() }),
  /** Apache httpd's "It works!" page. */
  z.object({ kind: z.literal('httpd'), version: z.string() }),
  /** registry.k8s.io/echoserver: the request echoed back as text. */
  z.object({ kind: z.literal('echoserver') }),
  /** hashicorp/http-echo: the `-text` argument. */
  z.object({ kind: z.literal('http-echo') }),
  /**
   * nginx passing every request to `upstream` (`host:port`, the docs' hello-frontend): the upstream's answer under
   * nginx's `Server:` header, or nginx's 502 page when the upstream cannot be reached.
   */
  z.object({ kind: z.literal('proxy'), version: z.string(), upstream: z.string().regex(/^[a-z0-9.-]+:\d+$/) }),
  /** A fixed or templated text body: `{podName}`, `{podIP}`, `{clientIP}`, `{method}`, `{path}`, `{host}`, `{userAgent}`, `{tag}`, `{version}`. */
  z.object({
    kind: z.literal('text'),
    body: z.string(),
    status: z.number().int().min(100).max(599).default(200),
    contentType: z.string().default('text/plain; charset=utf-8'),
    /** Only these paths answer; others get Go's `404 page not found`. */
    paths: z.array(z.string()).optional(),
    /** Paths with a body of their own (agnhost netexec's `/hostname`). */
    routes: z.record(z.string(), z.string()).optional(),
    /** `{version}` by tag, for images whose page names their version (hello-app, bootcamp). */
    versions: z.record(z.string(), z.string()).optional(),
  }),
]);
export type HttpFacts = z.infer<typeof http>;

const name = z.string().regex(/^[a-z0-9]+(?:[._/-][a-z0-9]+)*$/, 'a lowercase repository path');

export const imageFactsSchema = z
  .object({
    /** Repository as users write it without a tag: `nginx`, `registry.k8s.io/echoserver`. */
    name,
    /** Other names of the same image (`k8s.gcr.io/echoserver`, `gcr.io/google_containers/echoserver`). */
    aliases: z.array(name).default([]),
    /** Literal tags (`latest`, `alpine`, `v1`). */
    tags: z.array(z.string().regex(/^[\w][\w.-]{0,127}$/)).default([]),
    /**
     * Released versions as ranges, `1.27.0-3` meaning 1.27.0 to 1.27.3; each also makes `1.27` and `1`
     * pullable. Every version exists with each `variants` suffix too (`1.27.3-alpine`).
     */
    versions: z.array(z.string().regex(/^v?\d+(\.\d+)*(\.\d+-\d+)?$/)).default([]),
    variants: z.array(z.string().regex(/^[a-z0-9][a-z0-9.-]*$/)).default([]),
    /** Compressed size as the kubelet's pull event reports it. */
    size: z.number().int().positive(),
    userland: z.enum(USERLANDS),
    os: z.enum(OPERATING_SYSTEMS),
    entrypoint: z.array(z.string()).default([]),
    cmd: z.array(z.string()).default([]),
    /** The image's USER: uid and gid with their names. */
    user: z
      .object({ uid: z.number().int().min(0), gid: z.number().int().min(0), name: z.string(), group: z.string() })
      .default({ uid: 0, gid: 0, name: 'root', group: 'root' }),
    workdir: z.string().default('/'),
    /** What `ps` shows for PID 1 when the process renames itself (`nginx: master process …`). */
    processTitle: z.string().optional(),
    /** EXPOSE'd ports (TCP) the default process listens on. */
    ports: z.array(z.number().int().min(1).max(65535)).default([]),
    env: z.record(z.string(), z.string()).default({}),
    behaviour: z.enum(BEHAVIOURS),
    exitCode: z.number().int().min(0).max(255).default(0),
    /** What the default process prints on start (`kubectl logs`). */
    log: z.array(z.string()).default([]),
    /**
     * The default process needs one of these variables (or an argument starting with one of `anyArg`),
     * else it prints `log` and exits with `exitCode`.
     */
    requiresEnv: z
      .object({
        anyOf: z.array(z.string()).min(1),
        anyArg: z.array(z.string()).default([]),
        log: z.array(z.string()),
        exitCode: z.number().int().min(1).max(255).default(1),
      })
      .optional(),
    /**
     * The image's program needs an argument matching `pattern` (a regular expression, tested on each argument
     * without regard to case),
     * else it prints `log` and exits with `exitCode`: the autoscaler's `--target=deployment/…`.
     */
    requiresArg: z
      .object({ pattern: z.string(), log: z.array(z.string()), exitCode: z.number().int().min(1).max(255).default(1) })
      .optional(),
    /**
     * A host name the default process resolves as it starts (nginx resolves its upstreams' servers when it loads
     * its configuration): when the pod's DNS does not know the name, the process prints `log` and exits with
     * `exitCode`.
     */
    resolvesAtStart: z
      .object({ host: z.string(), log: z.array(z.string()), exitCode: z.number().int().min(1).max(255).default(1) })
      .optional(),
    /**
     * Where the program takes the port it listens on from its arguments, instead of `ports`: a regular expression
     * tested on each argument without regard to case, whose first group is the port (socat's `tcp-listen:5432`).
     */
    listenArg: z.string().optional(),
    /**
     * Programs of the image besides its default process, by name, as a container's command runs them
     * (`command: ["/event-exporter"]`): what each prints as it starts and the code it then exits with.
     */
    programs: z
      .record(
        z.string().regex(/^[\w.+-]+$/),
        z.object({ log: z.array(z.string()), exitCode: z.number().int().min(0).max(255) }),
      )
      .default({}),
    /**
     * A Windows image: its manifest list has no linux/amd64 entry, so a Linux node's runtime cannot pull it
     * (`no matching manifest for linux/amd64 in the manifest list entries`).
     */
    windowsOnly: z.boolean().default(false),
    /**
     * Files the image's server opens before it serves, named by its flags (kas-network-proxy's options.Validate
     * stats the certificates it is given): checked in this order as the container starts, the first flag whose
     * path the container lacks makes it print `log` (`{what}` and `{path}` filled in) and exit with `exitCode`.
     */
    requiresFiles: z
      .object({
        flags: z.array(z.object({ flag: z.string().regex(/^--[\w-]+$/), what: z.string() })).min(1),
        log: z.array(z.string()).min(1),
        exitCode: z.number().int().min(1).max(255).default(1),
      })
      .optional(),
    http: http.optional(),
    /** Programs beyond the userland's (`nginx`, `redis-cli`, `curl`). */
    binaries: z.array(z.string().regex(/^[\w.+-]+$/)).default([]),
    /** Files of the image worth showing (`cat /usr/share/nginx/html/index.html`), by absolute path. */
    files: z.record(z.string().startsWith('/'), z.string()).default({}),
    /** The version `latest` is; a pulled `X.Y.Z` tag is that version instead (`{version}` in logs). */
    current: z.string().optional(),
    /** What `<binary> --version` (or `-v`) prints, `{version}` filled in. */
    version: z.string().optional(),
    /** Resident memory once running, bytes (compared with the memory limit: OOMKilled). */
    memory: z.number().int().positive(),
    /** CPU the idle process uses, millicores (`kubectl top`). */
    idleCpu: z.number().min(0),
    /** Milliseconds to exit after SIGTERM; null: it ignores SIGTERM (a shell as PID 1) until SIGKILL. */
    stopMs: z.number().int().min(0).nullable(),
    /** Whether `1.27.0-3` also makes `1.27` and `1` pullable (not for registry.k8s.io's `v1.32.0`). */
    shortTags: z.boolean().default(true),
    /** Facts that differ for tags of a variant (`alpine`: busybox userland), by variant name. */
    variantFacts: z
      .record(
        z.string(),
        z
          .object({
            userland: z.enum(USERLANDS).optional(),
            os: z.enum(OPERATING_SYSTEMS).optional(),
            size: z.number().int().positive().optional(),
            behaviour: z.enum(BEHAVIOURS).optional(),
            cmd: z.array(z.string()).optional(),
            ports: z.array(z.number().int().min(1).max(65535)).optional(),
            http: http.optional(),
            log: z.array(z.string()).optional(),
            binaries: z.array(z.string()).optional(),
            windowsOnly: z.boolean().optional(),
          })
          .strict(),
      )
      .default({}),
    /** Pulling needs credentials for its registry (an imagePullSecret). */
    private: z.boolean().default(false),
    /** Sub-commands of multi-tool images (agnhost) that serve: port, and the HTTP answer if not the image's. */
    subcommands: z
      .record(
        z.string(),
        z.object({
          port: z.number().int().min(0).max(65535),
          http: http.optional(),
          healthzFailsAfter: z.number().optional(),
        }),
      )
      .optional(),
    /** The default process's /healthz starts failing this long after start (the docs' liveness image). */
    healthzFailsAfter: z.number().int().positive().optional(),
  })
  .strict()
  .superRefine((img, ctx) => {
    if (img.tags.length + img.versions.length === 0) ctx.addIssue({ code: 'custom', message: `${img.name}: no tags` });
    const programLogs = Object.values(img.programs).flatMap((p) => p.log);
    const startLogs = [
      ...(img.requiresEnv?.log ?? []),
      ...(img.requiresArg?.log ?? []),
      ...(img.resolvesAtStart?.log ?? []),
    ];
    const lines = [
      ...[...img.log, ...startLogs, ...programLogs].map((l) => [l, false] as const),
      ...(img.requiresFiles?.log ?? []).map((l) => [l, true] as const),
    ];
    for (const [line, withFile] of lines)
      for (const m of line.matchAll(/\{(\w+)\}/g)) {
        const name = m[1] ?? '';
        if ((LOG_PLACEHOLDERS as readonly string[]).includes(name) || (withFile && FILE_PLACEHOLDERS.includes(name)))
          continue;
        ctx.addIssue({ code: 'custom', message: `${img.name}: unknown log placeholder {${name}}` });
      }
  });

export type ImageFacts = z.output<typeof imageFactsSchema>;
/** A catalogue entry as written in the data files (defaults left out). */
export type ImageEntry = z.input<typeof imageFactsSchema>;
