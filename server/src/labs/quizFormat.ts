/** The quiz format (`labs/quizzes/<chapter>.yaml`): questions, choices, answers, explanations, scoring rules. */
import { z } from 'zod';

const id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, 'must be lower-case letters, digits and dashes');

const choice = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(20)
    .regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes'),
  text: z.string().min(1).max(500),
  correct: z.boolean().default(false),
});

const common = {
  id,
  prompt: z.string().min(1).max(2000),
  /** Shown after a submission, whatever the answer. */
  explanation: z.string().min(1).max(3000),
  /** Default 1; multi-select questions with partial credit default to their number of correct choices. */
  points: z.number().int().min(1).max(20).optional(),
};

export const questionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single'), ...common, choices: z.array(choice).min(2).max(10) }),
  z.strictObject({ type: z.literal('multiple'), ...common, choices: z.array(choice).min(2).max(12) }),
  z.strictObject({ type: z.literal('truefalse'), ...common, answer: z.boolean() }),
  z.strictObject({
    type: z.literal('command'),
    ...common,
    /** Every command that counts as right, compared after normalising (see `commands.ts`). */
    accepted: z.array(z.string().min(1).max(500)).min(1).max(20),
    /** Shown as the input's placeholder. */
    placeholder: z.string().max(100).optional(),
  }),
]);
export type Question = z.infer<typeof questionSchema>;

export const scoringSchema = z.strictObject({
  /** Multi-select: `partial` (each right pick earns, each wrong pick costs, never below zero) or `all-or-nothing`. */
  multiSelect: z.enum(['partial', 'all-or-nothing']).default('partial'),
  /** Attempts a student may submit; 0 = unlimited. */
  attemptsAllowed: z.number().int().min(0).max(100).default(0),
  /** Which attempt is the student's score: the best, the last, or the average of all of them. */
  counts: z.enum(['best', 'last', 'average']).default('best'),
  /** Percentage needed to pass (shown to the student). */
  passPercent: z.number().int().min(0).max(100).default(70),
  /**
   * When a student sees the right answers and explanations: after each attempt, once no attempt is
   * left, once the quiz's due date (set per cohort) has passed, or never.
   */
  showAnswers: z
    .enum(['after-each-attempt', 'after-last-attempt', 'after-due-date', 'never'])
    .default('after-each-attempt'),
  /** Show the choices in a different order to each student and attempt (seeded, so a reload keeps the order). */
  shuffleChoices: z.boolean().default(false),
});
export type QuizScoring = z.infer<typeof scoringSchema>;

/** The course's defaults for every quiz (`quizDefaults` in chapters.yaml); a quiz's own `scoring` wins. */
export const quizDefaultsSchema = z.strictObject({
  multiSelect: scoringSchema.shape.multiSelect.unwrap().optional(),
  attemptsAllowed: scoringSchema.shape.attemptsAllowed.unwrap().optional(),
  counts: scoringSchema.shape.counts.unwrap().optional(),
  passPercent: scoringSchema.shape.passPercent.unwrap().optional(),
  showAnswers: scoringSchema.shape.showAnswers.unwrap().optional(),
  shuffleChoices: scoringSchema.shape.shuffleChoices.unwrap().optional(),
});
export type QuizDefaults = z.infer<typeof quizDefaultsSchema>;

export const quizSchema = z.strictObject({
  id,
  chapter: id,
  title: z.string().min(1).max(120),
  scoring: scoringSchema.prefault({}),
  questions: z.array(questionSchema).min(1).max(100),
});
export type Quiz = z.infer<typeof quizSchema>;

/** A quiz file as written: its `scoring` names only what differs from the course's defaults. */
export const quizFileSchema = quizSchema.extend({ scoring: quizDefaultsSchema.optional() });

/** A student's answer to one question, as submitted. */
export const answerSchema = z.union([
  z.strictObject({ choice: z.string().max(20) }),
  z.strictObject({ choices: z.array(z.string().max(20)).max(12) }),
  z.strictObject({ value: z.boolean() }),
  z.strictObject({ command: z.string().max(500) }),
]);
export type Answer = z.infer<typeof answerSchema>;
export const answersSchema = z.record(z.string().max(80), answerSchema);
export type Answers = z.infer<typeof answersSchema>;
