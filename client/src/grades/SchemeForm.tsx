/** The cohort's grading scheme, for its instructors: weights, hint penalty, which quiz attempt counts, Canvas ids, due dates. */
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api';
import type { GradebookResponse, GradingSettings, GradingSettingsRequest } from '../contract';

export function SchemeForm({
  cohortId,
  book,
  onSaved,
}: {
  cohortId: string;
  book: GradebookResponse;
  onSaved: () => void;
}) {
  const s = book.settings;
  const [labWeight, setLabWeight] = useState(String(s.labWeight));
  const [quizWeight, setQuizWeight] = useState(String(s.quizWeight));
  const [hintPenalty, setHintPenalty] = useState(String(s.hintPenalty));
  const [quizAttempt, setQuizAttempt] = useState<GradingSettings['quizAttempt']>(s.quizAttempt);
  const [canvas, setCanvas] = useState<Record<string, string>>(s.canvasAssignmentIds);
  const [due, setDue] = useState<Record<string, string>>(s.quizDueDates);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: GradingSettingsRequest = {
      labWeight: Number(labWeight),
      quizWeight: Number(quizWeight),
      hintPenalty: Number(hintPenalty),
      quizAttempt,
      canvasAssignmentIds: Object.fromEntries(Object.entries(canvas).filter(([, v]) => v.trim() !== '')),
      quizDueDates: Object.fromEntries(
        Object.entries(due)
          .filter(([, v]) => v !== '')
          .map(([k, v]) => [k, new Date(v).toISOString()]),
      ),
    };
    api.put<GradingSettings>(`/api/cohorts/${cohortId}/grading`, body).then(
      () => {
        setMessage({ ok: true, text: 'Saved.' });
        onSaved();
      },
      (err: unknown) => setMessage({ ok: false, text: err instanceof ApiError ? err.message : String(err) }),
    );
  };

  const quizzes = book.items.filter((i) => i.kind === 'quiz');
  return (
    <details className="scheme">
      <summary>Grading scheme</summary>
      <form onSubmit={submit}>
        <div className="scheme-grid">
          <label>
            Lab weight{' '}
            <input type="number" min={0} max={1000} value={labWeight} onChange={(e) => setLabWeight(e.target.value)} />
          </label>
          <label>
            Quiz weight{' '}
            <input
              type="number"
              min={0}
              max={1000}
              value={quizWeight}
              onChange={(e) => setQuizWeight(e.target.value)}
            />
          </label>
          <label>
            Points off per hint{' '}
            <input
              type="number"
              min={0}
              max={100}
              step={0.05}
              value={hintPenalty}
              onChange={(e) => setHintPenalty(e.target.value)}
            />
          </label>
          <label>
            Quiz attempt that counts{' '}
            <select
              value={quizAttempt}
              onChange={(e) => setQuizAttempt(e.target.value as GradingSettings['quizAttempt'])}
            >
              <option value="quiz">each quiz&apos;s own rule</option>
              <option value="best">best</option>
              <option value="last">last</option>
              <option value="average">average</option>
            </select>
          </label>
        </div>
        <table className="students">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Canvas assignment id</th>
              <th scope="col">Quiz due date (answers shown after it, for quizzes set so)</th>
            </tr>
          </thead>
          <tbody>
            {book.items.map((i) => (
              <tr key={i.id}>
                <td>
                  {i.kind === 'lab' ? 'Lab' : 'Quiz'}: {i.title}
                </td>
                <td>
                  <input
                    aria-label={`Canvas assignment id of ${i.title}`}
                    inputMode="numeric"
                    value={canvas[i.id] ?? ''}
                    onChange={(e) => setCanvas({ ...canvas, [i.id]: e.target.value })}
                  />
                </td>
                <td>
                  {quizzes.includes(i) && (
                    <input
                      type="datetime-local"
                      aria-label={`Due date of ${i.title}`}
                      value={localInput(due[i.id.slice('quiz:'.length)])}
                      onChange={(e) => setDue({ ...due, [i.id.slice('quiz:'.length)]: e.target.value })}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit">Save the scheme</button>{' '}
        {message && <span role={message.ok ? 'status' : 'alert'}>{message.text}</span>}
      </form>
    </details>
  );
}

/** An ISO date as a `datetime-local` input shows it (local time, minutes). */
function localInput(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
