// Whether the product's environment can already do what a test needs (kubectl, minikube and the lab
// set-up are built by others in parallel): runs the lines in a throw-away sandbox and looks at the screen.
import { createKubelabSandboxFactory } from '../../../server/src/services/sandboxesFactory';

export interface Probe {
  ok: boolean;
  screen: string;
}

export function probeEnvironment(labId: string, lines: readonly string[], expected: RegExp): Probe {
  const factory = createKubelabSandboxFactory();
  const nowMs = Date.now();
  const sandbox = factory.create({ userId: '00000000-0000-0000-0000-00000000beef', labId, nowMs, cols: 120, rows: 40 });
  if (sandbox instanceof Promise) throw new Error('the kubelab factory is synchronous');
  let screen = '';
  const off = sandbox.onOutput((d) => (screen += d));
  for (const line of lines) sandbox.write(`${line}\r`);
  off();
  sandbox.dispose?.();
  const ok = expected.test(screen);
  if (!ok)
    process.stderr.write(
      `[probe] ${labId}: ${JSON.stringify(lines)} did not print ${String(expected)}; skipping. Screen:\n${screen}\n`,
    );
  return { ok, screen };
}
