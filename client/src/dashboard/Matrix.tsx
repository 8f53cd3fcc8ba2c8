/** Students × labs (a lab's steps on demand) and quiz scores, sorted, filtered and searched; flagged students first. */
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api';
import type { BoardResponse, LabStepsResponse, StudentRow } from '../contract';
import { ago, duration, stepTitle } from './format';
import { cohortPath } from './useBoard';

type SortKey = 'help' | 'name' | 'progress' | 'activity' | 'stuck';
type Filter = 'all' | 'flagged' | 'online' | 'not-started';

const SORTS: Record<SortKey, { label: string; compare: (a: StudentRow, b: StudentRow) => number }> = {
  help: { label: 'Needs help first', compare: (a, b) => Number(!!b.flag) - Number(!!a.flag) },
  name: { label: 'Name', compare: () => 0 },
  progress: { label: 'Least progress first', compare: (a, b) => passedSteps(a) - passedSteps(b) },
  activity: {
    label: 'Most recently active',
    compare: (a, b) => Date.parse(b.lastActiveAt ?? '1970-01-01') - Date.parse(a.lastActiveAt ?? '1970-01-01'),
  },
  stuck: {
    label: 'Longest on their step',
    compare: (a, b) => Date.parse(a.stepStartedAt ?? '2999-01-01') - Date.parse(b.stepStartedAt ?? '2999-01-01'),
  },
};

const passedSteps = (r: StudentRow) => r.labs.reduce((n, l) => n + l.passed, 0);

