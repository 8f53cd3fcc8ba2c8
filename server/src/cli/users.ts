// kubelab users …
import { z } from 'zod';
import { email, password, personName, role } from '../http/routes/schemas.js';
import { SYSTEM_ACTOR } from '../services/system.js';
import { createUser } from '../services/users.js';
import { parseFlags, readStdin, validateFlags } from './args.js';
import { UsageError, write, type CliCommand } from './command.js';
import { withDatabase } from './database.js';

export const usersCreate: CliCommand = {
  help: `Usage: kubelab users create --email EMAIL --name NAME --role ROLE [--password-stdin]

Creates an account. ROLE is one of:
  student     does labs and quizzes in the cohorts they are enrolled in
  instructor  creates cohorts, enrols students, follows their progress
  grader      reads and exports the scores of the cohorts they are assigned to
  admin       everything, including accounts and the audit log

Options:
  --email EMAIL        the login (stored in lower case)
  --name NAME          the name people see, in quotes if it has spaces
  --role ROLE          see above
  --password-stdin     read the password from standard input (at least 10 characters);
                       without it a password is generated and printed once

Examples:
  npm run kubelab -- users create --email ines@example.org --name "Ines Diaz" --role instructor
  printf '%s' "$PASSWORD" | npm run kubelab -- users create --email a@example.org --name Ada --role admin --password-stdin`,

  async run(args, io) {
    const flags = parseFlags(args, {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    });
    const input = validateFlags(z.object({ email, name: personName, role }), flags);
    let given: string | undefined;
    if (flags['password-stdin']) {
      given = await readStdin(io.stdin);
      const checked = password.safeParse(given);
      if (!checked.success)
        throw new UsageError(`password from stdin: ${checked.error.issues[0]?.message ?? 'invalid'}`);
    }
    const { user, generatedPassword } = await withDatabase(io, (db) =>
      createUser(db, SYSTEM_ACTOR, { ...input, password: given }),
    );
    write(io.stdout, `Created ${user.role} ${user.email} (id ${user.id}).`);
    if (generatedPassword)
      write(
        io.stdout,
        `Password: ${generatedPassword}\n(shown only once: pass it on safely; they log in at the kubelab address with it)`,
      );
    return 0;
  },
};
