// kubelab cohorts add-staff | remove | join-code | archive | due: running a cohort from scripts.
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { email } from '../http/routes/schemas.js';
import { regenerateJoinCode, removeMember, setArchived, setLabDueDate } from '../services/cohortAdmin.js';
import { addGrader, addInstructor, findCohortByReference } from '../services/cohorts.js';
import { Course } from '../services/course.js';
import { SYSTEM_ACTOR } from '../services/system.js';
import { parseFlags, validateFlags } from './args.js';
import { write, type CliCommand } from './command.js';
import { withDatabase } from './database.js';

const cohort = z.string().trim().min(1, 'must name a cohort (its id, join code or exact name)');
const COHORT_HELP = "  --cohort COHORT   the cohort's id, join code, or exact name";

export const cohortsAddStaff: CliCommand = {
  help: `Usage: kubelab cohorts add-staff --cohort COHORT --email EMAIL --role instructor|grader

Adds a co-instructor (an instructor or admin account) or a grader (a grader, instructor or admin account).

Options:
${COHORT_HELP}
  --email EMAIL     the account's login
  --role ROLE       instructor or grader

Example:
  npm run kubelab -- cohorts add-staff --cohort "Spring 2026" --email greta@example.org --role grader`,

  async run(args, io) {
    const flags = parseFlags(args, { cohort: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' } });
    const input = validateFlags(z.object({ cohort, email, role: z.enum(['instructor', 'grader']) }), flags);
    const { name } = await withDatabase(io, async (db) => {
      const found = await findCohortByReference(db, SYSTEM_ACTOR, input.cohort);
      const add = input.role === 'instructor' ? addInstructor : addGrader;
      await add(db, SYSTEM_ACTOR, { cohortId: found.id, email: input.email });
      return found;
    });
    write(io.stdout, `Added ${input.email.trim().toLowerCase()} as ${input.role} of "${name}".`);
    return 0;
  },
};

export const cohortsRemove: CliCommand = {
  help: `Usage: kubelab cohorts remove --cohort COHORT --email EMAIL --role student|instructor|grader

Takes a member out of a cohort. A student's work is kept.

Options:
${COHORT_HELP}
  --email EMAIL     the member's login
  --role ROLE       student, instructor or grader

Example:
  npm run kubelab -- cohorts remove --cohort ABCD-2345 --email sam@example.org --role student`,

  async run(args, io) {
    const flags = parseFlags(args, { cohort: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' } });
    const input = validateFlags(z.object({ cohort, email, role: z.enum(['student', 'instructor', 'grader']) }), flags);
    const { name } = await withDatabase(io, async (db) => {
      const found = await findCohortByReference(db, SYSTEM_ACTOR, input.cohort);
      await removeMember(db, SYSTEM_ACTOR, { cohortId: found.id, user: { email: input.email }, role: input.role });
      return found;
    });
    write(io.stdout, `Removed ${input.email.trim().toLowerCase()} (${input.role}) from "${name}".`);
    return 0;
  },
};

export const cohortsJoinCode: CliCommand = {
  help: `Usage: kubelab cohorts join-code --cohort COHORT [--regenerate]

Prints the cohort's join code; with --regenerate, replaces it first (the old code stops working at once).

Options:
${COHORT_HELP}
  --regenerate      make a new code

Example:
  npm run kubelab -- cohorts join-code --cohort "Spring 2026" --regenerate`,

  async run(args, io) {
    const flags = parseFlags(args, { cohort: { type: 'string' }, regenerate: { type: 'boolean' } });
    const input = validateFlags(z.object({ cohort, regenerate: z.boolean().optional() }), flags);
    const found = await withDatabase(io, async (db) => {
      const c = await findCohortByReference(db, SYSTEM_ACTOR, input.cohort);
      return input.regenerate ? regenerateJoinCode(db, SYSTEM_ACTOR, { cohortId: c.id }) : c;
    });
    write(io.stdout, `Join code of "${found.name}": ${found.joinCode}`);
    return 0;
  },
};

export const cohortsArchive: CliCommand = {
  help: `Usage: kubelab cohorts archive --cohort COHORT [--restore]

Archives a cohort (nobody can join it any more; nothing is deleted), or with --restore makes it active again.

Options:
${COHORT_HELP}
  --restore         undo an archive

Example:
  npm run kubelab -- cohorts archive --cohort "Autumn 2025"`,

  async run(args, io) {
    const flags = parseFlags(args, { cohort: { type: 'string' }, restore: { type: 'boolean' } });
    const input = validateFlags(z.object({ cohort, restore: z.boolean().optional() }), flags);
    const archived = !input.restore;
    const found = await withDatabase(io, async (db) => {
      const c = await findCohortByReference(db, SYSTEM_ACTOR, input.cohort);
      return setArchived(db, SYSTEM_ACTOR, { cohortId: c.id, archived });
    });
    write(io.stdout, archived ? `Archived "${found.name}".` : `"${found.name}" is active again.`);
    return 0;
  },
};

export const cohortsDue: CliCommand = {
  help: `Usage: kubelab cohorts due --cohort COHORT --lab LAB (--at DATETIME | --clear)

Sets when the cohort should have finished a lab; a later completion is marked late on the dashboard and in exports.

Options:
${COHORT_HELP}
  --lab LAB         the lab's id (see labs/*/lab.yaml)
  --at DATETIME     ISO 8601 with a time zone, e.g. 2026-05-01T23:59:00+02:00
  --clear           remove the due date

Example:
  npm run kubelab -- cohorts due --cohort "Spring 2026" --lab minikube-basics --at 2026-05-01T23:59:00Z`,

  async run(args, io) {
    const flags = parseFlags(args, {
      cohort: { type: 'string' },
      lab: { type: 'string' },
      at: { type: 'string' },
      clear: { type: 'boolean' },
    });
    const input = validateFlags(
      z
        .object({
          cohort,
          lab: z.string().trim().min(1, 'must name a lab'),
          at: z.iso
            .datetime({ offset: true, error: 'must be a date and time such as 2026-05-01T23:59:00Z' })
            .optional(),
          clear: z.boolean().optional(),
        })
        .refine((v) => (v.at === undefined) !== (v.clear === undefined), 'give either --at or --clear'),
      flags,
    );
    const course = Course.load(loadConfig(io.env).labsDir);
    const dueAt = input.at ? new Date(input.at) : null;
    const found = await withDatabase(io, async (db) => {
      const c = await findCohortByReference(db, SYSTEM_ACTOR, input.cohort);
      await setLabDueDate(db, course, SYSTEM_ACTOR, { cohortId: c.id, labId: input.lab, dueAt });
      return c;
    });
    write(
      io.stdout,
      dueAt
        ? `"${input.lab}" is due ${dueAt.toISOString()} for "${found.name}".`
        : `Removed the due date of "${input.lab}".`,
    );
    return 0;
  },
};
