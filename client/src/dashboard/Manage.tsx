/** Running the cohort: join code, staff and students, "needs help" thresholds, due dates, archive. */
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import type { BoardResponse, CohortResponse } from '../contract';
import { formText } from '../pages/forms';
import { cohortPath } from './useBoard';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function JoinCode({ board, onChanged }: { board: BoardResponse; onChanged: () => void }) {
  const [status, setStatus] = useState<string | null>(null);
  if (!board.cohort.joinCode) return null;
  const regenerate = async () => {
    if (!window.confirm('Make a new join code? The current one stops working at once.')) return;
    try {
      await api.post<CohortResponse>(`${cohortPath(board.cohort.id)}/join-code`);
      onChanged();
    } catch (err) {
      setStatus(message(err));
    }
  };
  return (
    <p className="join-code">
      Join code: <code aria-label="Join code">{board.cohort.joinCode}</code>{' '}
      <button type="button" className="link-button" onClick={() => void regenerate()}>
        New code…
      </button>
      {status && <span role="alert"> {status}</span>}
    </p>
  );
}

export function Manage({ board, onChanged }: { board: BoardResponse; onChanged: () => void }) {
  const [status, setStatus] = useState<string | null>(null);
  const base = cohortPath(board.cohort.id);
  const run = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      setStatus(done);
      onChanged();
    } catch (err) {
      setStatus(message(err));
    }
  };
  const addMember = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = formText(form, 'email');
    const kind = formText(form, 'kind') || 'enrolments';
    void run(() => api.post(`${base}/${kind}`, { email }), `Added ${email}.`);
  };
  const saveHelp = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    void run(
      () =>
        api.patch(`${base}/settings`, {
          helpFailedChecks: Number(form.get('failedChecks')),
          helpIdleMinutes: Number(form.get('idleMinutes')),
        }),
      'Saved the "needs help" thresholds.',
    );
  };
  const setDue = (labId: string, value: string) =>
    void run(
      () =>
        api.put(`${base}/due-dates/${encodeURIComponent(labId)}`, {
          dueAt: value ? new Date(value).toISOString() : null,
        }),
      value ? 'Due date saved.' : 'Due date removed.',
    );
  const archived = board.cohort.archivedAt !== null;

  return (
    <details className="manage">
      <summary>Manage the cohort</summary>
      {status && <p role="status">{status}</p>}
      <form className="inline-form" onSubmit={addMember}>
        <label>
          Email <input name="email" type="email" required />
        </label>
        <label>
          as{' '}
          <select name="kind" defaultValue="enrolments">
            <option value="enrolments">student</option>
            <option value="instructors">co-instructor</option>
            <option value="graders">grader</option>
          </select>
        </label>
        <button type="submit">Add</button>
      </form>
      <form className="inline-form" onSubmit={saveHelp}>
        <label>
          Needs help after{' '}
          <input name="failedChecks" type="number" min={1} max={100} defaultValue={board.cohort.help.failedChecks} />{' '}
          failed checks on a step
        </label>
        <label>
          or <input name="idleMinutes" type="number" min={1} max={1440} defaultValue={board.cohort.help.idleMinutes} />{' '}
          minutes on it without progress while online
        </label>
        <button type="submit">Save</button>
      </form>
      <h3>Due dates</h3>
      <ul className="due-dates">
        {board.labs.map((l) => (
          <li key={l.id}>
            <label>
              {l.title}{' '}
              <input
                type="datetime-local"
                defaultValue={l.dueAt ? toLocalInput(l.dueAt) : ''}
                onBlur={(e) => {
                  if (e.target.value !== (l.dueAt ? toLocalInput(l.dueAt) : '')) setDue(l.id, e.target.value);
                }}
              />
            </label>
          </li>
        ))}
      </ul>
      <p>
        <button
          type="button"
          onClick={() =>
            void run(
              () => api.post(`${base}/archive`, { archived: !archived }),
              archived ? 'The cohort is active again.' : 'The cohort is archived: nobody can join it.',
            )
          }
        >
          {archived ? 'Restore the cohort' : 'Archive the cohort'}
        </button>
      </p>
    </details>
  );
}

/** `2026-05-01T23:59` in the browser's time zone, as a datetime-local input wants it. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
