// The validator: file problems with file:line, and the replay of reference solutions in the real shell.
import path from 'node:path';
import { Writable } from 'node:stream';
import { run, validateLabs } from '../../server/src/cli/labs';

const fixture = (name: string) => path.join(__dirname, 'fixtures', name);

function sink(): { stream: Writable; text: () => string } {
  let out = '';
  return {
    stream: new Writable({
      write(chunk: Buffer, _enc, done) {
        out += chunk.toString();
        done();
      },
    }),
    text: () => out,
  };
}

describe('labs validate', () => {
  it('accepts a good course and replays its solutions', async () => {
    const report = await validateLabs({ dir: fixture('good'), replay: true });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ labs: 1, quizzes: 1, questions: 1, replayed: 1 });
  });

  it('reports every file problem with its file and line', async () => {
    const report = await validateLabs({ dir: fixture('broken'), replay: true });
    const rel = (p: string) => p.replace(/^.*tests\/labs\/fixtures\//, '');
    expect(report.problems.map(rel)).toEqual([
      "broken/01-typo/lab.yaml:11:15: steps[0].checks[0].type: Invalid discriminator value. Expected 'objectExists' | 'objectAbsent' | 'field' | 'podsReady' | 'rolledOut' | 'serviceEndpoints' | 'rolledBack' | 'commandRun' | 'fileYaml' | 'clusterState'",
      'broken/01-typo/lab.yaml:28:9: steps[1].checks[1]: unknown field "colour"',
      'broken/01-typo/lab.yaml:29:15: steps[1].solution: Too small: expected array to have >=1 items',
      'broken/02-semantic/lab.yaml:9:23: steps[0].instructionsFile: no file steps/missing.md beside the lab',
      "broken/02-semantic/lab.yaml:14:19: steps[0].checks[0].jsonPath: invalid JSONPath {.spec.replicas: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
      "broken/02-semantic/lab.yaml:17:19: steps[0].checks[1].selector: invalid label selector \"app in (web\": unable to parse requirement: found '', expected: ',' or ')'",
      'broken/quizzes/basics.yaml:10:7: questions[0]: a single-choice question needs exactly one correct choice (it has 0)',
      'broken/chapters.yaml:1:1: chapter "basics" has no quiz',
    ]);
    expect(report.replayed).toBe(0);
  });

  it('fails an unsolvable lab with clear messages', async () => {
    const report = await validateLabs({ dir: fixture('unsolvable'), replay: true });
    expect(report.replayed).toBe(1);
    expect(report.problems.map((p) => p.replace(/^.*fixtures\//, ''))).toEqual([
      'unsolvable/01-stuck/lab.yaml: step 1 "start": check 1 (the cluster is running) fails after the solution ran: the cluster has 1 node; the step asks for 2',
      'unsolvable/01-stuck/lab.yaml: step 2 "again": check 1 (you ran minikube start) already passes before the step\'s solution runs (you ran minikube start); make it specific to this step or mark it mayPassBefore',
    ]);
  });

  it('fails a lab that can trap a student, naming the step, the student and the sequence', async () => {
    const report = await validateLabs({ dir: fixture('trap'), replay: true });
    expect(report.replayed).toBe(1);
    expect(report.problems.map((p) => p.replace(/^.*fixtures\//, ''))).toEqual([
      'trap/01-quick-undo/lab.yaml: step 2 "release" traps a prompt student (every next command at once, no waiting): it never passes after kubectl rollout history deployment/web → kubectl set image deployment/web nginx=nginx:1.27 → kubectl rollout undo deployment/web',
      'trap/01-quick-undo/lab.yaml: step 2 "release" traps a student who runs step 3 "undo" before step 2 "release" has settled: it never passes after kubectl rollout history deployment/web → (waits) → kubectl set image deployment/web nginx=nginx:1.27 → kubectl rollout undo deployment/web → (waits)',
    ]);
  });

  it('the command prints a summary and exits 1 on problems, 0 when all is good', async () => {
    const good = { out: sink(), err: sink() };
    expect(await run(['--dir', fixture('good')], { stdout: good.out.stream, stderr: good.err.stream })).toBe(0);
    expect(good.out.text()).toContain('ok   first (3 steps)');
    expect(good.out.text()).toContain('All good: 1 labs, 1 quizzes (1 questions), 1 replayed.');
    const bad = { out: sink(), err: sink() };
    expect(await run(['--dir', fixture('unsolvable')], { stdout: bad.out.stream, stderr: bad.err.stream })).toBe(1);
    expect(bad.out.text()).toContain('FAIL stuck (2 steps)');
    expect(bad.err.text()).toContain('2 problem(s); 1 labs, 1 quizzes (1 questions), 1 replayed');
  });
});
