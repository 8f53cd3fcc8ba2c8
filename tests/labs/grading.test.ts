// Grading arithmetic: course items in course order with maxima, lab points with the hint penalty, which quiz
// attempt counts, weighted percentages; and the quiz rules behind it (average, when answers show, choice order).
import {
  courseItems,
  DEFAULT_SCHEME,
  gradeStudent,
  weightedPercent,
  type GradeItem,
  type GradingScheme,
  type QuizFacts,
} from '../../server/src/labs/grading';
import { answersVisible, choiceOrder, countedScore } from '../../server/src/labs/quiz';
import { loadCatalogue } from '../../server/src/services/course';

const testCatalogue = () => loadCatalogue();

const items: GradeItem[] = [
  { id: 'lab:a', kind: 'lab', sourceId: 'a', title: 'A', chapter: 'c1', maxPoints: 4 },
  { id: 'quiz:q', kind: 'quiz', sourceId: 'q', title: 'Q', chapter: 'c1', maxPoints: 10 },
  { id: 'lab:b', kind: 'lab', sourceId: 'b', title: 'B', chapter: 'c2', maxPoints: 6 },
];
const facts = (f: Partial<QuizFacts>): QuizFacts => ({
  best: 0,
  last: 0,
  average: 0,
  attempts: 1,
  lastSubmittedAt: new Date('2026-01-01T00:00:00Z'),
  ...f,
});
const scheme = (s: Partial<GradingScheme> = {}): GradingScheme => ({ ...DEFAULT_SCHEME, ...s });
const none = new Map();

describe('course items', () => {
  it('lists every lab and quiz of the course, chapter by chapter (labs, then the quiz), with maxima', () => {
    const catalogue = testCatalogue();
    const all = courseItems(catalogue);
    expect(all).toHaveLength(catalogue.labs.length + catalogue.quizzes.length);
    const chapterIndex = (id: string) => catalogue.chapters.findIndex((c) => c.id === id);
    for (let i = 1; i < all.length; i++) {
      const [prev, cur] = [all[i - 1]!, all[i]!];
      expect(chapterIndex(prev.chapter)).toBeLessThanOrEqual(chapterIndex(cur.chapter));
      if (prev.chapter === cur.chapter) expect(prev.kind === 'quiz' && cur.kind === 'lab').toBe(false);
    }
    for (const lab of catalogue.labs)
      expect(all.find((x) => x.id === `lab:${lab.id}`)?.maxPoints).toBe(lab.steps.length);
    expect(all.every((x) => x.maxPoints > 0)).toBe(true);
  });
});

describe('a student row', () => {
  it('flags a lab completed after its due date in the cohort as late, and only that', () => {
    const due = new Date('2026-03-01T00:00:00Z');
    const g = gradeStudent(
      items,
      scheme(),
      none,
      new Map([
        ['a', { stepsPassed: 4, hintsRevealed: 0, lastPassedAt: new Date('2026-03-02T00:00:00Z') }],
        ['b', { stepsPassed: 6, hintsRevealed: 0, lastPassedAt: new Date('2026-02-27T00:00:00Z') }],
      ]),
      none,
      new Map([
        ['a', due],
        ['b', due],
      ]),
    );
    expect(g.items.map((x) => [x.status, x.late])).toEqual([
      ['completed', true],
      ['not_started', false],
      ['completed', false],
    ]);
  });

  it('labs: a point per step, minus the hint penalty, never below zero; untouched items are null', () => {
    const g = gradeStudent(
      items,
      scheme({ hintPenalty: 0.5 }),
      none,
      new Map([
        ['a', { stepsPassed: 3, hintsRevealed: 1, lastPassedAt: null }],
        ['b', { stepsPassed: 1, hintsRevealed: 5, lastPassedAt: null }],
      ]),
      none,
    );
    expect(g.items.map((x) => x.points)).toEqual([2.5, null, 0]);
    expect(g.items.map((x) => x.status)).toEqual(['in_progress', 'not_started', 'in_progress']);
    expect(g).toMatchObject({ labPoints: 2.5, labMax: 10, quizPoints: 0, quizMax: 10, totalPoints: 2.5, totalMax: 20 });
    // 50 × 25% + 50 × 0% over 100.
    expect(g.percent).toBe(12.5);
  });

  it('a lab with every step passed is completed; steps beyond the lab (since removed) do not count', () => {
    const g = gradeStudent(
      items,
      scheme(),
      none,
      new Map([['a', { stepsPassed: 7, hintsRevealed: 0, lastPassedAt: null }]]),
      none,
    );
    expect(g.items[0]).toMatchObject({ points: 4, status: 'completed' });
  });

  it.each([
    ['quiz', 6], // the quiz's own rule, here `last`
    ['best', 9],
    ['last', 6],
    ['average', 7.33],
  ] as const)('quiz attempt rule %s → %d', (rule, expected) => {
    const g = gradeStudent(
      items,
      scheme({ quizAttempt: rule }),
      new Map([['q', 'last' as const]]),
      none,
      new Map([['q', facts({ best: 9, last: 6, average: 22 / 3, attempts: 3 })]]),
    );
    expect(g.items[1]).toMatchObject({ points: expected, status: 'submitted', attempts: 3 });
  });

  it('weights labs against quizzes', () => {
    const g = gradeStudent(
      items,
      scheme({ labWeight: 60, quizWeight: 40 }),
      none,
      new Map([['a', { stepsPassed: 4, hintsRevealed: 0, lastPassedAt: null }]]),
      new Map([['q', facts({ best: 5 })]]),
    );
    // labs 4/10 = 40%, quizzes 5/10 = 50%: (60 × 40 + 40 × 50) / 100 = 44.
    expect(g.percent).toBe(44);
    expect(g.totalPoints).toBe(9);
  });

  it('a quiz scored above today’s maximum (its questions changed) is capped', () => {
    const g = gradeStudent(items, scheme(), none, none, new Map([['q', facts({ best: 12 })]]));
    expect(g.items[1]!.points).toBe(10);
  });
});

