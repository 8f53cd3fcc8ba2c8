/**
 * Students' own kubectl on their sandboxes: kubeconfigs (one secret per download, shown once, stored as a keyed
 * hash, revocable), the authentication of API requests by that secret, and the limits per kubeconfig (request
 * rate, open watches, watch duration) before a request reaches the sandbox host.
 *
 * The secret is the path segment of the kubeconfig's server URL (`/clusters/<secret>`, which kubectl sends even over
 * plain HTTP) and also its bearer token (sent over HTTPS behind a TLS proxy): either one names exactly one sandbox.
 */
import { randomBytes } from 'node:crypto';
import { stringify } from 'yaml';
import type { Db } from '../db/client.js';
import {
  findActiveClusterCredential,
  insertClusterCredential,
  listActiveClusterCredentials,
  revokeClusterCredentials,
  touchClusterCredential,
} from '../db/clusterCredentials.js';
import { loginName, type Actor, type RequestContext } from './actor.js';
import { recordAudit } from './audit.js';
import { NotFoundError } from './errors.js';
import { TokenBucket } from './sandboxesLimits.js';
import type { KubeApiClient, KubeApiExchange, KubeApiRequest, SandboxHost } from './sandboxesTypes.js';

export const CLUSTER_SECRET_PREFIX = 'klc_';
/** Active kubeconfigs per student and lab (a laptop or two, a CI script); a new one beyond revokes the oldest. */
export const MAX_ACTIVE_KUBECONFIGS = 5;
const TOUCH_EVERY_MS = 60_000;
/** Rate state and authentications kept for this many kubeconfigs at most (the least recently used go first). */
const MAX_TRACKED = 10_000;
/**
 * kubectl sends a burst of requests per command: a credential found is trusted this long without asking PostgreSQL
 * again. A revocation through this server drops it at once; through another replica, within this time.
 */
const AUTH_CACHE_MS = 5_000;

export interface KubeApiLimits {
  requestsPerSecond: number;
  watches: number;
  watchMs: number;
  /** exec, attach and port-forward connections open at once per kubeconfig. */
  streams: number;
  /** A session with no traffic either way for this long is closed (kube-apiserver's is 4 hours; ours is shared). */
  streamIdleMs: number;
}

/**
 * What a request is, for the limits: a plain one, a watch or followed log (open-watch limit, time limit), an upgraded
 * session (exec, attach, port-forward: stream limit, idle limit), or a request a port-forward connection carries
 * (counted by its session, not the request rate).
 */
export type RequestKind = 'plain' | 'watch' | 'session' | 'forward';

export interface ClusterCredential {
  id: string;
  userId: string;
  labId: string;
  /** The Unix login a sandbox this request creates gets (as the student's terminal would). */
  login: string;
}

/** Why a request is refused before it reaches the sandbox, as kube-apiserver words it. */
export type Refusal = { code: 429; message: string; retryAfterSeconds: number };

/**
 * Where the HTTP adapters' requests go: the students' sandboxes (KubeApiService) or bare simulated clusters
 * (`kubelab sim --serve` and the differential test: ClusterKubeApi). `Handle` is whom a path names.
 */
export interface KubeApiBackend<Handle> {
  /** Whom `/<secret>/…` (a path below `/clusters`) names, or null; `authorization` is the request's header. */
  authenticatePath(path: string, authorization: string | undefined): Promise<Handle | null>;
  /** Answers a request, or refuses it (a limit): a stream's body and a session's output come through `client`. */
  serve(
    handle: Handle,
    request: KubeApiRequest,
    client: KubeApiClient,
    kind: RequestKind,
  ): Promise<KubeApiExchange | Refusal>;
  /** A session (exec, attach, port-forward) with no traffic either way for this long is closed. */
  readonly streamIdleMs: number;
}

/**
 * The secret a `/<secret>/…` path (below `/clusters`) carries, or null: malformed percent-encoding, or a bearer token
 * that is not the same secret.
 */
