/**
 * Real-time gateways on a socket.io server: `/terminal` (students' shells, instructors watching)
 * and `/dashboard` (an instructor's live view of a cohort). main.ts calls `attachRealtime` once.
 */
import type { Server } from 'socket.io';
import type { AccessChange } from '../services/accessEvents.js';
import { attachDashboard, type DashboardNamespaceServer } from './dashboard.js';
import type { RealtimeActor, RealtimeDeps } from './deps.js';
import { sessionRoom, userRoom } from './handshake.js';
import type { TerminalClosing } from './protocol.js';
import { attachTerminal, studentRoom, type TerminalNamespaceServer } from './terminal.js';

export type { RealtimeAccess, RealtimeActor, RealtimeDeps } from './deps.js';

/** What a terminal shows when the sockets of a session or user are closed for a change of access. */
const ACCESS_CLOSING: Record<AccessChange['reason'], TerminalClosing> = {
  logout: { reason: 'You logged out. Log in again to continue this lab.', retry: false },
  role_changed: { reason: 'Your role changed. Reload the page to continue.', retry: false },
};

function joinAccessRooms(socket: {
  data: { actor: RealtimeActor; sessionId: string };
  join(rooms: string[]): Promise<void> | void;
}): void {
  void socket.join([sessionRoom(socket.data.sessionId), userRoom(socket.data.actor.id)]);
}

export interface Realtime {
  /** Disconnects every terminal and dashboard socket (call before `sandboxes.shutdown()`). */
  close: () => void;
}

export function attachRealtime(io: Server, deps: RealtimeDeps): Realtime {
  // One untyped server hosts namespaces with different event maps; each is typed from here on.
  const terminal = io.of('/terminal') as unknown as TerminalNamespaceServer;
  const dashboardNsp = io.of('/dashboard') as unknown as DashboardNamespaceServer;
  const stopTerminal = attachTerminal(terminal, deps);
  const dashboard = attachDashboard(dashboardNsp, deps);
  // Every socket joins its login session's and its user's rooms, so a logout or a role change reaches all of them.
  terminal.on('connection', joinAccessRooms);
  dashboardNsp.on('connection', joinAccessRooms);
  const stopAccess = deps.accessChanges?.onChange((change) => {
    const room = change.sessionId ? sessionRoom(change.sessionId) : userRoom(change.userId);
    terminal.to(room).emit('closing', ACCESS_CLOSING[change.reason]);
    terminal.in(room).disconnectSockets(true);
    dashboardNsp.in(room).disconnectSockets(true);
  });
  const stopPresence = deps.sandboxes.onPresence((change) => {
    dashboard.publishPresence(change).catch((err: unknown) => deps.onError?.(err, 'presence'));
  });
  // Checked steps: to the student's own tabs (the lab page turns the step green), and first passes to the dashboards.
  const stopProgress = deps.progress.onProgress((event) => {
    const { userId, labId, stepId, passed, completed } = event;
    terminal.to(studentRoom(userId, labId)).emit('progress', { labId, stepId, passed, completed });
    // A failed check may be one more on the current step: the row is recomputed (batched), never an activity.
    dashboard.touch(userId).catch((err: unknown) => deps.onError?.(err, 'dashboard touch'));
    if (!completed) return;
    dashboard
      .publishProgress({ studentId: userId, labId, stepId, passed, at: new Date().toISOString() })
      .catch((err: unknown) => deps.onError?.(err, 'progress'));
  });
  const stopActivity = deps.activity?.onActivity((lines) => {
    dashboard.publishActivity(lines).catch((err: unknown) => deps.onError?.(err, 'activity'));
  });
  return {
    close: () => {
      stopAccess?.();
      stopActivity?.();
      stopTerminal();
      dashboard.close();
      stopPresence();
      stopProgress();
      // Tell the browsers to come back: the next server restores their sandboxes from the snapshots.
      // At once: with several processes another one takes their labs over (README, "Scaling and deployment").
      terminal.emit('closing', {
        reason: 'The server is restarting; your work is saved. Reconnecting…',
        retry: true,
        retryAfterMs: 0,
      });
      terminal.disconnectSockets(true);
      dashboardNsp.disconnectSockets(true);
    },
  };
}
