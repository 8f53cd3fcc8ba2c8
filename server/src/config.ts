// Configuration from the environment, validated once at start-up. Every variable is a key of `envSchema`.
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { LOG_LEVELS, type LogLevel } from './logger.js';

const DEV_SESSION_SECRET = 'kubelab-development-secret-do-not-use-in-production';

const int = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
/** A duration in minutes that may be a fraction (`0.05` is three seconds: short watch timeouts in tests). */
const minutes = (min: number, max: number) =>
  z.coerce.number({ error: 'must be a number' }).min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);
const flag = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1');
const postgresUrl = z.url({
  protocol: /^postgres(ql)?$/,
  error: 'must be a postgresql:// URL, e.g. postgresql://user:password@host:5432/kubelab',
});

const envSchema = z
  .object({
    NODE_ENV: z
      .enum(['development', 'test', 'production'], { error: 'must be development, test or production' })
      .default('development'),
    PORT: int(0, 65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: postgresUrl.optional(),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters (try: openssl rand -hex 32)').optional(),
    PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, e.g. https://kubelab.example.org' })
      .optional(),
    TRUST_PROXY: z
      .string()
      .regex(/^(true|false|\d+)$/, 'must be true, false, or the number of proxies in front of the server')
      .default('false')
      .transform((v) => (v === 'true' ? true : v === 'false' ? false : Number(v))),
    DATA_DIR: z.string().min(1).default('.data'),
    EMBEDDED_POSTGRES_PORT: int(1, 65535).default(54329),
    CLIENT_DIST: z.string().min(1).default('client/dist'),
    LABS_DIR: z.string().min(1).optional(),
    SESSION_TTL_HOURS: int(1, 24 * 365).default(24 * 7),
    DEMO_DATA: flag.optional(),
    LOGIN_RATE_LIMIT: int(1, 10_000).default(10),
    LOGIN_RATE_WINDOW_MINUTES: int(1, 24 * 60).default(15),
    JSON_BODY_LIMIT_KB: int(1, 10_240).default(256),
    TERMINAL_COMMANDS_PER_SECOND: int(1, 1000).default(10),
    TERMINAL_OUTPUT_BYTES_PER_SECOND: int(1024, 100 * 1024 * 1024).default(256 * 1024),
    TERMINAL_INPUT_MAX_BYTES: int(1, 1024 * 1024).default(4096),
    TERMINAL_SCROLLBACK_BYTES: int(0, 16 * 1024 * 1024).default(64 * 1024),
    SANDBOX_IDLE_EVICTION_SECONDS: int(1, 7 * 24 * 3600).default(60),
    SANDBOX_WORKERS: int(0, 256).optional(),
    SANDBOX_WATCHDOG_MS: int(200, 600_000).default(2000),
    SANDBOX_WORKER_HEAP_MB: int(64, 65_536).default(2048),
    SNAPSHOT_DEBOUNCE_MS: int(0, 600_000).default(5000),
    SNAPSHOT_MAX_DELAY_MS: int(1000, 3_600_000).default(60_000),
    SHUTDOWN_TIMEOUT_MS: int(100, 600_000).default(10_000),
    JOIN_CODE_FAILURES: int(1, 10_000).default(20),
    SIGN_UPS_PER_COHORT_PER_MINUTE: int(1, 100_000).default(120),
    ACCOUNT_LOGIN_FAILURES: int(1, 1000).default(5),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    TERMINAL_SOCKETS_PER_LAB: int(1, 1000).default(10),
    TERMINAL_SOCKETS_PER_USER: int(1, 10_000).default(30),
    TERMINAL_CONNECTS_PER_MINUTE: int(1, 100_000).default(60),
    TERMINAL_RESIZES_PER_SECOND: int(1, 1000).default(4),
    KUBE_API_REQUESTS_PER_SECOND: int(1, 10_000).default(20),
    KUBE_API_WATCHES: int(1, 1000).default(10),
    KUBE_API_BODY_LIMIT_KB: int(1, 16 * 1024).default(3 * 1024),
    KUBE_API_WATCH_MINUTES: minutes(0.01, 24 * 60).default(30),
    KUBE_API_STREAMS: int(1, 1000).default(5),
    KUBE_API_STREAM_IDLE_MINUTES: int(1, 24 * 60).default(15),
    KUBELAB_INSTANCE: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,100}$/, 'must be 1-100 letters, digits, dots, dashes or underscores')
      .optional(),
    SANDBOX_LEASE_SECONDS: int(1, 600).default(3),
    CLUSTER_ADAPTER: z.enum(['none', 'postgres'], { error: 'must be none or postgres' }).default('none'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'is required when NODE_ENV=production (try: openssl rand -hex 32)',
      });
    }
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required when NODE_ENV=production (the embedded database is for development)',
      });
    }
  });

