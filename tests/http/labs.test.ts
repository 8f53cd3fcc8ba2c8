// Lab routes: unauthenticated → invalid → forbidden → success; steps turning green after commands;
// hints one at a time; the solution only after enough failed checks; progress surviving a restart.
import request from 'supertest';
import { Cluster } from '../../server/src/sim/index';
import type { CatalogueResponse, Lab, LabResponse, MyScoresResponse } from '../../server/src/http/contract';
import { appFor, createTestApp, errorOf, loginAs, makeUser, type Client, type TestApp } from './helpers';

let t: TestApp;
let sam: Client;
let olga: Client;
beforeAll(async () => {
  t = await createTestApp();
  sam = await loginAs(t.app, await makeUser('student', 'sam@example.org', 'Sam'));
  olga = await loginAs(t.app, await makeUser('student', 'olga@example.org', 'Olga'));
});
afterAll(() => t.close());

/** A student's environment as the sandbox manager would hand it over. */
function environment(state: 'Running' | 'Stopped' | 'Absent', commands: { line: string; exitCode: number }[] = []) {
  return { cluster: Cluster.create({ state }), commands, home: '/home/student', readFile: () => undefined };
}

async function lab(client: Client, id = 'minikube-basics'): Promise<Lab> {
  const res = await client.get(`/api/labs/${id}`).expect(200);
  return (res.body as LabResponse).lab;
}

