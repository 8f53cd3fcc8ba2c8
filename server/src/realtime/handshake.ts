// Authenticating a socket.io handshake: origin check, then the session cookie.
import { parse } from 'cookie';
import type { IncomingHttpHeaders } from 'node:http';
import type { ConnectErrorData, TerminalErrorCode } from './protocol.js';
import type { RealtimeActor, RealtimeDeps } from './deps.js';

/** An Error whose `data` reaches the client as `connect_error`'s `err.data`. */
export class ConnectError extends Error {
  readonly data: ConnectErrorData;
  constructor(code: TerminalErrorCode, message: string) {
    super(message);
    this.data = { code };
  }
}

export function originAllowed(headers: IncomingHttpHeaders, allowed: readonly string[] = []): boolean {
  const origin = headers.origin;
  // Non-browser clients send no Origin; browsers always do on WebSocket and XHR transports.
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === headers.host;
  } catch {
    return false;
  }
}

/** Rooms every socket of a login session, and of a user, joins: logouts and role changes close them. */
export const sessionRoom = (sessionId: string): string => `session:${sessionId}`;
export const userRoom = (userId: string): string => `user:${userId}`;

export async function authenticateHandshake(
  headers: IncomingHttpHeaders,
  deps: RealtimeDeps,
): Promise<{ actor: RealtimeActor; sessionId: string }> {
  if (!originAllowed(headers, deps.allowedOrigins)) throw new ConnectError('forbidden', 'origin not allowed');
  const token = headers.cookie ? parse(headers.cookie)[deps.sessionCookie] : undefined;
  if (!token) throw new ConnectError('unauthenticated', 'log in first');
  const session = await deps.access.authenticate(token);
  if (!session) throw new ConnectError('unauthenticated', 'your session has expired; log in again');
  return session;
}

/** Turns any failure in a middleware into a ConnectError the client can act on. */
export function asConnectError(err: unknown, deps: RealtimeDeps, context: string): ConnectError {
  if (err instanceof ConnectError) return err;
  deps.onError?.(err, context);
  return new ConnectError('unavailable', 'the server could not open the terminal; try again');
}
