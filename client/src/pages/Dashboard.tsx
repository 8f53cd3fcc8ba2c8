import { useEffect, useMemo, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { api } from '../api';
import type { CohortProgressResponse, CohortsResponse, CohortSummary, StudentProgress } from '../contract';
import type {
  DashboardClientToServerEvents,
  DashboardServerToClientEvents,
  PresenceEvent,
  ProgressEvent,
} from '../protocol';
import { Link, navigate } from '../router';
import { TerminalPane } from '../terminal/TerminalPane';

type Watching = { studentId: string; labId: string; name: string };

/** The instructor's dashboard: pick a cohort, see its students live, watch one's terminal. */
export function Dashboard({ cohortId }: { cohortId?: string }) {
  const [cohorts, setCohorts] = useState<CohortSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.get<CohortsResponse>('/api/cohorts').then(
      (body) => {
        if (!live) return;
        // An admin who is not a member has no roles in a cohort, and may watch it all the same.
        const teaching = body.cohorts.filter((c) => c.myRoles.length === 0 || c.myRoles.includes('instructor'));
        setCohorts(teaching);
        const first = teaching[0];
        if (!cohortId && teaching.length === 1 && first) navigate(`/dashboard/${first.id}`, { replace: true });
      },
      (err: unknown) => live && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [cohortId]);

  const current = cohorts?.find((c) => c.id === cohortId);
  return (
    <section>
      <h1>Dashboard{current ? `: ${current.name}` : ''}</h1>
      {error && <p role="alert">The cohorts could not be loaded: {error}</p>}
      {cohorts === null && !error && <p role="status">Loading…</p>}
      {cohorts && cohorts.length === 0 && <p>You do not teach any cohort yet.</p>}
      {cohorts && cohorts.length > 1 && (
        <nav aria-label="Cohorts" className="cohort-nav">
          <ul>
            {cohorts.map((c) => (
              <li key={c.id}>
                <Link href={`/dashboard/${c.id}`} aria-current={c.id === cohortId ? 'page' : undefined}>
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {cohortId && <CohortLive key={cohortId} cohortId={cohortId} />}
    </section>
  );
}

function CohortLive({ cohortId }: { cohortId: string }) {
  const [students, setStudents] = useState<StudentProgress[]>([]);
  const [online, setOnline] = useState<Map<string, PresenceEvent>>(new Map());
  const [feed, setFeed] = useState<ProgressEvent[]>([]);
  const [connected, setConnected] = useState(false);
  const [watching, setWatching] = useState<Watching | null>(null);

  useEffect(() => {
    let live = true;
    api.get<CohortProgressResponse>(`/api/cohorts/${encodeURIComponent(cohortId)}/dashboard`).then(
      (body) => live && setStudents(body.students),
      () => undefined, // The live list below still works from presence events.
    );
    return () => {
      live = false;
    };
  }, [cohortId]);

  useEffect(() => {
    const socket: Socket<DashboardServerToClientEvents, DashboardClientToServerEvents> = io('/dashboard', {
      auth: { cohortId },
      withCredentials: true,
      transports: ['websocket', 'polling'],
    });
    const key = (p: PresenceEvent) => `${p.studentId}/${p.labId}`;
    socket.on('connect', () => setConnected(true));
    socket.on('disconnect', () => setConnected(false));
    socket.on('presenceSnapshot', (list) => setOnline(new Map(list.map((p) => [key(p), p]))));
    socket.on('presence', (p) =>
      setOnline((prev) => {
        const next = new Map(prev);
        if (p.online) next.set(key(p), p);
        else next.delete(key(p));
        return next;
      }),
    );
    socket.on('progress', (p) => setFeed((prev) => [p, ...prev].slice(0, 50)));
    return () => {
      socket.disconnect();
    };
  }, [cohortId]);

  const names = useMemo(() => new Map(students.map((s) => [s.id, s.name])), [students]);
  const onlineList = [...online.values()];

  return (
    <div className="dashboard">
      <div className="dashboard-lists">
        <p className="status" role="status">
          <span className={`dot dot-${connected ? 'online' : 'reconnecting'}`} aria-hidden="true" />
          {connected ? 'Live' : 'Connecting…'}
        </p>
        <h2>Working now</h2>
        {onlineList.length === 0 ? (
          <p className="muted">Nobody has a terminal open.</p>
        ) : (
          <ul className="online-list">
            {onlineList.map((p) => {
              const name = names.get(p.studentId) ?? p.studentId;
              return (
                <li key={`${p.studentId}/${p.labId}`}>
                  <button type="button" onClick={() => setWatching({ studentId: p.studentId, labId: p.labId, name })}>
                    Watch {name} in {p.labId}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <h2>Students</h2>
        <table className="students">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Steps done</th>
              <th scope="col">Online</th>
            </tr>
          </thead>
          <tbody>
            {students.map((s) => (
              <tr key={s.id}>
                <td>
                  {s.name} <span className="muted">{s.email}</span>
                </td>
                <td>{s.stepsCompleted}</td>
                <td>{onlineList.some((p) => p.studentId === s.id) ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {feed.length > 0 && (
          <>
            <h2>Recent progress</h2>
            <ul className="feed" aria-live="polite">
              {feed.map((p) => (
                <li key={`${p.studentId}/${p.labId}/${p.stepId}/${p.at}`}>
                  {names.get(p.studentId) ?? p.studentId} {p.passed ? 'passed' : 'attempted'} {p.labId} / {p.stepId}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {watching && (
        <div className="watch">
          <h2>
            {watching.name} — {watching.labId}{' '}
            <button type="button" className="link-button" onClick={() => setWatching(null)}>
              Stop watching
            </button>
          </h2>
          <TerminalPane
            key={`${watching.studentId}/${watching.labId}`}
            labId={watching.labId}
            watch={watching.studentId}
            label={`${watching.name}'s terminal (read-only)`}
          />
        </div>
      )}
    </div>
  );
}
