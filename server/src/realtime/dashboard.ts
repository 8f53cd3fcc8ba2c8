/**
 * The `/dashboard` namespace: an instructor follows one cohort and receives presence (who has a
 * terminal open, in which lab) and progress (steps passed) of its students as they happen.
 */
import type { Namespace, Socket } from 'socket.io';
import type { PresenceChange } from '../services/sandboxes.js';
import type { RealtimeActor, RealtimeDeps } from './deps.js';
import { ConnectError, asConnectError, authenticateHandshake } from './handshake.js';
import { dashboardAuthSchema, firstIssue } from './payloads.js';
import type { DashboardClientToServerEvents, DashboardServerToClientEvents, ProgressEvent } from './protocol.js';

interface DashboardSocketData {
  actor: RealtimeActor;
  sessionId: string;
  cohortId: string;
}

export type DashboardNamespaceServer = Namespace<
  DashboardClientToServerEvents,
  DashboardServerToClientEvents,
  Record<string, never>,
  DashboardSocketData
>;
type DashboardSocket = Socket<
  DashboardClientToServerEvents,
  DashboardServerToClientEvents,
  Record<string, never>,
  DashboardSocketData
>;

const room = (cohortId: string) => `cohort:${cohortId}`;

export interface Dashboard {
  /** Tells the dashboards of the student's cohorts that a step was checked. */
  publishProgress: (event: ProgressEvent) => Promise<void>;
  /** Relays a sandbox presence change (wired to the sandbox manager). */
  publishPresence: (change: PresenceChange) => Promise<void>;
}

export function attachDashboard(nsp: DashboardNamespaceServer, deps: RealtimeDeps): Dashboard {
  nsp.use((socket, next) => {
    void authorizeSocket(socket, deps).then(
      (data) => {
        socket.data = data;
        next();
      },
      (err: unknown) => next(asConnectError(err, deps, 'dashboard handshake')),
    );
  });

  nsp.on('connection', (socket) => {
    const { cohortId } = socket.data;
    void socket.join(room(cohortId));
    deps.access.studentsOfCohort(cohortId).then(
      (students) => {
        const members = new Set(students);
        const at = new Date().toISOString();
        const online = deps.sandboxes
          .online()
          .filter((p) => members.has(p.userId))
          .map((p) => ({ studentId: p.userId, labId: p.labId, online: true, at }));
        socket.emit('presenceSnapshot', online);
      },
      (err: unknown) => deps.onError?.(err, 'dashboard presence snapshot'),
    );
  });

  const toCohorts = async (studentId: string, send: (cohortRoom: string) => void) => {
    const cohorts = await deps.access.cohortsOfStudent(studentId);
    for (const cohortId of cohorts) send(room(cohortId));
  };

  return {
    publishProgress: (event) => toCohorts(event.studentId, (r) => nsp.to(r).emit('progress', event)),
    publishPresence: (change) => {
      const event = {
        studentId: change.userId,
        labId: change.labId,
        online: change.online,
        at: new Date().toISOString(),
      };
      return toCohorts(change.userId, (r) => nsp.to(r).emit('presence', event));
    },
  };
}

async function authorizeSocket(socket: DashboardSocket, deps: RealtimeDeps): Promise<DashboardSocketData> {
  const parsed = dashboardAuthSchema.safeParse(socket.handshake.auth);
  if (!parsed.success) throw new ConnectError('invalid', firstIssue(parsed.error));
  const { actor, sessionId } = await authenticateHandshake(socket.handshake.headers, deps);
  if (!(await deps.access.canFollowCohort(actor, parsed.data.cohortId))) {
    throw new ConnectError('forbidden', 'you may not follow this cohort');
  }
  return { actor, sessionId, cohortId: parsed.data.cohortId };
}