describe('weighted percentage', () => {
  it('drops a part without a maximum from the weighting', () => {
    expect(
      weightedPercent({ labWeight: 70, quizWeight: 30 }, { labPoints: 0, labMax: 0, quizPoints: 3, quizMax: 4 }),
    ).toBe(75);
    expect(
      weightedPercent({ labWeight: 0, quizWeight: 0 }, { labPoints: 1, labMax: 2, quizPoints: 3, quizMax: 4 }),
    ).toBe(0);
  });
  it('rounds to two decimals without binary noise', () => {
    expect(
      weightedPercent({ labWeight: 1, quizWeight: 0 }, { labPoints: 1, labMax: 3, quizPoints: 0, quizMax: 0 }),
    ).toBe(33.33);
  });
});

describe('quiz rules', () => {
  const attempts = [
    { score: 4, maxScore: 10 },
    { score: 9, maxScore: 10 },
    { score: 5, maxScore: 10 },
  ];
  it('counts the best, the last or the average attempt', () => {
    expect(countedScore('best', attempts)).toEqual({ score: 9, maxScore: 10 });
    expect(countedScore('last', attempts)).toEqual({ score: 5, maxScore: 10 });
    expect(countedScore('average', attempts)).toEqual({ score: 6, maxScore: 10 });
    expect(countedScore('average', [])).toBeUndefined();
  });

  it('shows answers after each attempt, after the last, after the due date, or never', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const at = (
      showAnswers: 'after-each-attempt' | 'after-last-attempt' | 'after-due-date' | 'never',
      used: number,
      dueAt: Date | null = null,
    ) => answersVisible({ showAnswers, attemptsAllowed: 3 }, { attemptsUsed: used, now, dueAt });
    expect(at('after-each-attempt', 0)).toBe(false);
    expect(at('after-each-attempt', 1)).toBe(true);
    expect(at('after-last-attempt', 2)).toBe(false);
    expect(at('after-last-attempt', 3)).toBe(true);
    expect(at('after-due-date', 1)).toBe(false);
    expect(at('after-due-date', 1, new Date('2026-03-02T00:00:00Z'))).toBe(false);
    expect(at('after-due-date', 1, new Date('2026-02-28T00:00:00Z'))).toBe(true);
    expect(at('never', 3)).toBe(false);
    // Unlimited attempts have no last one.
    expect(
      answersVisible({ showAnswers: 'after-last-attempt', attemptsAllowed: 0 }, { attemptsUsed: 50, now, dueAt: null }),
    ).toBe(false);
  });

  it('orders choices reproducibly per student, quiz, question and attempt', () => {
    const choices = ['a', 'b', 'c', 'd', 'e', 'f'];
    const key = { userId: 'u1', quizId: 'q', questionId: 'x', attempt: 1 };
    const once = choiceOrder(choices, key);
    expect(choiceOrder(choices, key)).toEqual(once);
    expect([...once].sort()).toEqual(choices);
    const others = [
      choiceOrder(choices, { ...key, attempt: 2 }),
      choiceOrder(choices, { ...key, userId: 'u2' }),
      choiceOrder(choices, { ...key, questionId: 'y' }),
    ];
    // 720 orders: each of these differs from the first with overwhelming odds, and did when written.
    for (const other of others) expect(other).not.toEqual(once);
  });
});
