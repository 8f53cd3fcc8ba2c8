// Request schemas: fields several routes (and the CLI) share, and every JSON request body. Zod only, like
// ../responses.ts, so the client's types can come from here.
import { z } from 'zod';
import { answersSchema } from '../../labs/quizFormat.js';

/** A type the client reads as a literal (contract.ts), so its form hints cannot drift from the check. */
export const PASSWORD_LENGTH = { min: 10, max: 200 } as const;

export const email = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email({ error: 'must be an email' }));
export const password = z
  .string()
  .min(PASSWORD_LENGTH.min, `must be at least ${PASSWORD_LENGTH.min} characters`)
  .max(PASSWORD_LENGTH.max, `must be at most ${PASSWORD_LENGTH.max} characters`);
export const personName = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
export const role = z.enum(['student', 'instructor', 'grader', 'admin']);
export const idParams = z.object({ id: z.uuid() });
export const joinCode = z.string().trim().min(1, 'must not be empty').max(32, 'must be at most 32 characters');
export const emailBody = z.strictObject({ email });

export const registerBody = z.strictObject({ joinCode, email, name: personName, password });
export const loginBody = z.strictObject({
  email,
  password: z
    .string()
    .min(1, 'must not be empty')
    .max(PASSWORD_LENGTH.max, `must be at most ${PASSWORD_LENGTH.max} characters`),
});

const cohortName = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');
const course = z
  .string()
  .trim()
  .max(120, 'must be at most 120 characters')
  .regex(/^[A-Za-z0-9._-]*$/, 'may contain only letters, digits, dots, dashes and underscores');
export const createCohortBody = z.strictObject({ name: cohortName, course: course.optional() });
export const joinCohortBody = z.strictObject({ joinCode });
export const cohortMemberParams = z.object({ id: z.uuid(), userId: z.uuid() });
export const labId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'must be a lab id (lower-case letters, digits, dots, dashes)');
export const helpSettingsBody = z
  .strictObject({
    helpFailedChecks: z.number().int('must be a whole number').min(1).max(100).optional(),
    helpIdleMinutes: z
      .number()
      .int('must be a whole number')
      .min(1)
      .max(24 * 60)
      .optional(),
  })
  .refine((b) => b.helpFailedChecks !== undefined || b.helpIdleMinutes !== undefined, 'give at least one setting');
export const archiveBody = z.strictObject({ archived: z.boolean() });
export const dueDateBody = z.strictObject({
  dueAt: z.iso.datetime({ offset: true, error: 'must be a date and time such as 2026-05-01T23:59:00Z' }).nullable(),
});

export const createUserBody = z.strictObject({ email, name: personName, role, password: password.optional() });
export const updateUserBody = z.strictObject({ name: personName.optional(), role: role.optional() });

export const quizAttemptBody = z.strictObject({ answers: answersSchema });

// Grades.
export { gradingSettingsSchema as gradingSettingsBody } from '../../labs/gradingFormat.js';
export const createApiTokenBody = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
});
export const exportQuery = z.strictObject({
  format: z.enum(['csv', 'json', 'canvas', 'moodle', 'long'], { error: 'must be csv, json, canvas, moodle or long' }),
  bom: z.enum(['0', '1', 'true', 'false']).optional().describe('Start the file with a UTF-8 byte order mark (Excel)'),
  scale: z.enum(['points', 'percent']).optional().describe("Moodle: grades on each item's scale, or out of 100"),
});
