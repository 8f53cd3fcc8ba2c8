// The admin CLI, run as operators run it: a child process through tsx, against a test database.
import { createEmptyDatabase } from '../support/db';
import { kubelab } from '../support/kubelabCli';
import { createPrismaClient, type PrismaClient } from '../../server/src/db/client';

let db: Awaited<ReturnType<typeof createEmptyDatabase>>;
let prisma: PrismaClient;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  db = await createEmptyDatabase();
  env = { DATABASE_URL: db.url, NODE_ENV: 'test' };
  prisma = createPrismaClient(db.url, { max: 2 });
});
afterAll(async () => {
  await prisma.$disconnect();
  await db.drop();
});

jest.setTimeout(60_000);

it('--help lists every command; each command has its own help', async () => {
  const top = await kubelab(['--help'], env);
  expect(top.code).toBe(0);
  for (const name of ['users create', 'cohorts create', 'cohorts enroll', 'migrate'])
    expect(top.stdout).toContain(name);
  const help = await kubelab(['users', 'create', '--help'], env);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(
    /^Usage: kubelab users create --email EMAIL --name NAME --role ROLE \[--password-stdin\]/,
  );
  expect(help.stdout).toContain('Example');
});

it('migrate applies the migrations once', async () => {
  const first = await kubelab(['migrate'], env);
  expect(first).toMatchObject({
    code: 0,
    stdout: expect.stringMatching(/^Applied \d+ migration\(s\): \d{14}_init/) as unknown,
  });
  const again = await kubelab(['migrate'], env);
  expect(again).toMatchObject({ code: 0, stdout: 'The database is up to date.\n' });
});

it('users create: generated or stdin password, role checked, clear errors', async () => {
  const made = await kubelab(
    ['users', 'create', '--email', 'Ines@Example.org', '--name', 'Ines Diaz', '--role', 'instructor'],
    env,
  );
  expect(made.code).toBe(0);
  expect(made.stdout).toMatch(
    /^Created instructor ines@example\.org \(id [0-9a-f-]{36}\)\.\nPassword: [a-z2-9-]{23}\n/,
  );
  const viaStdin = await kubelab(
    ['users', 'create', '--email', 'sam@example.org', '--name', 'Sam', '--role', 'student', '--password-stdin'],
    env,
    'a long password\n',
  );
  expect(viaStdin.code).toBe(0);
  expect(viaStdin.stdout).not.toContain('Password:');
  const sam = await prisma.user.findUniqueOrThrow({ where: { email: 'sam@example.org' } });
  expect(sam.passwordHash).toMatch(/^\$argon2id\$/);

  const badRole = await kubelab(['users', 'create', '--email', 'x@example.org', '--name', 'X', '--role', 'root'], env);
  expect(badRole).toMatchObject({
    code: 2,
    stderr: expect.stringContaining('error: --role: must be one of: student, instructor, grader, admin') as unknown,
  });
  expect(badRole.stderr).toContain('Run "kubelab users create --help" for usage.');
  const unknownFlag = await kubelab(['users', 'create', '--emial', 'x@example.org'], env);
  expect(unknownFlag).toMatchObject({
    code: 2,
    stderr: expect.stringContaining('error: unknown option --emial') as unknown,
  });
  const dup = await kubelab(
    ['users', 'create', '--email', 'sam@example.org', '--name', 'Sam', '--role', 'student'],
    env,
  );
  expect(dup).toMatchObject({ code: 1, stderr: 'error: email: an account with this email already exists\n' });
  expect(await prisma.auditLog.count({ where: { action: 'user.created', actorId: null } })).toBe(2);
});

