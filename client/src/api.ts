/** JSON calls to the kubelab API, with the CSRF token on every mutating request. */
import type { CsrfResponse, SessionResponse, SessionUser } from './contract';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

/** The session's CSRF token, or null when logged out (registering and logging in need none). */
async function csrf(): Promise<string | null> {
  if (csrfToken) return csrfToken;
  const body = await request<CsrfResponse>('GET', '/api/auth/csrf');
  csrfToken = body.csrfToken;
  return csrfToken;
}

/** Logging in or out changes the session, and with it the CSRF token. */
export function forgetCsrfToken(): void {
  csrfToken = null;
}

/** Login and register answer with the new session's token. */
export function rememberCsrfToken(token: string): void {
  csrfToken = token;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') {
    const token = await csrf();
    if (token) headers['x-csrf-token'] = token;
  }
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'network', 'The server cannot be reached. Check your connection and try again.');
  }
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (e.g. an HTML error page from a proxy): reported below by status.
  }
  if (!res.ok) {
    const error = (json as { error?: { code?: string; message?: string } } | undefined)?.error;
    if (error?.code === 'csrf_invalid') forgetCsrfToken();
    throw new ApiError(
      res.status,
      error?.code ?? `http_${res.status}`,
      error?.message ?? `The server answered ${res.status}.`,
    );
  }
  return json as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: (path: string) => request<void>('DELETE', path),
};

/** The logged-in user, or null when logged out. */
export async function fetchMe(): Promise<SessionUser | null> {
  // Not /api/me: its 401 when logged out would be logged in the console on every visit to the login page.
  return (await api.get<SessionResponse>('/api/auth/session')).user;
}