/** The names of every environment variable kubelab reads (deploy/configmap.yaml's keys are checked against it). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

export interface Limits {
  /** Failed logins per IP address per window. */
  loginAttempts: number;
  loginWindowMinutes: number;
  /** Wrong join codes (registering, joining) per IP address per login window. */
  joinCodeFailures: number;
  /** Registrations and joins per cohort per minute. */
  signUpsPerCohortPerMinute: number;
  /** Failed logins of one account (from any address) before its back-off starts (1 s, doubling, up to 15 min). */
  accountLoginFailures: number;
  jsonBodyBytes: number;
  /** Commands a student may run per second, across all their terminals (typed line breaks and `;`, `&&` …; a paste counts once). */
  commandsPerSecond: number;
  /** Terminal output a student may receive per second. */
  outputBytesPerSecond: number;
  /** Largest `input` event accepted from a terminal. */
  inputMaxBytes: number;
  /** Scrollback kept per lab session and replayed on reconnect. */
  scrollbackBytes: number;
  /** A lab nobody has open is saved and dropped from memory (and the clock) after this long; it is restored on return. */
  idleEvictionSeconds: number;
  /** Worker threads running sandboxes (0: on the main thread). Default: one per core. */
  sandboxWorkers: number;
  /** A sandbox worker silent this long is replaced, its labs restored. */
  watchdogMs: number;
  /** Heap limit of one sandbox worker (past it, that worker is replaced, not the process). */
  workerHeapMb: number;
  /**
   * A cluster is snapshotted (a checkpoint) this long after its last change; each command's changes are journaled
   * before its prompt anyway, so this bounds the journal and catches what controllers did meanwhile.
   */
  snapshotDebounceMs: number;
  /**
   * … and at the latest this long after its first change not in a checkpoint, however busy it stays (sooner when its
   * journal grows long: see CHECKPOINT_JOURNAL_ENTRIES).
   */
  snapshotMaxDelayMs: number;
  /** Terminal sockets one user may hold open on one terminal (their lab, or a student's they watch) … */
  socketsPerLab: number;
  /** … and on all terminals together. */
  socketsPerUser: number;
  /** New socket connections one login session may open per minute (refused before any work is spent on them). */
  connectsPerMinute: number;
  /** Terminal resizes applied per second per student, all tabs together (each re-renders a running `watch`). */
  resizesPerSecond: number;
  /** Per kubeconfig (a student's own kubectl on their sandbox): requests per second (burst: five seconds' worth) … */
  kubeApiRequestsPerSecond: number;
  /** … watches and `logs -f` open at once … */
  kubeApiWatches: number;
  /** … largest request body … */
  kubeApiBodyBytes: number;
  /** … longest a watch stays open (clients reconnect, as they do to kube-apiserver's own timeout) … */
  kubeApiWatchMs: number;
  /** … exec, attach and port-forward connections open at once … */
  kubeApiStreams: number;
  /** … and how long one may pass with no traffic either way before it is closed. */
  kubeApiStreamIdleMs: number;
}

export interface Config {
  env: 'development' | 'test' | 'production';
  isProduction: boolean;
  port: number;
  host: string;
  /** Undefined means: run the embedded PostgreSQL (development only). */
  databaseUrl: string | undefined;
  sessionSecret: string;
  publicUrl: string;
  /** PUBLIC_URL was set (links handed out, such as kubeconfigs' server URLs, use it; else the request's origin). */
  publicUrlSet: boolean;
  /** Cookies get `Secure` when the public URL is https. */
  secureCookies: boolean;
  trustProxy: boolean | number;
  dataDir: string;
  embeddedPostgresPort: number;
  clientDist: string;
  /** The course folder; undefined: the `labs/` of this installation. */
  labsDir: string | undefined;
  sessionTtlHours: number;
  /** Create the demo cohort and accounts on first start (never in production). */
  demoData: boolean;
  shutdownTimeoutMs: number;
  logLevel: LogLevel;
  limits: Limits;
  cluster: ClusterSettings;
}

