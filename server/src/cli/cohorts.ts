// kubelab cohorts …
import { z } from 'zod';
import { email } from '../http/routes/schemas.js';
import { createCohort, enrolStudent, findCohortByReference } from '../services/cohorts.js';
import { SYSTEM_ACTOR } from '../services/system.js';
import { parseFlags, validateFlags } from './args.js';
import { write, type CliCommand } from './command.js';
import { withDatabase } from './database.js';

export const cohortsCreate: CliCommand = {
  help: `Usage: kubelab cohorts create --name NAME [--course COURSE]

Creates a cohort (a class of students) and prints its join code. Students register on the
kubelab page with that code; instructors and graders are added by an admin or an instructor.

Options:
  --name NAME       what instructors and students see, e.g. "Spring 2026, group B"
  --course COURSE   which course the cohort follows (letters, digits, dots, dashes), optional

Example:
  npm run kubelab -- cohorts create --name "Spring 2026" --course kubernetes-basics`,

  async run(args, io) {
    const flags = parseFlags(args, { name: { type: 'string' }, course: { type: 'string' } });
    const input = validateFlags(
      z.object({
        name: z.string().trim().min(1).max(120),
        course: z
          .string()
          .trim()
          .max(120)
          .regex(/^[A-Za-z0-9._-]*$/, 'may contain only letters, digits, dots, dashes and underscores')
          .optional(),
      }),
      flags,
    );
    const cohort = await withDatabase(io, (db) => createCohort(db, SYSTEM_ACTOR, input));
    write(io.stdout, `Created cohort "${cohort.name}" (id ${cohort.id}).\nJoin code: ${cohort.joinCode}`);
    return 0;
  },
};

export const cohortsEnroll: CliCommand = {
  help: `Usage: kubelab cohorts enroll --cohort COHORT --email EMAIL

Enrols an existing student account in a cohort (new students can instead register with the
cohort's join code).

Options:
  --cohort COHORT   the cohort's id, join code, or exact name
  --email EMAIL     the student's login

Example:
  npm run kubelab -- cohorts enroll --cohort ABCD-2345 --email sam@example.org`,

  async run(args, io) {
    const flags = parseFlags(args, { cohort: { type: 'string' }, email: { type: 'string' } });
    const input = validateFlags(z.object({ cohort: z.string().trim().min(1), email }), flags);
    const { cohort, user } = await withDatabase(io, async (db) => {
      const cohort = await findCohortByReference(db, SYSTEM_ACTOR, input.cohort);
      return { cohort, user: await enrolStudent(db, SYSTEM_ACTOR, { cohortId: cohort.id, email: input.email }) };
    });
    write(io.stdout, `Enrolled ${user.email} in "${cohort.name}".`);
    return 0;
  },
};
