// Development mode only: on an empty database, a demo cohort and accounts so a newcomer can log in at once; their
// logins are printed at every development start while they exist.
import type { Db } from '../db/client.js';
import { findCohortByName } from '../db/cohorts.js';
import { countUsers, findUserByEmail } from '../db/users.js';
import { addGrader, addInstructor, createCohort, enrolStudent } from './cohorts.js';
import { SYSTEM_ACTOR } from './system.js';
import { createUser } from './users.js';

export const DEMO_PASSWORD = 'kubelab-demo';
const DEMO_COHORT = 'Demo cohort';
export const DEMO_ACCOUNTS = [
  { email: 'admin@kubelab.local', name: 'Ada Admin', role: 'admin' },
  { email: 'instructor@kubelab.local', name: 'Ingrid Instructor', role: 'instructor' },
  { email: 'grader@kubelab.local', name: 'Greg Grader', role: 'grader' },
  { email: 'student@kubelab.local', name: 'Sam Student', role: 'student' },
] as const;

export interface DemoData {
  created: boolean;
  /** The demo accounts exist (created now or on an earlier start): the logins are worth printing again. */
  present: boolean;
  joinCode?: string;
}

/** Creates the demo data when the database has no users yet; otherwise says whether it is there from before. */
export async function seedDemoData(db: Db): Promise<DemoData> {
  if ((await countUsers(db)) > 0) {
    const present = (await findUserByEmail(db, DEMO_ACCOUNTS[0].email)) !== null;
    const cohort = present ? (await findCohortByName(db, DEMO_COHORT))[0] : undefined;
    return { created: false, present, ...(cohort ? { joinCode: cohort.joinCode } : {}) };
  }
  for (const account of DEMO_ACCOUNTS) await createUser(db, SYSTEM_ACTOR, { ...account, password: DEMO_PASSWORD });
  const cohort = await createCohort(db, SYSTEM_ACTOR, { name: DEMO_COHORT, course: 'kubernetes-basics' });
  await addInstructor(db, SYSTEM_ACTOR, { cohortId: cohort.id, email: 'instructor@kubelab.local' });
  await enrolStudent(db, SYSTEM_ACTOR, { cohortId: cohort.id, email: 'student@kubelab.local' });
  await addGrader(db, SYSTEM_ACTOR, { cohortId: cohort.id, email: 'grader@kubelab.local' });
  return { created: true, present: true, joinCode: cohort.joinCode };
}

export function demoInstructions(publicUrl: string, data: DemoData): string {
  const lines = [
    `Demo data (development mode only) — open ${publicUrl} and log in as:`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(10)} ${a.email.padEnd(26)} password: ${DEMO_PASSWORD}`),
  ];
  if (data.joinCode) lines.push(`New students can register with the demo cohort's join code: ${data.joinCode}`);
  return lines.join('\n');
}
