/**
 * Real-time gateways on a socket.io server: `/terminal` (students' shells, instructors watching)
 * and `/dashboard` (an instructor's live view of a cohort). main.ts calls `attachRealtime` once.
 */
import type { Server } from 'socket.io';
import { attachDashboard, type DashboardNamespaceServer } from './dashboard.js';
import type { RealtimeDeps } from './deps.js';
import { attachTerminal, studentRoom, type TerminalNamespaceServer } from './terminal.js';

export type { RealtimeAccess, RealtimeActor, RealtimeDeps } from './deps.js';

export interface Realtime {
  /** Disconnects every terminal and dashboard socket (call before `sandboxes.shutdown()`). */
  close: () => void;
}

export function attachRealtime(io: Server, deps: RealtimeDeps): Realtime {
  // One untyped server hosts namespaces with different event maps; each is typed from here on.
  const terminal = io.of('/terminal') as unknown as TerminalNamespaceServer;
  const dashboardNsp = io.of('/dashboard') as unknown as DashboardNamespaceServer;
  attachTerminal(terminal, deps);
  const dashboard = attachDashboard(dashboardNsp, deps);
  const stopPresence = deps.sandboxes.onPresence((change) => {
    dashboard.publishPresence(change).catch((err: unknown) => deps.onError?.(err, 'presence'));
  });
  // Checked steps: to the student's own tabs (the lab page turns the step green), and first passes to the dashboards.
  const stopProgress = deps.progress.onProgress((event) => {
    const { userId, labId, stepId, passed, completed } = event;
    terminal.to(studentRoom(userId, labId)).emit('progress', { labId, stepId, passed, completed });
    if (!completed) return;
    dashboard
      .publishProgress({ studentId: userId, labId, stepId, passed, at: new Date().toISOString() })
      .catch((err: unknown) => deps.onError?.(err, 'progress'));
  });
  return {
    close: () => {
      stopPresence();
      stopProgress();
      // Tell the browsers to come back: the next server restores their sandboxes from the snapshots.
      terminal.emit('closing', { reason: 'The server is restarting; your work is saved. Reconnecting…', retry: true });
      terminal.disconnectSockets(true);
      dashboardNsp.disconnectSockets(true);
    },
  };
}
