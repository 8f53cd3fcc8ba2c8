/** A cohort's grading settings as the API and the CLI accept them (zod only, so the client's types can use it). */
import { z } from 'zod';

export const QUIZ_ATTEMPT_RULES = ['quiz', 'best', 'last', 'average'] as const;

export const gradingSettingsSchema = z.strictObject({
  /** Relative weights of labs and quizzes in the percentage. */
  labWeight: z.number().int().min(0).max(1000),
  quizWeight: z.number().int().min(0).max(1000),
  /** Points taken off a lab per hint revealed in it. */
  hintPenalty: z.number().min(0).max(100),
  /** Which quiz attempt counts: `quiz` follows each quiz's own rule. */
  quizAttempt: z.enum(QUIZ_ATTEMPT_RULES),
  /** Canvas assignment id per item id (`lab:…`, `quiz:…`), shown in the Canvas header. */
  canvasAssignmentIds: z
    .record(z.string().max(90), z.string().regex(/^\d{1,20}$/, 'must be a Canvas assignment id (digits)'))
    .refine((r) => Object.keys(r).length <= 500, 'at most 500 entries'),
  /** Due date per quiz id, for quizzes that show answers after it. */
  quizDueDates: z
    .record(z.string().max(80), z.iso.datetime({ offset: true, error: 'must be an ISO date and time' }))
    .refine((r) => Object.keys(r).length <= 500, 'at most 500 entries'),
});
export type GradingSettingsInput = z.infer<typeof gradingSettingsSchema>;