/** Several processes serving one school (README, "Scaling and deployment"). */
export interface ClusterSettings {
  /** This process's name in the lease table: unique among live processes; the same after a restart reclaims at once. */
  instanceId: string;
  /** A process that stops renewing (killed) loses its labs' leases after this long; it renews every third of it. */
  leaseMs: number;
  /** Rooms across processes (dashboards, watchers): `postgres` is socket.io's PostgreSQL adapter; `none`: one process. */
  adapter: 'none' | 'postgres';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nEvery variable is described in server/src/config.ts.`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration; throws ConfigError listing every problem, one per line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset (common in compose files and .env templates).
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    env: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    sessionSecret: e.SESSION_SECRET ?? DEV_SESSION_SECRET,
    publicUrl,
    publicUrlSet: e.PUBLIC_URL !== undefined,
    secureCookies: publicUrl.startsWith('https:'),
    trustProxy: e.TRUST_PROXY,
    dataDir: path.resolve(e.DATA_DIR),
    embeddedPostgresPort: e.EMBEDDED_POSTGRES_PORT,
    clientDist: path.resolve(e.CLIENT_DIST),
    labsDir: e.LABS_DIR === undefined ? undefined : path.resolve(e.LABS_DIR),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    demoData: e.NODE_ENV !== 'production' && (e.DEMO_DATA ?? e.NODE_ENV === 'development'),
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    cluster: {
      instanceId:
        e.KUBELAB_INSTANCE ??
        os
          .hostname()
          .replace(/[^A-Za-z0-9._-]/g, '-')
          .slice(0, 100),
      leaseMs: e.SANDBOX_LEASE_SECONDS * 1000,
      adapter: e.CLUSTER_ADAPTER,
    },
    limits: {
      loginAttempts: e.LOGIN_RATE_LIMIT,
      loginWindowMinutes: e.LOGIN_RATE_WINDOW_MINUTES,
      joinCodeFailures: e.JOIN_CODE_FAILURES,
      signUpsPerCohortPerMinute: e.SIGN_UPS_PER_COHORT_PER_MINUTE,
      accountLoginFailures: e.ACCOUNT_LOGIN_FAILURES,
      jsonBodyBytes: e.JSON_BODY_LIMIT_KB * 1024,
      commandsPerSecond: e.TERMINAL_COMMANDS_PER_SECOND,
      outputBytesPerSecond: e.TERMINAL_OUTPUT_BYTES_PER_SECOND,
      inputMaxBytes: e.TERMINAL_INPUT_MAX_BYTES,
      scrollbackBytes: e.TERMINAL_SCROLLBACK_BYTES,
      idleEvictionSeconds: e.SANDBOX_IDLE_EVICTION_SECONDS,
      sandboxWorkers: e.SANDBOX_WORKERS ?? os.availableParallelism(),
      watchdogMs: e.SANDBOX_WATCHDOG_MS,
      workerHeapMb: e.SANDBOX_WORKER_HEAP_MB,
      snapshotDebounceMs: e.SNAPSHOT_DEBOUNCE_MS,
      snapshotMaxDelayMs: e.SNAPSHOT_MAX_DELAY_MS,
      socketsPerLab: e.TERMINAL_SOCKETS_PER_LAB,
      socketsPerUser: e.TERMINAL_SOCKETS_PER_USER,
      connectsPerMinute: e.TERMINAL_CONNECTS_PER_MINUTE,
      resizesPerSecond: e.TERMINAL_RESIZES_PER_SECOND,
      kubeApiRequestsPerSecond: e.KUBE_API_REQUESTS_PER_SECOND,
      kubeApiWatches: e.KUBE_API_WATCHES,
      kubeApiBodyBytes: e.KUBE_API_BODY_LIMIT_KB * 1024,
      kubeApiWatchMs: Math.round(e.KUBE_API_WATCH_MINUTES * 60_000),
      kubeApiStreams: e.KUBE_API_STREAMS,
      kubeApiStreamIdleMs: e.KUBE_API_STREAM_IDLE_MINUTES * 60_000,
    },
  };
}

/** A config for tests: development defaults plus overrides, no environment read. */
export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ NODE_ENV: 'test', ...overrides });
}
