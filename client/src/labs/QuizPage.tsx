/**
 * A chapter quiz: questions with single, multiple, true/false and command answers; after a
 * submission, the score and per-question feedback with the right answer and an explanation.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../api';
import type { Answer, Question, QuizResponse, QuizReviewResponse } from '../contract';
import { Link } from '../router';
import { labsApi } from './api';
import './labs.css';
import { Markdown } from './Markdown';

export function QuizPage({ quizId }: { quizId: string }) {
  const [data, setData] = useState<QuizResponse | null>(null);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [review, setReview] = useState<QuizReviewResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    labsApi.quiz(quizId).then(
      (q) => live && setData(q),
      (err: unknown) => live && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [quizId]);

  if (!data)
    return error ? <p role="alert">The quiz could not be loaded: {error}</p> : <p role="status">Loading the quiz…</p>;
  const { quiz, standing } = data;
  const current = review?.standing ?? standing;
  const noAttemptsLeft = current.attemptsLeft === 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    labsApi.submit(quizId, answers).then(
      (r) => {
        setReview(r);
        setError(null);
        setBusy(false);
      },
      (err: unknown) => {
        setError(err instanceof ApiError ? err.message : String(err));
        setBusy(false);
      },
    );
  };

  const set = (id: string, a: Answer) => setAnswers((prev) => ({ ...prev, [id]: a }));
  const results = new Map((review?.results ?? []).map((r) => [r.questionId, r]));

  return (
    <section className="quiz" aria-labelledby="quiz-title">
      <p className="crumbs">
        <Link href="/">← All labs</Link>
      </p>
      <h1 id="quiz-title">{quiz.title}</h1>
      <p className="muted">
        {quiz.questions.length} questions worth {quiz.maxScore} points · pass mark {quiz.scoring.passPercent}% · your{' '}
        {quiz.scoring.counts === 'average' ? 'average over your attempts' : `${quiz.scoring.counts} attempt`} counts
        {current.attemptsLeft !== null &&
          ` · ${current.attemptsLeft} attempt${current.attemptsLeft === 1 ? '' : 's'} left`}
        {current.score !== null && ` · current score ${current.score}/${current.maxScore ?? 0}`}
      </p>
      {review && (
        <p
          role="status"
          className={`quiz-score ${review.attempt.score * 100 >= review.attempt.maxScore * quiz.scoring.passPercent ? 'ok' : 'fail'}`}
        >
          You scored {review.attempt.score} of {review.attempt.maxScore}.
          {!review.answersShown && ` ${answersLater(quiz.scoring.showAnswers)}`}
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      <form onSubmit={submit}>
        <ol className="questions">
          {quiz.questions.map((q) => (
            <li key={q.id} className="question" aria-labelledby={`q-${q.id}`}>
              <QuestionInput question={q} answer={answers[q.id]} onChange={(a) => set(q.id, a)} disabled={busy} />
              {results.has(q.id) && <Feedback question={q} result={results.get(q.id)!} />}
            </li>
          ))}
        </ol>
        <button type="submit" disabled={busy || noAttemptsLeft}>
          {review ? 'Submit another attempt' : 'Submit answers'}
        </button>
        {noAttemptsLeft && <p className="muted">You have used every attempt at this quiz.</p>}
      </form>
    </section>
  );
}

function QuestionInput({
  question: q,
  answer,
  onChange,
  disabled,
}: {
  question: Question;
  answer: Answer | undefined;
  onChange: (a: Answer) => void;
  disabled: boolean;
}) {
  const name = `q-${q.id}`;
  const prompt = (
    <legend id={name}>
      <Markdown source={q.prompt} />
    </legend>
  );
  if (q.type === 'command') {
    return (
      <fieldset>
        {prompt}
        <input
          type="text"
          aria-labelledby={name}
          className="mono"
          placeholder={q.placeholder ?? 'Type the command'}
          value={answer && 'command' in answer ? answer.command : ''}
          onChange={(e) => onChange({ command: e.target.value })}
          disabled={disabled}
          spellCheck={false}
          autoComplete="off"
        />
      </fieldset>
    );
  }
  if (q.type === 'truefalse') {
    return (
      <fieldset>
        {prompt}
        {[true, false].map((v) => (
          <label key={String(v)}>
            <input
              type="radio"
              name={name}
              checked={answer !== undefined && 'value' in answer && answer.value === v}
              onChange={() => onChange({ value: v })}
              disabled={disabled}
            />
            {v ? 'True' : 'False'}
          </label>
        ))}
      </fieldset>
    );
  }
  const picked = answer && 'choices' in answer ? answer.choices : answer && 'choice' in answer ? [answer.choice] : [];
  return (
    <fieldset>
      {prompt}
      {/* Many prompts already say so. */}
      {q.type === 'multiple' && !/select all that apply/i.test(q.prompt) && (
        <p className="muted">Select all that apply.</p>
      )}
      {q.choices.map((c) => (
        <label key={c.id}>
          <input
            type={q.type === 'multiple' ? 'checkbox' : 'radio'}
            name={name}
            checked={picked.includes(c.id)}
            onChange={(e) =>
              q.type === 'multiple'
                ? onChange({ choices: e.target.checked ? [...picked, c.id] : picked.filter((x) => x !== c.id) })
                : onChange({ choice: c.id })
            }
            disabled={disabled}
          />
          {c.text}
        </label>
      ))}
    </fieldset>
  );
}

function answersLater(when: QuizResponse['quiz']['scoring']['showAnswers']): string {
  if (when === 'after-last-attempt') return 'The right answers and explanations are shown after your last attempt.';
  if (when === 'after-due-date') return 'The right answers and explanations are shown after the due date.';
  if (when === 'never') return 'This quiz does not show the right answers.';
  return '';
}

function describeAnswer(q: Question, a: Answer | null): string {
  if (!a) return '(no answer)';
  if ('value' in a) return a.value ? 'True' : 'False';
  if ('command' in a) return a.command;
  const ids = 'choices' in a ? a.choices : [a.choice];
  const choices = 'choices' in q ? q.choices : [];
  return ids.map((id) => choices.find((c) => c.id === id)?.text ?? id).join('; ');
}

function Feedback({ question, result }: { question: Question; result: QuizReviewResponse['results'][number] }) {
  // Withheld until the quiz's rules allow (after the last attempt, after the due date, or never).
  if (result.correct === null || result.earned === null) return null;
  return (
    <div
      className={`feedback ${result.correct ? 'ok' : 'fail'}`}
      role="note"
      aria-label={`Feedback on question ${question.id}`}
    >
      <p>
        <strong>{result.correct ? 'Correct' : result.earned > 0 ? 'Partly right' : 'Not quite'}</strong> (
        {result.earned}/{result.points})
        {!result.correct && <> — right answer: {describeAnswer(question, result.correctAnswer)}</>}
      </p>
      {result.explanation !== null && <Markdown source={result.explanation} />}
    </div>
  );
}
