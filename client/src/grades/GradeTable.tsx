/** The gradebook table: one row per student, one column per lab and quiz (course order) with its maximum. */
import { useEffect, useState } from 'react';
import { api } from '../api';
import type { GradebookResponse, GradebookRow, QuizAttemptsResponse } from '../contract';

const STATUS_LABELS = {
  not_started: 'not started',
  in_progress: 'in progress',
  completed: 'completed',
  submitted: 'submitted',
} as const;

export function GradeTable({ book }: { book: GradebookResponse }) {
  const [open, setOpen] = useState<string | null>(null);
  const labMax = book.items.filter((i) => i.kind === 'lab').reduce((s, i) => s + i.maxPoints, 0);
  const quizMax = book.items.filter((i) => i.kind === 'quiz').reduce((s, i) => s + i.maxPoints, 0);
  if (book.students.length === 0) return <p>No student is enrolled in this cohort yet.</p>;
  return (
    <div className="grade-scroll" role="region" aria-label="Grades table" tabIndex={0}>
      <table className="grade-table">
        <thead>
          <tr>
            <th scope="col" className="sticky">
              Student
            </th>
            {book.items.map((i) => (
              <th key={i.id} scope="col" className={i.kind} title={i.id}>
                <span className="kind">{i.kind === 'lab' ? 'Lab' : 'Quiz'}</span> {i.title}
                <span className="max">/ {i.maxPoints}</span>
              </th>
            ))}
            <th scope="col">
              Labs <span className="max">/ {labMax}</span>
            </th>
            <th scope="col">
              Quizzes <span className="max">/ {quizMax}</span>
            </th>
            <th scope="col">
              Total <span className="max">/ {labMax + quizMax}</span>
            </th>
            <th scope="col">%</th>
          </tr>
        </thead>
        <tbody>
          {book.students.map((s) => (
            <Row key={s.id} student={s} open={open === s.id} onToggle={() => setOpen(open === s.id ? null : s.id)} />
          ))}
        </tbody>
      </table>
      {open && <Attempts key={open} student={book.students.find((s) => s.id === open)!} />}
    </div>
  );
}

function Row({ student, open, onToggle }: { student: GradebookRow; open: boolean; onToggle: () => void }) {
  return (
    <tr>
      <th scope="row" className="sticky">
        <button type="button" className="link-button" aria-expanded={open} onClick={onToggle}>
          {student.name}
        </button>
        <span className="email">{student.email}</span>
      </th>
      {student.grades.map((g) => (
        <td key={g.itemId} className={`num ${g.status}`} title={STATUS_LABELS[g.status]}>
          {g.points ?? '—'}
        </td>
      ))}
      <td className="num">{student.labPoints}</td>
      <td className="num">{student.quizPoints}</td>
      <td className="num">{student.totalPoints}</td>
      <td className="num strong">{student.percent}</td>
    </tr>
  );
}

/** Every quiz attempt of one student, with their answers' scores: graders see them all. */
function Attempts({ student }: { student: GradebookRow }) {
  const [data, setData] = useState<QuizAttemptsResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.get<QuizAttemptsResponse>(`/api/students/${student.id}/quiz-attempts`).then(
      (d) => live && setData(d),
      (err: unknown) => live && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [student.id]);
  return (
    <section className="attempts" aria-label={`Quiz attempts of ${student.name}`}>
      <h2>Quiz attempts of {student.name}</h2>
      {error && <p role="alert">{error}</p>}
      {!data && !error && <p role="status">Loading…</p>}
      {data && data.attempts.length === 0 && <p>No quiz submitted yet.</p>}
      {data && data.attempts.length > 0 && (
        <table className="students">
          <thead>
            <tr>
              <th scope="col">Quiz</th>
              <th scope="col">Submitted</th>
              <th scope="col">Score</th>
              <th scope="col">Right answers</th>
            </tr>
          </thead>
          <tbody>
            {data.attempts.map((a) => (
              <tr key={a.review.attempt.id}>
                <td>{a.quizTitle}</td>
                <td>{new Date(a.review.attempt.submittedAt).toLocaleString()}</td>
                <td>
                  {a.review.attempt.score} / {a.review.attempt.maxScore}
                </td>
                <td>
                  {a.review.results.filter((r) => r.correct).length} of {a.review.results.length} questions
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