export function pathSecret(path: string, authorization: string | undefined): string | null {
  const segment = /^\/([^/]+)(\/.*)?$/.exec(path)?.[1];
  if (segment === undefined) return null;
  let secret: string;
  try {
    secret = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  return bearer === undefined || bearer === secret ? secret : null;
}

interface Usage {
  bucket: TokenBucket;
  watches: number;
  streams: number;
}

export class KubeApiService implements KubeApiBackend<ClusterCredential> {
  private sandboxes: SandboxHost | undefined;
  private readonly usage = new Map<string, Usage>();
  private readonly authenticated = new Map<string, { credential: ClusterCredential; until: number }>();

  constructor(
    private readonly db: Db,
    /** The keyed hash secrets are stored under (the session secret's HMAC). */
    private readonly hash: (secret: string) => string,
    private readonly canUseLab: (actor: Actor, labId: string) => Promise<boolean>,
    private readonly limits: KubeApiLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** main.ts hands over the sandbox host once it is built. */
  useSandboxes(host: SandboxHost): void {
    this.sandboxes = host;
  }

  /** A new kubeconfig for the actor's sandbox in the lab, reaching it at `serverBase` (PUBLIC_URL or the origin). */
  async issue(actor: Actor, labId: string, serverBase: string, context?: RequestContext): Promise<string> {
    if (!(await this.canUseLab(actor, labId))) throw new NotFoundError('Lab');
    const secret = CLUSTER_SECRET_PREFIX + randomBytes(32).toString('base64url');
    const row = await insertClusterCredential(this.db, { userId: actor.id, labId, tokenHash: this.hash(secret) });
    const active = await listActiveClusterCredentials(this.db, actor.id, labId);
    const excess = active.slice(MAX_ACTIVE_KUBECONFIGS).map((c) => c.id);
    if (excess.length > 0) {
      await revokeClusterCredentials(this.db, actor.id, labId, excess);
      this.forget((c) => excess.includes(c.id));
    }
    await recordAudit(this.db, {
      actorId: actor.id,
      action: 'kubeconfig.issued',
      target: { type: 'clusterCredential', id: row.id },
      context,
      detail: { labId },
    });
    return kubeconfigYaml(labId, `${serverBase.replace(/\/+$/, '')}/clusters/${secret}`, secret);
  }

  /** Revokes every kubeconfig of the actor for the lab; returns how many were active. */
  async revoke(actor: Actor, labId: string, context?: RequestContext): Promise<number> {
    const count = await revokeClusterCredentials(this.db, actor.id, labId);
    this.forget((c) => c.userId === actor.id && c.labId === labId);
    if (count > 0) {
      await recordAudit(this.db, {
        actorId: actor.id,
        action: 'kubeconfig.revoked',
        target: { type: 'lab', id: labId },
        context,
        detail: { count },
      });
    }
    return count;
  }

  /** Drops revoked credentials from the authentication cache. */
  private forget(revoked: (credential: ClusterCredential) => boolean): void {
    for (const [hash, { credential }] of this.authenticated) if (revoked(credential)) this.authenticated.delete(hash);
  }

  /** The credential a secret stands for, or null (unknown, revoked, malformed). */
  async authenticate(secret: string): Promise<ClusterCredential | null> {
    if (!secret.startsWith(CLUSTER_SECRET_PREFIX) || secret.length > 100) return null;
    const hash = this.hash(secret);
    const now = this.now();
    const cached = this.authenticated.get(hash);
    if (cached && cached.until > now) return cached.credential;
    this.authenticated.delete(hash);
    const found = await findActiveClusterCredential(this.db, hash);
    if (!found) return null;
    if (!found.lastUsedAt || now - found.lastUsedAt.getTime() > TOUCH_EVERY_MS)
      await touchClusterCredential(this.db, found.id, new Date(now));
    const credential = { id: found.id, userId: found.userId, labId: found.labId, login: loginName(found.user.email) };
    if (this.authenticated.size >= MAX_TRACKED) this.authenticated.delete(this.authenticated.keys().next().value!);
    this.authenticated.set(hash, { credential, until: now + AUTH_CACHE_MS });
    return credential;
  }

  /** The credential a `/<secret>/…` path names (see pathSecret), or null. */
  async authenticatePath(path: string, authorization: string | undefined): Promise<ClusterCredential | null> {
    const secret = pathSecret(path, authorization);
    return secret === null ? null : this.authenticate(secret);
  }

  /** The idle limit of sessions (the adapter closes a session quiet for this long). */
  get streamIdleMs(): number {
    return this.limits.streamIdleMs;
  }

  /** Forwards a request to the credential's sandbox, within its limits: a refusal comes back instead of an exchange. */
  async serve(
    credential: ClusterCredential,
    request: KubeApiRequest,
    client: KubeApiClient,
    kind: RequestKind,
  ): Promise<KubeApiExchange | Refusal> {
    const host = this.sandboxes;
    if (!host) throw new Error('the sandbox host is not ready');
    const usage = this.usageOf(credential.id);
    if (kind !== 'forward' && !usage.bucket.take(1, this.now()))
      return { code: 429, message: 'Too many requests, please try again later.', retryAfterSeconds: 1 };
    if (kind === 'watch' && usage.watches >= this.limits.watches) {
      return {
        code: 429,
        message: `too many open watches for this kubeconfig (limit ${this.limits.watches})`,
        retryAfterSeconds: 5,
      };
    }
    if (kind === 'session' && usage.streams >= this.limits.streams) {
      return {
        code: 429,
        message: `too many open exec, attach and port-forward connections for this kubeconfig (limit ${this.limits.streams})`,
        retryAfterSeconds: 5,
      };
    }
    // kube-apiserver ends long watches too; clients (informers, `get -w`) reconnect from their last resourceVersion.
    // Sessions end by the adapter (idle) or the client.
    if (kind === 'session') return this.openCounted(host, credential, request, client, usage, 'streams', undefined);
    return this.openCounted(host, credential, request, client, usage, 'watches', this.limits.watchMs);
  }

  /**
   * Forwards a request; a stream it opens is counted in `usage[counter]` while open and ended after `limitMs`. A
   * stream may end before its exchange comes back (a watch from an expired resourceVersion, a session into a
   * container that is not running): it is then never counted.
   */
  private async openCounted(
    host: SandboxHost,
    credential: ClusterCredential,
    request: KubeApiRequest,
    client: KubeApiClient,
    usage: Usage,
    counter: 'watches' | 'streams',
    limitMs: number | undefined,
  ): Promise<KubeApiExchange> {
    let counted = false;
    let ended = false;
    let timer: NodeJS.Timeout | undefined = undefined;
    const release = () => {
      ended = true;
      if (timer) clearTimeout(timer);
      if (counted) usage[counter]--;
      counted = false;
    };
    const exchange = await host.kubeApi(
      credential.userId,
      credential.labId,
      request,
      {
        chunk: (data) => client.chunk(data),
        output: (channel, data) => client.output?.(channel, data),
        finish: (status) => client.finish?.(status),
        end: () => {
          release();
          client.end();
        },
      },
      { login: credential.login },
    );
    if (!exchange.streaming || ended) return exchange;
    usage[counter]++;
    counted = true;
    if (limitMs !== undefined) {
      timer = setTimeout(() => {
        exchange.stop();
        release();
        client.end();
      }, limitMs);
      timer.unref();
    }
    return {
      ...exchange,
      stop: () => {
        exchange.stop();
        release();
      },
    };
  }

  private usageOf(id: string): Usage {
    let usage = this.usage.get(id);
    if (usage) {
      // Most recently used last, so the first key is the one to forget.
      this.usage.delete(id);
    } else {
      const rate = this.limits.requestsPerSecond;
      usage = { bucket: new TokenBucket(rate, rate * 5, this.now()), watches: 0, streams: 0 };
      if (this.usage.size >= MAX_TRACKED) {
        for (const [key, u] of this.usage) {
          if (u.watches > 0 || u.streams > 0) continue;
          this.usage.delete(key);
          break;
        }
      }
    }
    this.usage.set(id, usage);
    return usage;
  }
}

/** The kubeconfig file: one cluster, user and context, named after the lab. */
export function kubeconfigYaml(labId: string, server: string, token: string): string {
  const name = `kubelab-${labId}`;
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name, cluster: { server } }],
    contexts: [{ name, context: { cluster: name, namespace: 'default', user: name } }],
    'current-context': name,
    preferences: {},
    users: [{ name, user: { token } }],
  });
}