export function Matrix({
  board,
  passedLive,
  now,
  onOpen,
  onClearFlag,
  canManage,
}: {
  board: BoardResponse;
  passedLive: Set<string>;
  now: number;
  onOpen: (row: StudentRow) => void;
  onClearFlag: (row: StudentRow) => void;
  canManage: boolean;
}) {
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [sort, setSort] = useState<SortKey>('help');
  const [openLab, setOpenLab] = useState<string | null>(null);

  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    const keep = (r: StudentRow) =>
      (!q || r.name.toLowerCase().includes(q) || r.email.toLowerCase().includes(q)) &&
      (filter === 'all' ||
        (filter === 'flagged' && r.flag !== null) ||
        (filter === 'online' && r.online) ||
        (filter === 'not-started' && r.labs.length === 0));
    const byName = (a: StudentRow, b: StudentRow) => a.name.localeCompare(b.name);
    // Flagged students stay on top whatever else is chosen: they are why one looks.
    const flaggedFirst = SORTS.help.compare;
    return board.students.filter(keep).sort((a, b) => flaggedFirst(a, b) || SORTS[sort].compare(a, b) || byName(a, b));
  }, [board.students, search, filter, sort]);

  const lab = board.labs.find((l) => l.id === openLab) ?? null;
  const [cells, setCells] = useState<Cells | null>(null);
  useEffect(() => {
    setCells(null);
    if (!openLab) return;
    let live = true;
    api.get<LabStepsResponse>(`${cohortPath(board.cohort.id)}/labs/${encodeURIComponent(openLab)}/steps`).then(
      (body) => live && setCells(body.cells),
      () => live && setCells([]),
    );
    return () => {
      live = false;
    };
  }, [board.cohort.id, openLab]);

  return (
    <section aria-label="Students">
      <div className="board-tools">
        <label>
          Search <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          Show{' '}
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="all">everyone</option>
            <option value="flagged">needs help</option>
            <option value="online">online now</option>
            <option value="not-started">not started</option>
          </select>
        </label>
        <label>
          Sort{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            {Object.entries(SORTS).map(([k, v]) => (
              <option key={k} value={k}>
                {v.label}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">
          {rows.length} of {board.students.length} students
        </span>
      </div>
      <div className="matrix-scroll">
        <table className="matrix">
          <thead>
            <tr>
              <th scope="col">Student</th>
              <th scope="col">Now on</th>
              <th scope="col">On step for</th>
              <th scope="col">Failed checks</th>
              <th scope="col">Hints</th>
              <th scope="col">Last activity</th>
              {board.labs.map((l, i) =>
                l.id === openLab ? (
                  l.steps.map((s, j) => (
                    <th key={`${l.id}/${s.id}`} scope="col" className="step-col" title={`${l.title} · ${s.title}`}>
                      {j === 0 && (
                        <button type="button" className="link-button" onClick={() => setOpenLab(null)}>
                          Lab {i + 1} ▾
                        </button>
                      )}
                      <div>{j + 1}</div>
                    </th>
                  ))
                ) : (
                  <th
                    key={l.id}
                    scope="col"
                    title={`${l.chapterTitle}: ${l.title}${l.dueAt ? `, due ${l.dueAt}` : ''}`}
                  >
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Lab ${i + 1}: show the steps of ${l.title}`}
                      onClick={() => setOpenLab(l.id)}
                    >
                      Lab {i + 1}
                    </button>
                  </th>
                ),
              )}
              {board.quizzes.map((q) => (
                <th key={q.id} scope="col" title={q.title}>
                  Quiz: {q.chapterTitle}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-student={r.email} className={r.flag ? 'flagged' : undefined}>
                <th scope="row">
                  <span className={`dot dot-${r.online ? 'online' : 'offline'}`} aria-hidden="true" />
                  <button type="button" className="link-button" onClick={() => onOpen(r)}>
                    {r.name}
                  </button>
                  <span className="visually-hidden">{r.online ? ' (online)' : ' (offline)'}</span>
                  {r.flag && (
                    <span className="badge badge-help">
                      Needs help
                      {canManage && (
                        <button type="button" className="link-button" onClick={() => onClearFlag(r)}>
                          Clear
                        </button>
                      )}
                    </span>
                  )}
                </th>
                <td>{stepTitle(board, r.currentLabId, r.currentStepId)}</td>
                <td>{r.currentStepId ? duration(r.stepStartedAt, now) : '—'}</td>
                <td>{r.failedChecks}</td>
                <td>{r.hintsUsed}</td>
                <td>{ago(r.lastActiveAt, now)}</td>
                {board.labs.map((l) =>
                  l.id === openLab && lab ? (
                    <StepCells key={l.id} lab={lab} row={r} cells={cells} passedLive={passedLive} />
                  ) : (
                    <LabCell key={l.id} row={r} labId={l.id} />
                  ),
                )}
                {board.quizzes.map((q) => {
                  const score = r.quizzes.find((s) => s.quizId === q.id);
                  return (
                    <td key={q.id} className="num">
                      {score ? `${score.score}/${score.maxScore}` : '—'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function LabCell({ row, labId }: { row: StudentRow; labId: string }) {
  const cell = row.labs.find((l) => l.labId === labId);
  const state = !cell || cell.passed === 0 ? 'none' : cell.completedAt ? (cell.late ? 'late' : 'passed') : 'partial';
  return (
    <td className={`cell cell-${state}`} data-state={state} data-lab={labId}>
      {cell ? `${cell.passed}/${cell.total}` : ''}
      {state === 'late' && <span className="visually-hidden"> (late)</span>}
    </td>
  );
}

type Cells = LabStepsResponse['cells'];

/** One lab's steps for one student; passes arriving live turn cells green. */
function StepCells({
  lab,
  row,
  cells,
  passedLive,
}: {
  lab: BoardResponse['labs'][number];
  row: StudentRow;
  cells: Cells | null;
  passedLive: Set<string>;
}) {
  return (
    <>
      {lab.steps.map((s) => {
        const cell = cells?.find((c) => c.studentId === row.id && c.stepId === s.id);
        const current = row.currentLabId === lab.id && row.currentStepId === s.id;
        // Live rows carry the current step's failed checks: a pending cell that has failed since loading is red.
        const loaded = cell?.state ?? (current && row.failedChecks > 0 ? 'failed' : 'pending');
        const state = passedLive.has(`${row.id}/${lab.id}/${s.id}`) ? 'passed' : loaded;
        return (
          <td
            key={s.id}
            className={`cell cell-${state}${current ? ' cell-current' : ''}`}
            data-state={state}
            data-step={s.id}
            title={`${s.title}: ${state}${cell ? `, ${cell.attempts} check(s)` : ''}`}
          >
            <span className="visually-hidden">{state}</span>
          </td>
        );
      })}
    </>
  );
}
