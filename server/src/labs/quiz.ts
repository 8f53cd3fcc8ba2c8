/**
 * Quiz scoring, pure and explicit. Each question is worth `points` (default 1; a multi-select
 * question with partial credit defaults to its number of correct choices, so each right pick is a
 * point). Multi-select with `partial`: right picks earn, wrong picks cost the same, never below
 * zero; with `all-or-nothing`: full points only for exactly the correct set. Command answers are
 * compared after normalising (whitespace, the `k` alias, flag spelling and order).
 */
import { sameCommand } from './commands.js';
import type { Answer, Answers, Question, Quiz, QuizScoring } from './quizFormat.js';

export interface QuestionResult {
  questionId: string;
  earned: number;
  points: number;
  /** Full marks. */
  correct: boolean;
  answered: boolean;
}

export interface QuizScore {
  score: number;
  maxScore: number;
  results: QuestionResult[];
}

export function questionPoints(q: Question, scoring: QuizScoring): number {
  if (q.points !== undefined) return q.points;
  if (q.type === 'multiple' && scoring.multiSelect === 'partial') return q.choices.filter((c) => c.correct).length;
  return 1;
}

function earned(q: Question, a: Answer | undefined, points: number, scoring: QuizScoring): number {
  if (!a) return 0;
  switch (q.type) {
    case 'single': {
      if (!('choice' in a)) return 0;
      return q.choices.some((c) => c.correct && c.id === a.choice) ? points : 0;
    }
    case 'multiple': {
      if (!('choices' in a)) return 0;
      const picked = new Set(a.choices);
      const correct = new Set(q.choices.filter((c) => c.correct).map((c) => c.id));
      const known = new Set(q.choices.map((c) => c.id));
      const right = [...picked].filter((id) => correct.has(id)).length;
      const wrong = [...picked].filter((id) => known.has(id) && !correct.has(id)).length;
      if (scoring.multiSelect === 'all-or-nothing') return right === correct.size && wrong === 0 ? points : 0;
      return Math.max(0, Math.floor((points * (right - wrong)) / correct.size));
    }
    case 'truefalse':
      return 'value' in a && a.value === q.answer ? points : 0;
    case 'command':
      return 'command' in a && q.accepted.some((acc) => sameCommand(acc, a.command)) ? points : 0;
    default: {
      const never: never = q;
      return never;
    }
  }
}

export function scoreQuiz(quiz: Quiz, answers: Answers): QuizScore {
  const results = quiz.questions.map((q) => {
    const points = questionPoints(q, quiz.scoring);
    const answer = answers[q.id];
    const got = earned(q, answer, points, quiz.scoring);
    return { questionId: q.id, earned: got, points, correct: got === points, answered: answer !== undefined };
  });
  return {
    score: results.reduce((s, r) => s + r.earned, 0),
    maxScore: results.reduce((s, r) => s + r.points, 0),
    results,
  };
}

/** Attempts left after `used`, or null when unlimited. */
export function attemptsLeft(scoring: QuizScoring, used: number): number | null {
  return scoring.attemptsAllowed === 0 ? null : Math.max(0, scoring.attemptsAllowed - used);
}

/** The attempt that counts (best score, ties to the earliest; or the last one). Attempts oldest first. */
export function countingAttempt<T extends { score: number }>(
  scoring: QuizScoring,
  attempts: readonly T[],
): T | undefined {
  if (attempts.length === 0) return undefined;
  if (scoring.counts === 'last') return attempts[attempts.length - 1];
  return attempts.reduce((best, a) => (a.score > best.score ? a : best));
}

/** The right answer of a question, to show after a submission. */
export function correctAnswer(q: Question): Answer {
  switch (q.type) {
    case 'single':
      return { choice: q.choices.find((c) => c.correct)?.id ?? '' };
    case 'multiple':
      return { choices: q.choices.filter((c) => c.correct).map((c) => c.id) };
    case 'truefalse':
      return { value: q.answer };
    case 'command':
      return { command: q.accepted[0] ?? '' };
    default: {
      const never: never = q;
      return never;
    }
  }
}
