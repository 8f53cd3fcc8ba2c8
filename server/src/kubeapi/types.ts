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

export type KubeApiResult = KubeApiResponse | KubeApiStream;

export const JSON_TYPE = 'application/json';
