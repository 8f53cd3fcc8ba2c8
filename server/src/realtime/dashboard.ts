/**
 * The `/dashboard` namespace: an instructor follows one cohort and receives presence (who has a terminal open, in
 * which lab), progress (steps passed), fresh rows of the students who changed (batched: one `rows` event per cohort
 * per batch window, however many changes) and the activity feed's new lines, each once.
 */
import type { Namespace, Socket } from 'socket.io';
import type { ActivityLine, StudentRow } from '../services/dashboardTypes.js';
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

/** Between server processes (the adapter, realtime/cluster.ts): who has a terminal open on each. */
interface DashboardServerSideEvents {
  online: (reply: (online: PresenceChange[]) => void) => void;
}

export type DashboardNamespaceServer = Namespace<
  DashboardClientToServerEvents,
  DashboardServerToClientEvents,
  DashboardServerSideEvents,
  DashboardSocketData
>;
type DashboardSocket = Socket<
  DashboardClientToServerEvents,
  DashboardServerToClientEvents,
  DashboardServerSideEvents,
  DashboardSocketData
>;

const room = (cohortId: string) => `cohort:${cohortId}`;
const cohortOfRoom = (name: string) => (name.startsWith('cohort:') ? name.slice('cohort:'.length) : null);

export interface Dashboard {
  /** Tells the dashboards of the student's cohorts that a step was checked. */
  publishProgress: (event: ProgressEvent) => Promise<void>;
  /** Relays a sandbox presence change (wired to the sandbox manager). */
  publishPresence: (change: PresenceChange) => Promise<void>;
  /** Something about this student changed: their rows are recomputed in the next batch. */
  touch: (studentId: string) => Promise<void>;
  /** New lines of the activity feed, to the dashboards of the students' cohorts. */
  publishActivity: (lines: ActivityLine[]) => Promise<void>;
  close: () => void;
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

  // Several processes: a new dashboard's presence snapshot gathers the students online on every one of them.
  if (deps.clustered) nsp.on('online', (reply) => reply(deps.sandboxes.online()));
  const onlineEverywhere = async (): Promise<PresenceChange[]> => {
    if (!deps.clustered) return deps.sandboxes.online();
    // The answers that came (a process that just died answers nobody: after the adapter's timeout, the rest count).
    const others = await new Promise<PresenceChange[][]>((resolve) => {
      nsp.serverSideEmit('online', (_err: Error | null, answers: PresenceChange[][]) => resolve(answers));
    });
    return [...deps.sandboxes.online(), ...others.flat()];
  };

  nsp.on('connection', (socket) => {
    const { cohortId } = socket.data;
    void socket.join(room(cohortId));
    Promise.all([deps.access.studentsOfCohort(cohortId), onlineEverywhere()]).then(
      ([students, everywhere]) => {
        const members = new Set(students);
        const at = new Date().toISOString();
        const online = everywhere
          .filter((p) => members.has(p.userId))
          .map((p) => ({ studentId: p.userId, labId: p.labId, online: true, at }));
        socket.emit('presenceSnapshot', online);
      },
      (err: unknown) => deps.onError?.(err, 'dashboard presence snapshot'),
    );
  });

  const followed = (cohortId: string) => deps.clustered || (nsp.adapter.rooms.get(room(cohortId))?.size ?? 0) > 0;
  // Most checks happen while no dashboard is open: then there is nobody to look up cohorts for.
  const anyFollowed = () => {
    if (deps.clustered) return true;
    for (const name of nsp.adapter.rooms.keys()) if (cohortOfRoom(name)) return true;
    return false;
  };
  const toCohorts = async (studentId: string, send: (cohortId: string) => void) => {
    if (!anyFollowed()) return;
    const cohorts = await deps.access.cohortsOfStudent(studentId);
    for (const cohortId of cohorts) if (followed(cohortId)) send(cohortId);
  };

  const batcher = new RowBatcher(deps, (cohortId, rows) => nsp.to(room(cohortId)).emit('rows', rows));
  // Rows of online students again and again: "no progress for M minutes" turns into a flag without any event.
  const sweep = setInterval(() => {
    const online = deps.sandboxes.online().map((p) => p.userId);
    for (const name of nsp.adapter.rooms.keys()) {
      const cohortId = cohortOfRoom(name);
      if (cohortId) for (const id of online) batcher.mark(cohortId, id);
    }
  }, deps.dashboardSweepMs ?? 30_000);
  sweep.unref();

  return {
    publishProgress: (event) => toCohorts(event.studentId, (c) => nsp.to(room(c)).emit('progress', event)),
    publishPresence: (change) => {
      const event = {
        studentId: change.userId,
        labId: change.labId,
        online: change.online,
        at: new Date().toISOString(),
      };
      return toCohorts(change.userId, (c) => {
        nsp.to(room(c)).emit('presence', event);
        batcher.mark(c, change.userId);
      });
    },
    touch: (studentId) => toCohorts(studentId, (c) => batcher.mark(c, studentId)),
    publishActivity: async (lines) => {
      for (const line of lines) {
        await toCohorts(line.studentId, (c) => {
          // A flag belongs to the cohort whose thresholds raised it.
          if (line.cohortId !== null && line.cohortId !== c) return;
          nsp.to(room(c)).emit('activity', [line]);
          batcher.mark(c, line.studentId);
        });
      }
    },
    close: () => {
      clearInterval(sweep);
      batcher.close();
    },
  };
}

/** Gathers the students who changed per cohort and sends their fresh rows once per window. */
class RowBatcher {
  private readonly dirty = new Map<string, Set<string>>();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly deps: RealtimeDeps,
    private readonly send: (cohortId: string, rows: StudentRow[]) => void,
  ) {}

  mark(cohortId: string, studentId: string): void {
    if (!this.deps.dashboard || this.closed) return;
    let set = this.dirty.get(cohortId);
    if (!set) this.dirty.set(cohortId, (set = new Set()));
    set.add(studentId);
    if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.deps.dashboardBatchMs ?? 250);
      this.timer.unref();
    }
  }

  private async flush(): Promise<void> {
    this.timer = null;
    const batches = [...this.dirty.entries()];
    this.dirty.clear();
    const dashboard = this.deps.dashboard;
    if (!dashboard) return;
    for (const [cohortId, ids] of batches) {
      try {
        const rows = await dashboard.rowsOf(cohortId, [...ids]);
        if (!this.closed && rows.length > 0) this.send(cohortId, rows);
      } catch (err) {
        this.deps.onError?.(err, 'dashboard rows');
      }
    }
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
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
