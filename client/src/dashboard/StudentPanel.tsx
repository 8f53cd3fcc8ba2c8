/**
 * One student: progress per lab and step, quiz attempts with answers, the commands typed per lab, the live terminal
 * (with assist), resetting a lab and removing the student from the cohort.
 */
import { useEffect, useState } from 'react';
import { api } from '../api';
import type { BoardResponse, StudentDetailResponse, StudentRow } from '../contract';
import { TerminalPane } from '../terminal/TerminalPane';
import { cohortPath } from './useBoard';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function StudentPanel({
  board,
  row,
  canManage,
  onClose,
  onChanged,
}: {
  board: BoardResponse;
  row: StudentRow;
  canManage: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const [detail, setDetail] = useState<StudentDetailResponse | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [watchLab, setWatchLab] = useState<string | null>(row.currentLabId);
  const [generation, setGeneration] = useState(0);
  const base = `${cohortPath(board.cohort.id)}/students/${encodeURIComponent(row.id)}`;

  useEffect(() => {
    let live = true;
    api.get<StudentDetailResponse>(base).then(
      (d) => live && setDetail(d),
      (err: unknown) => live && setStatus(message(err)),
    );
    return () => {
      live = false;
    };
  }, [base, generation]);

  const resetLab = async (labId: string, title: string) => {
    if (!window.confirm(`Reset ${row.name}'s "${title}"? Their cluster, files and progress in this lab start over.`))
      return;
    try {
      await api.post(`${base}/labs/${encodeURIComponent(labId)}/reset`);
      setStatus(`${title} was reset for ${row.name}.`);
      setGeneration((g) => g + 1);
      onChanged();
    } catch (err) {
      setStatus(`The lab could not be reset: ${message(err)}`);
    }
  };

  const remove = async () => {
    if (!window.confirm(`Remove ${row.name} from ${board.cohort.name}? Their work is kept.`)) return;
    try {
      await api.delete(`${cohortPath(board.cohort.id)}/enrolments/${encodeURIComponent(row.id)}`);
      onChanged();
      onClose();
    } catch (err) {
      setStatus(message(err));
    }
  };

  const quizTitle = (id: string) => board.quizzes.find((q) => q.id === id)?.title ?? id;
  return (
    <aside className="student-panel" aria-label={`${row.name}'s work`}>
      <header>
        <h2>
          {row.name} <span className="muted">{row.email}</span>
        </h2>
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </header>
      {status && <p role="status">{status}</p>}
      {watchLab && (
        <TerminalPane
          key={`${row.id}/${watchLab}`}
          labId={watchLab}
          watch={row.id}
          label={`${row.name}'s terminal (read-only)`}
        />
      )}
      {!detail && !status && <p role="status">Loading…</p>}
      {detail?.labs.map((lab) => (
        <details key={lab.labId} open={lab.labId === row.currentLabId}>
          <summary>
            {lab.title} — {lab.steps.filter((s) => s.passedAt).length}/{lab.steps.length} steps
          </summary>
          <div className="lab-actions">
            <button type="button" onClick={() => setWatchLab(lab.labId)} disabled={watchLab === lab.labId}>
              Watch this lab's terminal
            </button>
            {canManage && (
              <button type="button" className="danger" onClick={() => void resetLab(lab.labId, lab.title)}>
                Reset this lab…
              </button>
            )}
          </div>
          <ol className="steps-detail">
            {lab.steps.map((s) => (
              <li key={s.id} data-state={s.passedAt ? 'passed' : s.attempts > 0 ? 'failed' : 'pending'}>
                {s.title}: {s.passedAt ? `passed ${new Date(s.passedAt).toLocaleString()}` : 'not passed'}
                {s.attempts > 0 && `, ${s.attempts} check${s.attempts === 1 ? '' : 's'}`}
                {s.hints > 0 && `, ${s.hints} hint${s.hints === 1 ? '' : 's'}`}
              </li>
            ))}
          </ol>
          <h4>Commands typed ({lab.commands.length})</h4>
          {lab.commands.length === 0 ? (
            <p className="muted">None saved yet.</p>
          ) : (
            <pre className="commands">{lab.commands.join('\n')}</pre>
          )}
        </details>
      ))}
      {detail && detail.quizAttempts.length > 0 && (
        <>
          <h3>Quiz attempts</h3>
          <ul>
            {detail.quizAttempts.map((a) => (
              <li key={a.id}>
                <details>
                  <summary>
                    {quizTitle(a.quizId)}: {a.score}/{a.maxScore}, {new Date(a.submittedAt).toLocaleString()}
                  </summary>
                  <dl className="answers">
                    {Object.entries(a.answers).map(([q, ans]) => (
                      <div key={q}>
                        <dt>{q}</dt>
                        <dd>
                          {'choice' in ans
                            ? ans.choice
                            : 'choices' in ans
                              ? ans.choices.join(', ')
                              : 'value' in ans
                                ? String(ans.value)
                                : ans.command}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
      {canManage && (
        <p>
          <button type="button" className="danger" onClick={() => void remove()}>
            Remove from the cohort…
          </button>
        </p>
      )}
    </aside>
  );
}
