/**
 * Socket connections are rationed before they cost anything: engine.io asks `allowRequest` ahead of the handshake, so
 * a refused connection never reaches authentication (a session lookup in the database) or a gateway. Counted per login
 * session, so one student's reconnect loop or flood of tabs cannot keep the server busy for everyone else. (Not per
 * address: behind a proxy every student has the proxy's; a connection without a session is refused at once anyway.)
 */
import type { IncomingMessage } from 'node:http';
import { parse as parseCookies } from 'cookie';
import { RateLimiterMemory } from 'rate-limiter-flexible';

export const TOO_MANY_CONNECTIONS =
  'Too many connection attempts from this browser. Wait a minute, then reload the page.';

const REFUSAL_DELAY_MS = 1000;

export type AllowRequest = (
  req: IncomingMessage,
  callback: (err: string | null | undefined, ok: boolean) => void,
) => void;

export function connectionThrottle(options: { perMinute: number; sessionCookie: string }): AllowRequest {
  const bySession = new RateLimiterMemory({ points: options.perMinute, duration: 60 });
  return (req, callback) => {
    const session = parseCookies(req.headers.cookie ?? '')[options.sessionCookie];
    if (!session) return callback(null, true);
    bySession.consume(session).then(
      () => callback(null, true),
      // Answered late, so a client retrying in a loop is held to a few attempts a second.
      () => setTimeout(() => callback(TOO_MANY_CONNECTIONS, false), REFUSAL_DELAY_MS).unref(),
    );
  };
}
