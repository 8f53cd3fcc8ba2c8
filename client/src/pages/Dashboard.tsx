import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api';
import type { CohortResponse, CohortsResponse, CohortSummary, StudentRow, StudentRowResponse } from '../contract';
import { Charts } from '../dashboard/Charts';
import { Feed } from '../dashboard/Feed';
import { JoinCode, Manage } from '../dashboard/Manage';
import { Matrix } from '../dashboard/Matrix';
import { StudentPanel } from '../dashboard/StudentPanel';
import { cohortPath, useBoard } from '../dashboard/useBoard';
import { formText } from './forms';
import '../dashboard/dashboard.css';
import { Link, navigate } from '../router';
import { useSession } from '../session';

/** The instructor's cohorts: pick one (or create one), then its live board. */
export function Dashboard({ cohortId }: { cohortId?: string }) {
  const { me } = useSession();
  const [cohorts, setCohorts] = useState<CohortSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    api.get<CohortsResponse>('/api/cohorts').then(
      (body) => {
        if (!live) return;
        // An admin who is not a member has no roles in a cohort, and may follow it all the same.
        const teaching = body.cohorts.filter((c) => c.myRoles.length === 0 || c.myRoles.includes('instructor'));
        setCohorts(teaching);
        const active = teaching.filter((c) => !c.archivedAt);
        const first = active[0];
        if (!cohortId && active.length === 1 && first) navigate(`/dashboard/${first.id}`, { replace: true });
      },
      (err: unknown) => live && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [cohortId, generation]);

  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const name = formText(new FormData(e.currentTarget), 'name');
    try {
      const cohort = await api.post<CohortResponse>('/api/cohorts', { name });
      setGeneration((g) => g + 1);
      navigate(`/dashboard/${cohort.id}`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const current = cohorts?.find((c) => c.id === cohortId);
  const active = cohorts?.filter((c) => !c.archivedAt) ?? [];
  const archived = cohorts?.filter((c) => c.archivedAt) ?? [];
  return (
    <section>
      <h1>{current ? current.name : 'Your cohorts'}</h1>
      {error && <p role="alert">{error}</p>}
      {cohorts === null && !error && <p role="status">Loading…</p>}
      {cohorts && cohorts.length === 0 && <p>You do not teach any cohort yet.</p>}
      {cohorts && (cohorts.length > 1 || !cohortId) && (
        <nav aria-label="Cohorts" className="cohort-nav">
          <ul>
            {active.map((c) => (
              <li key={c.id}>
                <Link href={`/dashboard/${c.id}`} aria-current={c.id === cohortId ? 'page' : undefined}>
                  {c.name}
                </Link>
              </li>
            ))}
            {archived.map((c) => (
              <li key={c.id} className="muted">
                <Link href={`/dashboard/${c.id}`} aria-current={c.id === cohortId ? 'page' : undefined}>
                  {c.name}
                </Link>{' '}
                (archived)
              </li>
            ))}
          </ul>
        </nav>
      )}
      {!cohortId && (me?.role === 'instructor' || me?.role === 'admin') && (
        <form className="inline-form" onSubmit={(e) => void create(e)}>
          <label>
            New cohort <input name="name" required maxLength={120} />
          </label>
          <button type="submit">Create</button>
        </form>
      )}
      {cohortId && (
        <CohortBoard
          key={cohortId}
          cohortId={cohortId}
          canManage={current?.myRoles.includes('instructor') ?? me?.role === 'admin'}
        />
      )}
    </section>
  );
}

function CohortBoard({ cohortId, canManage }: { cohortId: string; canManage: boolean }) {
  const live = useBoard(cohortId);
  const [open, setOpen] = useState<StudentRow | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);

  if (live.error) return <p role="alert">The dashboard could not be loaded: {live.error}</p>;
  const board = live.board;
  if (!board) return <p role="status">Loading the cohort…</p>;

  const clearFlag = async (row: StudentRow) => {
    try {
      const body = await api.post<StudentRowResponse>(
        `${cohortPath(cohortId)}/students/${encodeURIComponent(row.id)}/clear-flag`,
      );
      live.replaceRow(body.student);
      setStatus(`Cleared ${row.name}'s flag.`);
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  };

  const openRow = open && (board.students.find((s) => s.id === open.id) ?? open);
  return (
    <div className="board">
      <div className="board-head">
        <p className="status" role="status">
          <span className={`dot dot-${live.connected ? 'online' : 'reconnecting'}`} aria-hidden="true" />
          {live.connected ? 'Live' : 'Connecting…'}
          {' · '}
          {board.students.filter((s) => s.online).length} online now
          {' · '}
          {board.students.filter((s) => s.flag).length} need help
        </p>
        <JoinCode board={board} onChanged={live.reload} />
        {board.cohort.archivedAt && <p className="badge badge-muted">Archived</p>}
      </div>
      {canManage && <Manage board={board} onChanged={live.reload} />}
      {status && <p role="status">{status}</p>}
      <div className={openRow ? 'board-body board-body-open' : 'board-body'}>
        <div className="board-main">
          {board.students.length === 0 ? (
            <p>No students yet. They join with the join code above, or add them under “Manage the cohort”.</p>
          ) : (
            <Matrix
              board={board}
              passedLive={live.passedLive}
              now={now}
              onOpen={setOpen}
              onClearFlag={(r) => void clearFlag(r)}
              canManage={canManage}
            />
          )}
          <Charts board={board} />
          <Feed board={board} feed={live.feed} hasOlder={live.feedNext !== null} loadOlder={live.loadOlder} />
        </div>
        {openRow && (
          <StudentPanel
            key={openRow.id}
            board={board}
            row={openRow}
            canManage={canManage}
            onClose={() => setOpen(null)}
            onChanged={live.reload}
          />
        )}
      </div>
    </div>
  );
}
