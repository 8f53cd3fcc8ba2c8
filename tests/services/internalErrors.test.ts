// A bug in a command must reach the operators, not only the student: the exception is logged with its stack and the
// sandbox it happened in, and the student sees one line with the same reference.
import { Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { createLogger } from '../../server/src/logger';
import { createKubelabSandboxFactory, type ShellSandbox } from '../../server/src/services/sandboxesFactory';
import { testCourse } from '../support/services';

function collectingLogger(): { logger: ReturnType<typeof createLogger>; entries: Record<string, unknown>[] } {
  const entries: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) entries.push(JSON.parse(line) as never);
      done();
    },
  });
  return { logger: createLogger({ level: 'info', destination }), entries };
}

it('logs an unexpected exception with its stack and shows the student a reference', async () => {
  const { logger, entries } = collectingLogger();
  const factory = createKubelabSandboxFactory({ course: testCourse(), logger });
  const ctx = { userId: 'u-1', labId: 'kubectl-first-day', nowMs: Date.UTC(2026, 0, 1), cols: 120, rows: 30 };
  const sandbox = (await factory.create(ctx)) as ShellSandbox;
  let screen = '';
  sandbox.onOutput((d) => (screen += d));
  // A defect deep in the cluster (not a Kubernetes error kubectl knows how to print).
  sandbox.cluster.api.list = () => {
    throw new TypeError("Cannot read properties of undefined (reading 'items')");
  };
  sandbox.write('kubectl get pods\r');
  await new Promise((r) => setImmediate(r));
  const text = stripVTControlCharacters(screen);
  const shown = /kubectl: internal error \(reference ([0-9a-f]{8})\); it has been logged/.exec(text);
  expect(shown).not.toBeNull();
  expect(text).not.toContain('Cannot read properties');

  const entry = entries.find((e) => e.msg === 'command failed unexpectedly');
  expect(entry).toMatchObject({
    level: 50,
    reference: shown![1],
    userId: 'u-1',
    labId: 'kubectl-first-day',
    command: 'kubectl',
  });
  const err = entry!.err as { type: string; message: string; stack: string };
  expect(err).toMatchObject({ type: 'TypeError', message: "Cannot read properties of undefined (reading 'items')" });
  expect(err.stack).toMatch(/at .*internalErrors\.test\.ts/);
  sandbox.dispose();
});
