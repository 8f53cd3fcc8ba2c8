/**
 * Quiz scoring, pure and explicit. Each question is worth `points` (default 1; a multi-select
 * question with partial credit defaults to its number of correct choices, so each right pick is a
 * point). Multi-select with `partial`: right picks earn, wrong picks cost the same, never below
 * zero; with `all-or-nothing`: full points only for exactly the correct set. Command answers are
 * compared after normalising (whitespace, the `k` alias, flag spelling and order).
 */
import { Rng } from '../lib/rng.js';
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

/**
 * The attempt that counts (best score, ties to the earliest; or the last one). Attempts oldest first.
 * Under `average` no single attempt counts: this gives the last one (see `countedScore`).
 */
export function countingAttempt<T extends { score: number }>(
  scoring: Pick<QuizScoring, 'counts'>,
  attempts: readonly T[],
): T | undefined {
  if (attempts.length === 0) return undefined;
  if (scoring.counts !== 'best') return attempts[attempts.length - 1];
  return attempts.reduce((best, a) => (a.score > best.score ? a : best));
}

/** The score that counts under `counts`: one attempt's, or the mean of all (rounded to 2 decimals). */
export function countedScore(
  counts: QuizScoring['counts'],
  attempts: readonly { score: number; maxScore: number }[],
): { score: number; maxScore: number } | undefined {
  if (attempts.length === 0) return undefined;
  if (counts !== 'average') {
    const a = countingAttempt({ counts }, attempts)!;
    return { score: a.score, maxScore: a.maxScore };
  }
  const mean = attempts.reduce((sum, a) => sum + a.score, 0) / attempts.length;
  return { score: Math.round(mean * 100) / 100, maxScore: Math.max(...attempts.map((a) => a.maxScore)) };
}

/** FNV-1a of a string: a stable 32-bit seed from ids. */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The order a student sees a question's choices in on a given attempt: a Fisher-Yates shuffle seeded
 * from the student, quiz, question and attempt number, so a reload shows the same order and the next
 * attempt a new one. Choices keep their ids, so scoring never depends on the order.
 */
export function choiceOrder<C>(
  choices: readonly C[],
  key: { userId: string; quizId: string; questionId: string; attempt: number },
): C[] {
  const rng = Rng.fromSeed(seedOf(`${key.userId}/${key.quizId}/${key.questionId}/${key.attempt}`));
  const out = [...choices];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.nextUint32() % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Whether a student may see right answers and explanations now (`dueAt`: the quiz's due date, if any). */
export function answersVisible(
  scoring: Pick<QuizScoring, 'showAnswers' | 'attemptsAllowed'>,
  state: { attemptsUsed: number; now: Date; dueAt: Date | null },
): boolean {
  if (state.attemptsUsed === 0) return false;
  switch (scoring.showAnswers) {
    case 'after-each-attempt':
      return true;
    case 'after-last-attempt':
      return scoring.attemptsAllowed > 0 && state.attemptsUsed >= scoring.attemptsAllowed;
    case 'after-due-date':
      return state.dueAt !== null && state.now.getTime() >= state.dueAt.getTime();
    case 'never':
      return false;
    default: {
      const never: never = scoring.showAnswers;
      return never;
    }
  }
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