it('cohorts create prints the join code; cohorts enroll finds the cohort by name, code or id', async () => {
  const created = await kubelab(['cohorts', 'create', '--name', 'Spring 2026', '--course', 'k8s-basics'], env);
  expect(created.code).toBe(0);
  const code = /Join code: ([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(created.stdout)?.[1];
  expect(code).toBeDefined();
  const cohort = await prisma.cohort.findUniqueOrThrow({ where: { joinCode: code! } });
  expect(cohort).toMatchObject({ name: 'Spring 2026', course: 'k8s-basics' });

  const byName = await kubelab(['cohorts', 'enroll', '--cohort', 'Spring 2026', '--email', 'SAM@example.org'], env);
  expect(byName).toMatchObject({ code: 0, stdout: 'Enrolled sam@example.org in "Spring 2026".\n' });
  const again = await kubelab(
    ['cohorts', 'enroll', '--cohort', code!.toLowerCase(), '--email', 'sam@example.org'],
    env,
  );
  expect(again).toMatchObject({ code: 1, stderr: 'error: sam@example.org is already enrolled in this cohort.\n' });
  const notStudent = await kubelab(['cohorts', 'enroll', '--cohort', cohort.id, '--email', 'ines@example.org'], env);
  expect(notStudent.code).toBe(1);
  expect(notStudent.stderr).toMatch(/only a student can be added as student/);
  const missing = await kubelab(['cohorts', 'enroll', '--cohort', 'Nope', '--email', 'sam@example.org'], env);
  expect(missing).toMatchObject({ code: 1, stderr: 'error: Cohort "Nope" not found.\n' });
  expect(await prisma.enrolment.count({ where: { cohortId: cohort.id } })).toBe(1);
});

// Eleven runs of the CLI, each a process of its own: more time than one command needs.
it('cohorts add-staff, join-code, due, archive and remove run a cohort from scripts', async () => {
  const run = (...args: string[]) => kubelab(['cohorts', ...args, '--cohort', 'Spring 2026'], env);
  expect(await run('add-staff', '--email', 'ines@example.org', '--role', 'instructor')).toMatchObject({
    code: 0,
    stdout: 'Added ines@example.org as instructor of "Spring 2026".\n',
  });
  const before = await prisma.cohort.findFirstOrThrow({ where: { name: 'Spring 2026' } });
  const shown = await run('join-code');
  expect(shown.stdout).toBe(`Join code of "Spring 2026": ${before.joinCode}\n`);
  const fresh = await run('join-code', '--regenerate');
  expect(fresh.code).toBe(0);
  expect(fresh.stdout).not.toContain(before.joinCode);

  expect(await run('due', '--lab', 'minikube-basics', '--at', '2026-05-01T23:59:00Z')).toMatchObject({
    code: 0,
    stdout: '"minikube-basics" is due 2026-05-01T23:59:00.000Z for "Spring 2026".\n',
  });
  expect((await run('due', '--lab', 'minikube-basics')).stderr).toContain(
    'error: options: give either --at or --clear',
  );
  expect((await run('due', '--lab', 'no-such-lab', '--clear')).stderr).toBe('error: Lab not found.\n');
  expect(await prisma.labDueDate.count({ where: { cohortId: before.id } })).toBe(1);

  expect((await run('archive')).stdout).toBe('Archived "Spring 2026".\n');
  expect((await prisma.cohort.findUniqueOrThrow({ where: { id: before.id } })).archivedAt).not.toBeNull();
  expect((await run('archive', '--restore')).stdout).toBe('"Spring 2026" is active again.\n');

  expect(await run('remove', '--email', 'sam@example.org', '--role', 'student')).toMatchObject({
    code: 0,
    stdout: 'Removed sam@example.org (student) from "Spring 2026".\n',
  });
  expect(await prisma.enrolment.count({ where: { cohortId: before.id } })).toBe(0);
}, 180_000);

it('unknown commands exit 2 with the command list', async () => {
  const res = await kubelab(['cohorts', 'delete'], env);
  expect(res.code).toBe(2);
  expect(res.stderr).toMatch(/^error: unknown command "cohorts delete"/);
  expect(res.stderr).toContain('cohorts enroll');
});

it('reports an invalid configuration', async () => {
  const res = await kubelab(['migrate'], { DATABASE_URL: 'mysql://nope' });
  expect(res.code).toBe(1);
  expect(res.stderr).toContain('DATABASE_URL: must be a postgresql:// URL');
});
