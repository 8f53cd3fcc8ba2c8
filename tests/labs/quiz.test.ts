import { attemptsLeft, correctAnswer, countingAttempt, questionPoints, scoreQuiz } from '../../server/src/labs/quiz';
import { quizSchema, type Quiz } from '../../server/src/labs/quizFormat';

const quiz = (scoring: object = {}): Quiz =>
  quizSchema.parse({
    id: 'q',
    chapter: 'c',
    title: 'Q',
    scoring,
    questions: [
      {
        id: 'one',
        type: 'single',
        prompt: 'p',
        explanation: 'e',
        choices: [
          { id: 'a', text: 'A', correct: true },
          { id: 'b', text: 'B' },
        ],
      },
      {
        id: 'many',
        type: 'multiple',
        prompt: 'p',
        explanation: 'e',
        choices: [
          { id: 'a', text: 'A', correct: true },
          { id: 'b', text: 'B', correct: true },
          { id: 'c', text: 'C', correct: true },
          { id: 'd', text: 'D' },
        ],
      },
      { id: 'tf', type: 'truefalse', prompt: 'p', explanation: 'e', answer: false },
      {
        id: 'cmd',
        type: 'command',
        prompt: 'p',
        explanation: 'e',
        accepted: ['kubectl get pods -n kube-system -o wide'],
      },
    ],
  });

describe('quiz scoring', () => {
  it('scores a perfect attempt', () => {
    const q = quiz();
    const r = scoreQuiz(q, {
      one: { choice: 'a' },
      many: { choices: ['a', 'b', 'c'] },
      tf: { value: false },
      cmd: { command: 'k get po -owide --namespace=kube-system' },
    });
    expect(r).toMatchObject({ score: 6, maxScore: 6 });
    expect(r.results.every((x) => x.correct)).toBe(true);
  });
  it('partial credit: each right pick earns a point, each wrong pick costs one, never below zero', () => {
    const q = quiz({ multiSelect: 'partial' });
    expect(questionPoints(q.questions[1]!, q.scoring)).toBe(3);
    const earned = (choices: string[]) => scoreQuiz(q, { many: { choices } }).results[1]!.earned;
    expect(earned(['a', 'b'])).toBe(2);
    expect(earned(['a', 'b', 'd'])).toBe(1);
    expect(earned(['d'])).toBe(0);
    expect(earned([])).toBe(0);
  });
  it('all-or-nothing: only the exact set earns', () => {
    const q = quiz({ multiSelect: 'all-or-nothing' });
    expect(questionPoints(q.questions[1]!, q.scoring)).toBe(1);
    expect(scoreQuiz(q, { many: { choices: ['a', 'b'] } }).results[1]!.earned).toBe(0);
    expect(scoreQuiz(q, { many: { choices: ['c', 'b', 'a'] } }).results[1]!.earned).toBe(1);
  });
  it('wrong or missing answers earn nothing; a wrong answer type earns nothing', () => {
    const r = scoreQuiz(quiz(), {
      one: { choice: 'b' },
      tf: { value: true },
      cmd: { command: 'kubectl get pods' },
      many: { value: true },
    });
    expect(r.score).toBe(0);
    expect(r.results.map((x) => x.answered)).toEqual([true, true, true, true]);
    expect(scoreQuiz(quiz(), {}).results.every((x) => !x.answered && x.earned === 0)).toBe(true);
  });
  it('attempt limits and which attempt counts', () => {
    const limited = quiz({ attemptsAllowed: 2 }).scoring;
    expect(attemptsLeft(limited, 1)).toBe(1);
    expect(attemptsLeft(limited, 2)).toBe(0);
    expect(attemptsLeft(quiz().scoring, 50)).toBeNull();
    const attempts = [
      { id: 1, score: 3 },
      { id: 2, score: 5 },
      { id: 3, score: 4 },
    ];
    expect(countingAttempt(quiz({ counts: 'best' }).scoring, attempts)?.id).toBe(2);
    expect(countingAttempt(quiz({ counts: 'last' }).scoring, attempts)?.id).toBe(3);
    expect(countingAttempt(quiz().scoring, [])).toBeUndefined();
  });
  it('gives the right answer per question type', () => {
    const q = quiz();
    expect(q.questions.map(correctAnswer)).toEqual([
      { choice: 'a' },
      { choices: ['a', 'b', 'c'] },
      { value: false },
      { command: 'kubectl get pods -n kube-system -o wide' },
    ]);
  });
});
