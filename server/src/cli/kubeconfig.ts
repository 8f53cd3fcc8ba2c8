// kubelab kubeconfig: a kubeconfig for a student's cluster in a lab, as the lab page's Kubeconfig panel hands out.
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { findUserByEmail } from '../db/users.js';
import { email } from '../http/routes/schemas.js';
import { actorOf } from '../services/actor.js';
import { Course } from '../services/course.js';
import { NotFoundError } from '../services/errors.js';
import { createServices } from '../services/index.js';
import { parseFlags, validateFlags } from './args.js';
import { write, type CliCommand } from './command.js';
import { withDatabase } from './database.js';

export const kubeconfigCommand: CliCommand = {
  help: `Usage: kubelab kubeconfig --email EMAIL --lab LAB [--server URL]

Prints a new kubeconfig for the student's own cluster in the lab: with it the real kubectl (or k9s, Lens,
client-go …) works on the same simulated cluster as the student's browser terminal. Each one is a new
credential (the five newest of a student and lab stay valid; the student revokes them all from the lab
page). It is the same file the lab page's Kubeconfig panel downloads, and its issue is audited.

Options:
  --email EMAIL   the student's login
  --lab LAB       the lab's id (as in its URL, e.g. kubectl-first-day)
  --server URL    the address kubectl will reach kubelab at (default: PUBLIC_URL)

Example:
  npm run kubelab -- kubeconfig --email sam@example.org --lab kubectl-first-day > kubeconfig.yaml
  kubectl --kubeconfig kubeconfig.yaml get pods`,

  async run(args, io) {
    const flags = parseFlags(args, { email: { type: 'string' }, lab: { type: 'string' }, server: { type: 'string' } });
    const input = validateFlags(
      z.object({
        email,
        lab: z
          .string()
          .trim()
          .regex(/^[a-z0-9][a-z0-9-]{0,80}$/, 'must be a lab id such as kubectl-first-day'),
        server: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
      }),
      flags,
    );
    const config = loadConfig(io.env);
    const course = Course.load(config.labsDir);
    const yaml = await withDatabase(io, async (db) => {
      const user = await findUserByEmail(db, input.email);
      if (!user) throw new NotFoundError('User');
      const services = createServices({
        db,
        course,
        sessions: { secret: config.sessionSecret, ttlHours: config.sessionTtlHours },
        onError: (err) => io.stderr.write(`${String(err)}\n`),
      });
      return services.kubeApi.issue(actorOf(user), input.lab, input.server ?? config.publicUrl);
    });
    write(io.stdout, yaml.trimEnd());
    return 0;
  },
};
