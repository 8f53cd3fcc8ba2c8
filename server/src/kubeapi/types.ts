/**
 * One HTTP exchange with a cluster's Kubernetes API, as plain data: the adapter (Express) turns a request into a
 * `KubeApiRequest` and writes back the `KubeApiResult`; nothing here touches a socket.
 */

export interface KubeApiRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** The path below the cluster's prefix: `/api/v1/namespaces/default/pods`. */
  path: string;
  /** The raw query string, without `?`. */
  query: string;
  /** The headers that change the answer. */
  headers: {
    accept?: string | undefined;
    contentType?: string | undefined;
    ifNoneMatch?: string | undefined;
    /** Names the field manager of a write that gives none (its part before the first `/`). */
    userAgent?: string | undefined;
    /** `kubectl --as` and `--as-group`: the request acts as this user, with these groups. */
    impersonateUser?: string | undefined;
    impersonateGroups?: readonly string[] | undefined;
  };
  /** The path the cluster is served under (`/clusters/<secret>`), for documents that link within it. */
  prefix?: string | undefined;
  body?: Uint8Array | undefined;
  /** An HTTP request a port-forward tunnel carries to the pod's port (set by the host, never by a client). */
  forward?: PodHttpRequest | undefined;
}

/** One HTTP request from a port-forward connection, to `port` of the pod the path names. */
export interface PodHttpRequest {
  port: number;
  method: string;
  /** Path and query, as the client sent them. */
  target: string;
  host?: string | undefined;
  userAgent?: string | undefined;
}

/** A complete answer. `changed`: the request may have written to the cluster (the host journals it first). */
export interface KubeApiResponse {
  kind: 'response';
  status: number;
  contentType: string;
  body: string | Uint8Array;
  /** Extra response headers (ETag, Cache-Control of the OpenAPI documents). */
  headers?: Record<string, string>;
  changed?: boolean;
  /** A port-forward's dial failed (nothing listens): the kubelet's words for the tunnel's error stream. */
  dialError?: string;
}

/** Where a stream's chunks go; `end` closes the response. */
export interface StreamSink {
  write(chunk: string): void;
  end(): void;
}

export interface StreamHandle {
  /** The client went away (or the host ends the stream): release the cluster's watch. */
  stop(): void;
  /** Called by the host every few hundred milliseconds: time-driven output (log lines, bookmarks, timeouts). */
  poll?(): void;
}

/** A chunked answer (watch, `logs -f`): the head now, the body as the cluster changes. */
export interface KubeApiStream {
  kind: 'stream';
  status: number;
  contentType: string;
  start(sink: StreamSink): StreamHandle;
}

/** What an exec or attach session writes: stdout (1) and stderr (2), then its end as a metav1.Status (channel 3). */
export interface SessionSink {
  output(channel: 1 | 2, data: string | Uint8Array): void;
  finish(status: SessionStatus): void;
}

/** The metav1.Status that ends a remote command (Success, NonZeroExitCode or an error). */
export type SessionStatus = Record<string, unknown> & { status: 'Success' | 'Failure' };

/** What the client sends into a session: channel 0 (stdin), its close (v5), channel 4 (resize). */
export type SessionInput =
  { kind: 'stdin'; data: Uint8Array } | { kind: 'closeStdin' } | { kind: 'resize'; cols: number; rows: number };

export interface SessionHandle {
  input(input: SessionInput): void;
  /** Called by the host every few hundred milliseconds: the cluster's clock moved (a shell's `sleep`, logs). */
  poll?(): void;
  /** The client went away: release what the session holds. */
  stop(): void;
}

/**
 * An upgraded connection (exec, attach, port-forward), validated as kube-apiserver does before it upgrades: the
 * host speaks the wire protocol (WebSocket channels, SPDY) and drives the session. A port-forward has no channels:
 * its connections' requests come back as `forward` requests.
 */
export interface KubeApiSession {
  kind: 'session';
  protocol: 'remotecommand' | 'portforward';
  /** The streams the client asked for (remote commands). */
  streams: { stdin: boolean; stdout: boolean; stderr: boolean; tty: boolean };
  start(sink: SessionSink): SessionHandle;
}

export type KubeApiResult = KubeApiResponse | KubeApiStream | KubeApiSession;

export const JSON_TYPE = 'application/json';
