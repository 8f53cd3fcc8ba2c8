// Every `kubelab` command, loaded only when used. To add one: write `cli/<name>.ts` exporting a `CliCommand`
// (see command.ts) and append an entry here; `kubelab --help` lists it, `kubelab <name> --help` shows its help.
import type { CliCommand } from './command.js';

export interface CommandEntry {
  /** The words that select it, e.g. "users create". */
  name: string;
  /** One line for `kubelab --help`. */
  summary: string;
  load(): Promise<CliCommand>;
}

export const commands: CommandEntry[] = [
  {
    name: 'users create',
    summary: 'Create an account (student, instructor, grader or admin)',
    load: async () => (await import('./users.js')).usersCreate,
  },
  {
    name: 'cohorts create',
    summary: 'Create a cohort and print its join code',
    load: async () => (await import('./cohorts.js')).cohortsCreate,
  },
  {
    name: 'cohorts enroll',
    summary: 'Enrol an existing student in a cohort',
    load: async () => (await import('./cohorts.js')).cohortsEnroll,
  },
  {
    name: 'export',
    summary: "Write a cohort's grades (csv, json, canvas, moodle or long)",
    load: async () => (await import('./export.js')).exportCommand,
  },
  {
    name: 'cohorts add-staff',
    summary: 'Add a co-instructor or a grader to a cohort',
    load: async () => (await import('./cohortAdmin.js')).cohortsAddStaff,
  },
  {
    name: 'cohorts remove',
    summary: 'Remove a student, instructor or grader from a cohort',
    load: async () => (await import('./cohortAdmin.js')).cohortsRemove,
  },
  {
    name: 'cohorts join-code',
    summary: "Print (or with --regenerate replace) a cohort's join code",
    load: async () => (await import('./cohortAdmin.js')).cohortsJoinCode,
  },
  {
    name: 'cohorts archive',
    summary: 'Archive a cohort (or restore it)',
    load: async () => (await import('./cohortAdmin.js')).cohortsArchive,
  },
  {
    name: 'cohorts due',
    summary: "Set or clear a lab's due date for a cohort",
    load: async () => (await import('./cohortAdmin.js')).cohortsDue,
  },
  {
    name: 'kubeconfig',
    summary: "Print a kubeconfig for a student's cluster in a lab (for the real kubectl)",
    load: async () => (await import('./kubeconfig.js')).kubeconfigCommand,
  },
  {
    name: 'migrate',
    summary: 'Apply pending database migrations',
    load: async () => (await import('./migrate.js')).migrate,
  },
  {
    name: 'serve',
    summary: 'Run N server processes on this machine behind nginx (a big machine; needs DATABASE_URL)',
    load: async () => (await import('./serve.js')).serve,
  },
  {
    name: 'sim',
    summary: 'Practise offline: the student shell against a fresh simulated cluster (no server, no database)',
    load: async () => (await import('./sim.js')).sim,
  },
  {
    name: 'labs validate',
    summary: "Check every lab and quiz file and replay each lab's reference solutions",
    load: async () => (await import('./labs.js')).labsValidate,
  },
];