async function until(predicate: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('GET /api/labs', () => {
  it('needs a login', async () => {
    expect((await request(t.app).get('/api/labs')).status).toBe(401);
  });
  it('lists every lab in course order with progress, and chapters with their quiz', async () => {
    const res = await sam.get('/api/labs').expect(200);
    const body = res.body as CatalogueResponse;
    expect(body.labs.length).toBeGreaterThanOrEqual(12);
    expect(body.labs[0]).toMatchObject({
      id: 'containers-and-images',
      chapter: 'containers',
      progress: { passed: 0, percent: 0 },
    });
    expect(Object.keys(body.labs[0]!).sort()).toEqual([
      'chapter',
      'chapterTitle',
      'estimatedMinutes',
      'id',
      'prerequisites',
      'progress',
      'summary',
      'title',
    ]);
    expect(body.chapters.map((c) => c.id)).toEqual([
      'containers',
      'orchestration',
      'kubernetes',
      'architecture',
      'installation',
      'minikube',
      'kubectl',
      'features',
    ]);
    expect(body.chapters.every((c) => typeof c.quizId === 'string')).toBe(true);
  });
});

describe('GET /api/labs/:labId', () => {
  it('rejects a malformed id and answers 404 for an unknown lab', async () => {
    expect(errorOf(await sam.get('/api/labs/Not_A_Lab')).message).toBe(
      'labId: must be a lab id such as "minikube-basics"',
    );
    expect((await sam.get('/api/labs/no-such-lab')).status).toBe(404);
  });
  it('shows steps without solutions, hints or check internals', async () => {
    const l = await lab(sam);
    expect(l.steps[0]).toMatchObject({ id: 'start', status: 'pending', attempts: 0, hints: [], solution: null });
    expect(l.steps[0]!.checks).toEqual([{ description: 'minikube is running', passed: null, message: null }]);
    expect(l.quizId).toBe('minikube-quiz');
    const raw = JSON.stringify(l);
    expect(raw).not.toContain('"type":"clusterState"');
    expect(raw).not.toContain('minikube start"]');
  });
});

describe('checking steps', () => {
  it('POST check needs CSRF, then a running environment', async () => {
    expect((await sam.agent.post('/api/labs/minikube-basics/check').send({})).status).toBe(403);
    const res = await sam.post('/api/labs/minikube-basics/check');
    expect(res.status).toBe(409);
    expect(errorOf(res).message).toMatch(/^Your environment for this lab is not running/);
  });

  it('a failed check explains itself and counts; a step turns green by itself after a command', async () => {
    t.services.progress.commandFinished(sam.user.id, 'minikube-basics', environment('Absent'));
    const checked = (await sam.post('/api/labs/minikube-basics/check').expect(200)).body as LabResponse;
    expect(checked.lab.steps[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(checked.lab.steps[0]!.checks[0]).toEqual({
      description: 'minikube is running',
      passed: false,
      message: 'there is no cluster yet; the step asks for it to be running',
    });

    // The student runs `minikube start`: the sandbox calls the hook; the step passes without a click.
    t.services.progress.commandFinished(
      sam.user.id,
      'minikube-basics',
      environment('Running', [
        { line: 'minikube start', exitCode: 0 },
        { line: 'minikube status', exitCode: 0 },
      ]),
    );
    await until(async () => (await lab(sam)).steps[1]!.status === 'passed');
    const after = await lab(sam);
    expect(after.steps.slice(0, 3).map((s) => s.status)).toEqual(['passed', 'passed', 'pending']);
    expect(after.progress).toEqual({ passed: 2, total: 7, percent: 29 });
    expect(after.currentStepId).toBe('first-kubectl');
    expect(after.steps[0]).toMatchObject({ attempts: 2, solution: ['minikube start'] });
  });

  it('another student sees none of it', async () => {
    const l = await lab(olga);
    expect(l.progress.passed).toBe(0);
  });
});

describe('hints and solutions', () => {
  it('reveals hints one at a time, then refuses', async () => {
    const first = await sam.post('/api/labs/minikube-basics/steps/addon/hints').expect(201);
    expect(first.body).toEqual({
      index: 0,
      hint: '`minikube addons` has `list`, `enable NAME` and `disable NAME`.',
      remaining: 0,
    });
    expect((await lab(sam)).steps[3]!.hints).toEqual([
      '`minikube addons` has `list`, `enable NAME` and `disable NAME`.',
    ]);
    const none = await sam.post('/api/labs/minikube-basics/steps/addon/hints');
    expect(none.status).toBe(409);
    expect(errorOf(none).message).toBe('Every hint of this step is already shown.');
    expect((await sam.post('/api/labs/minikube-basics/steps/nope/hints')).status).toBe(404);
  });

  it('unlocks the solution after the configured number of failed checks', async () => {
    const locked = await olga.get('/api/labs/minikube-basics/steps/start/solution');
    expect(locked.status).toBe(409);
    expect(errorOf(locked).message).toBe('The solution unlocks after 3 more failed checks.');
    t.services.progress.commandFinished(olga.user.id, 'minikube-basics', environment('Absent'));
    for (let i = 0; i < 3; i++) await olga.post('/api/labs/minikube-basics/check').expect(200);
    expect((await olga.get('/api/labs/minikube-basics/steps/start/solution').expect(200)).body).toEqual({
      solution: ['minikube start'],
    });
    expect((await lab(olga)).steps[0]).toMatchObject({ status: 'failed', attempts: 3, solution: ['minikube start'] });
  });
});

describe('scores and restarts', () => {
  it('GET /api/scores/me reports steps passed, attempts and hints', async () => {
    const res = await sam.get('/api/scores/me').expect(200);
    const mine = (res.body as MyScoresResponse).labs.find((l) => l.labId === 'minikube-basics');
    expect(mine).toMatchObject({ stepsPassed: 2, hintsUsed: 1 });
    expect(mine!.checkAttempts).toBeGreaterThanOrEqual(3);
  });

  it('progress survives a restart (fresh services and app, same database)', async () => {
    const app = appFor(t.config);
    const again = await loginAs(app, sam.user);
    const res = await again.get('/api/labs/minikube-basics').expect(200);
    expect((res.body as LabResponse).lab.steps.slice(0, 2).map((s) => s.status)).toEqual(['passed', 'passed']);
  });
});
