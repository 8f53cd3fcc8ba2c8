// Lab resets: the student's own (POST /api/labs/:labId/reset) and an instructor's for a student of their cohort.
// Unauthenticated → invalid → forbidden → success: a fresh cluster in the starting state, progress kept, audited.
import request from 'supertest';
import type { LabResponse } from '../../server/src/http/contract';
import { SandboxManager, type CloseReason, type SandboxClient } from '../../server/src/services/sandboxes';
import { createKubelabSandboxFactory } from '../../server/src/services/sandboxesFactory';
import { buildWorld, createTestApp, errorOf, type TestApp, type World } from './helpers';

let t: TestApp;
let w: World;
let manager: SandboxManager;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app);
  manager = new SandboxManager({
    factory: createKubelabSandboxFactory({ course: t.services.course, progress: t.services.progress }),
    store: t.services.sandboxStore,
  });
  t.services.labResets.useSandboxes(manager);
});
afterAll(async () => {
  await manager.shutdown();
  await t.close();
});

class Tab implements SandboxClient {
  text = '';
  closedWith: CloseReason | null = null;
  output(data: string) {
    this.text += data;
  }
  closed(reason: CloseReason) {
    this.closedWith = reason;
  }
}

const LAB = 'self-healing';
const studentPath = (cohortId: string, userId: string, labId = LAB) =>
  `/api/cohorts/${cohortId}/students/${userId}/labs/${labId}/reset`;

async function open(userId: string) {
  const tab = new Tab();
  const attachment = await manager.attach(userId, LAB, tab, { mode: 'interactive', create: true, login: 'sam' });
  return { tab, attachment };
}

describe('POST /api/labs/:labId/reset', () => {
  it('needs a login and CSRF', async () => {
    expect((await request(t.app).post(`/api/labs/${LAB}/reset`)).status).toBe(401);
    expect((await w.student.agent.post(`/api/labs/${LAB}/reset`)).status).toBe(403);
  });

  it('rejects a malformed lab id and answers 404 for an unknown lab', async () => {
    expect(errorOf(await w.student.post('/api/labs/Not_A_Lab/reset')).message).toBe(
      'labId: must be a lab id such as "minikube-basics"',
    );
    expect((await w.student.post('/api/labs/no-such-lab/reset')).status).toBe(404);
  });

  it('gives a fresh cluster and shell in the starting state, keeps the steps done, reconnects tabs, and is audited', async () => {
    const { tab, attachment } = await open(w.student.user.id);
    attachment.write('kubectl get pods -l app=web -o wide\r');
    const checked = (await w.student.post(`/api/labs/${LAB}/check`).expect(200)).body as LabResponse;
    expect(checked.lab.steps[0]!.status).toBe('passed');
    attachment.write('kubectl delete deployment web\r');
    expect(tab.text).toContain('deployment.apps "web" deleted');

    await w.student.post(`/api/labs/${LAB}/reset`).expect(204);
    expect(tab.closedWith).toBe('reset');

    const again = await open(w.student.user.id);
    expect(again.attachment.restored).toBe(false);
    again.attachment.write('kubectl get deployment web\r');
    expect(again.tab.text).toMatch(/web\s+3\/3\s+3\s+3/);
    again.attachment.write('history\r');
    expect(again.tab.text).not.toContain('kubectl delete deployment web');
    const lab = ((await w.student.get(`/api/labs/${LAB}`).expect(200)).body as LabResponse).lab;
    expect(lab.steps[0]!.status).toBe('passed');
    expect(lab.progress.passed).toBe(1);
    const audit = await t.db.prisma.auditLog.findMany({ where: { action: 'lab.reset' } });
    expect(audit).toMatchObject([{ actorId: w.student.user.id, targetId: w.student.user.id, detail: { labId: LAB } }]);
    again.attachment.detach();
  });
});

describe('POST /api/cohorts/:cohortId/students/:userId/labs/:labId/reset', () => {
  it('needs a login', async () => {
    expect((await request(t.app).post(studentPath(w.cohortA.id, w.student.user.id))).status).toBe(401);
  });

  it('rejects malformed ids', async () => {
    expect(errorOf(await w.instructor.post(studentPath('nope', w.student.user.id))).message).toMatch(/^cohortId: /);
    expect((await w.instructor.post(studentPath(w.cohortA.id, w.student.user.id, 'no-such-lab'))).status).toBe(404);
  });

  it('is for the instructors of that cohort only, and for its students only', async () => {
    for (const who of [w.otherInstructor, w.grader, w.student, w.admin]) {
      const res = await who.post(studentPath(w.cohortA.id, w.student.user.id));
      expect(res.status).toBe(403);
    }
    const notInCohort = await w.instructor.post(studentPath(w.cohortA.id, w.otherStudent.user.id));
    expect(notInCohort.status).toBe(404);
    expect(errorOf(notInCohort).message).toMatch(/Student/);
  });

  it("resets the student's lab: their tabs reconnect to a fresh environment; audited with the cohort", async () => {
    const { tab, attachment } = await open(w.student.user.id);
    attachment.write('kubectl scale deployment web --replicas=1\r');
    expect(tab.text).toContain('deployment.apps/web scaled');
    await w.instructor.post(studentPath(w.cohortA.id, w.student.user.id)).expect(204);
    expect(tab.closedWith).toBe('reset');
    const again = await open(w.student.user.id);
    expect(again.attachment.restored).toBe(false);
    again.attachment.write('kubectl get deployment web\r');
    expect(again.tab.text).toMatch(/web\s+3\/3/);
    const audit = await t.db.prisma.auditLog.findMany({
      where: { action: 'lab.reset', actorId: w.instructor.user.id },
    });
    expect(audit).toMatchObject([{ targetId: w.student.user.id, detail: { labId: LAB, cohortId: w.cohortA.id } }]);
    again.attachment.detach();
  });
});
