// Schemas several route files share.
import { z } from 'zod';

export const email = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email({ error: 'must be an email' }));
export const password = z.string().min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters');
export const personName = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
export const role = z.enum(['student', 'instructor', 'grader', 'admin']);
export const idParams = z.object({ id: z.uuid() });
export const joinCode = z.string().trim().min(1, 'must not be empty').max(32, 'must be at most 32 characters');
export const emailBody = z.strictObject({ email });
