// Development mode only: on an empty database, a demo cohort and accounts so a newcomer can log in at once.
import type { Db } from '../db/client.js';
import { countUsers } from '../db/users.js';
import { addGrader, addInstructor, createCohort, enrolStudent } from './cohorts.js';
import { SYSTEM_ACTOR } from './system.js';
import { createUser } from './users.js';

export const DEMO_PASSWORD = 'kubelab-demo';
export const DEMO_ACCOUNTS = [
  { email: 'admin@kubelab.local', name: 'Ada Admin', role: 'admin' },
  { email: 'instructor@kubelab.local', name: 'Ingrid Instructor', role: 'instructor' },
  { email: 'grader@kubelab.local', name: 'Greg Grader', role: 'grader' },
  { email: 'student@kubelab.local', name: 'Sam Student', role: 'student' },
] as const;

export interface DemoData {
  created: boolean;
  joinCode?: string;
}

/** Creates the demo data when the database has no users yet; does nothing otherwise. */
export async function seedDemoData(db: Db): Promise<DemoData> {
  if ((await countUsers(db)) > 0) return { created: false };
  for (const account of DEMO_ACCOUNTS) await createUser(db, SYSTEM_ACTOR, { ...account, password: DEMO_PASSWORD });
  const cohort = await createCohort(db, SYSTEM_ACTOR, { name: 'Demo cohort', course: 'kubernetes-basics' });
  await addInstructor(db, SYSTEM_ACTOR, { cohortId: cohort.id, email: 'instructor@kubelab.local' });
  await enrolStudent(db, SYSTEM_ACTOR, { cohortId: cohort.id, email: 'student@kubelab.local' });
  await addGrader(db, SYSTEM_ACTOR, { cohortId: cohort.id, email: 'grader@kubelab.local' });
  return { created: true, joinCode: cohort.joinCode };
}

export function demoInstructions(publicUrl: string, data: DemoData): string {
  const lines = [
    `Demo data (development mode only) — open ${publicUrl} and log in as:`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(10)} ${a.email.padEnd(26)} password: ${DEMO_PASSWORD}`),
  ];
  if (data.joinCode) lines.push(`New students can register with the demo cohort's join code: ${data.joinCode}`);
  return lines.join('\n');
}
