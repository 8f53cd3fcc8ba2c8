// Kubeconfigs (issue 15): GET /api/labs/:labId/kubeconfig issues one (its secret shown once, stored as a keyed hash),
// DELETE revokes them all. Unauthenticated → invalid → forbidden → success; the secrets authenticate exactly one
// student's lab until revoked.
import request from 'supertest';
import { parse } from 'yaml';
import { buildWorld, createTestApp, errorOf, type TestApp, type World } from './helpers';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app);
}, 60_000);
afterAll(() => t.close());

const LAB = 'kubectl-first-day';
const path = (labId = LAB) => `/api/labs/${labId}/kubeconfig`;

interface Kubeconfig {
  clusters: { cluster: { server: string } }[];
  users: { user: { token: string } }[];
  'current-context': string;
}

async function download(client = w.student): Promise<Kubeconfig> {
  const res = await client.get(path()).expect(200);
  expect(res.headers['content-type']).toMatch(/^application\/yaml/);
  expect(res.headers['content-disposition']).toBe(`attachment; filename=kubeconfig-${LAB}.yaml`);
  return parse(res.text) as Kubeconfig;
}

it('needs a login', async () => {
  const anonymous = await request(t.app).get(path()).expect(401);
  expect(errorOf(anonymous).code).toBe('unauthenticated');
});

it('validates the lab id, and an unknown lab is not found', async () => {
  expect(errorOf(await w.student.get(path('Not_A_Lab')).expect(400)).message).toBe(
    'labId: must be a lab id such as "minikube-basics"',
  );
  await w.student.get(path('no-such-lab')).expect(404);
});

it('issues a secret shown once (stored hashed) that authenticates the student’s lab, until revoked', async () => {
  const config = await download();
  const server = config.clusters[0]!.cluster.server;
  const secret = config.users[0]!.user.token;
  expect(config['current-context']).toBe(`kubelab-${LAB}`);
  expect(server).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/clusters/${secret}$`));
  expect(secret).toMatch(/^klc_[A-Za-z0-9_-]{43}$/);
  const rows = await t.db.prisma.clusterCredential.findMany({ where: { userId: w.student.user.id } });
  expect(rows).toHaveLength(1);
  expect(JSON.stringify(rows)).not.toContain(secret);

  expect(await t.services.kubeApi.authenticate(secret)).toMatchObject({ userId: w.student.user.id, labId: LAB });
  const other = (await download(w.otherStudent)).users[0]!.user.token;
  expect(await t.services.kubeApi.authenticate(other)).toMatchObject({ userId: w.otherStudent.user.id });

  await w.student.delete(path()).expect(204);
  expect(await t.services.kubeApi.authenticate(secret)).toBeNull();
  // Another student's kubeconfig is theirs to revoke.
  expect(await t.services.kubeApi.authenticate(other)).not.toBeNull();
  const audit = await t.db.prisma.auditLog.findMany({
    where: { action: { in: ['kubeconfig.issued', 'kubeconfig.revoked'] } },
  });
  expect(audit.map((a) => a.action).sort()).toEqual(['kubeconfig.issued', 'kubeconfig.issued', 'kubeconfig.revoked']);
});

it('keeps the five newest kubeconfigs of a lab: a sixth revokes the oldest', async () => {
  const secrets: string[] = [];
  for (let i = 0; i < 6; i++) secrets.push((await download(w.grader)).users[0]!.user.token);
  expect(await t.services.kubeApi.authenticate(secrets[0]!)).toBeNull();
  for (const s of secrets.slice(1)) expect(await t.services.kubeApi.authenticate(s)).not.toBeNull();
});
