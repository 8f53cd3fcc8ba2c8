/**
 * metav1.Status answers: every error kube-apiserver returns is one, with the reason, code and message kubectl
 * prints (`Error from server (NotFound): pods "web" not found`).
 */
import { isStatusError, type StatusCause } from '../sim/index.js';
import { JSON_TYPE, type KubeApiResponse } from './types.js';

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  406: 'NotAcceptable',
  409: 'Conflict',
  410: 'Expired',
  413: 'RequestEntityTooLarge',
  415: 'UnsupportedMediaType',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
};

export interface StatusDetailsJson {
  name?: string;
  group?: string;
  kind?: string;
  causes?: StatusCause[];
}

export function statusObject(code: number, message: string, reason?: string, details?: StatusDetailsJson) {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    ...((reason ?? REASONS[code]) ? { reason: reason ?? REASONS[code] } : {}),
    ...(details ? { details } : {}),
    code,
  };
}

export function statusResponse(
  code: number,
  message: string,
  reason?: string,
  details?: StatusDetailsJson,
): KubeApiResponse {
  return {
    kind: 'response',
    status: code,
    contentType: JSON_TYPE,
    body: JSON.stringify(statusObject(code, message, reason, details)),
  };
}

/** An error the sim does not know (media types, missing bodies): its own code and reason. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The Status of a thrown error: the sim's StatusError as it is, anything else a 500 InternalError. */
export function errorStatus(err: unknown) {
  if (isStatusError(err)) {
    // The sim names "no matches for kind" errors apart; on the wire they are kube-apiserver's 404 NotFound.
    const reason = err.reason === 'NoMatchesForKind' ? 'NotFound' : err.reason;
    const details: StatusDetailsJson = {};
    // Empty members are left out, as Go's omitempty leaves them.
    for (const [k, v] of Object.entries(err.details ?? {})) if (v) Object.assign(details, { [k]: v as string });
    if (err.causes.length > 0) details.causes = [...err.causes];
    return statusObject(err.code, err.message, reason, Object.keys(details).length > 0 ? details : undefined);
  }
  if (err instanceof ApiError) return statusObject(err.code, err.message, err.reason);
  const message = err instanceof Error ? err.message : String(err);
  return statusObject(500, `Internal error occurred: ${message}`, 'InternalError');
}

export function errorResponse(err: unknown): KubeApiResponse {
  const status = errorStatus(err);
  return { kind: 'response', status: status.code, contentType: JSON_TYPE, body: JSON.stringify(status) };
}

export function jsonResponse(value: unknown, status = 200, changed = false): KubeApiResponse {
  return { kind: 'response', status, contentType: JSON_TYPE, body: JSON.stringify(value), changed };
}

export const notFoundResponse = () => statusResponse(404, 'the server could not find the requested resource');
