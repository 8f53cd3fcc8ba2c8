/** The command log: each line with the argv of what it ran (after aliases and expansion), kept bounded. */
import { commandWords, restoreShellSession } from '../../server/src/shell/index.js';
import { createVirtualClock } from '../../server/src/shell/clock.js';
import { newSession, run } from './helpers.js';

describe('the command log', () => {
  it('records the argv each simple command ran, after aliases, variables and quotes', () => {
    const { session } = newSession();
    run(session, 'NS=kube-system; k get po -n "$NS" | grep -c Running && echo done');
    expect(session.commandLog().at(-1)?.argv).toEqual([
      ['kubectl', 'get', 'po', '-n', 'kube-system'],
      ['grep', '-c', 'Running'],
    ]);
  });

  it('records commands run by other commands and in substitutions, each once', () => {
    const { session } = newSession();
    run(session, 'for i in 1 2 3; do echo $(kubectl get pods); done; env kubectl version');
    expect(session.commandLog().at(-1)?.argv).toEqual([
      ['kubectl', 'get', 'pods'],
      ['echo', 'kubectl', 'get', 'pods'],
      ['env', 'kubectl', 'version'],
      ['kubectl', 'version'],
    ]);
  });

  it('keeps a bounded record of a line that runs a great deal', () => {
    const { session } = newSession();
    run(session, `for i in $(seq 1 500); do echo ${'x'.repeat(2000)}$i; done > /dev/null`);
    const argv = session.commandLog().at(-1)?.argv ?? [];
    expect(argv.length).toBeGreaterThan(0);
    expect(JSON.stringify(argv).length).toBeLessThan(8192);
  });

  it('survives a snapshot, and restores logs saved without argv', () => {
    const { session } = newSession();
    run(session, 'k get pods');
    const snapshot = JSON.parse(JSON.stringify(session.snapshot())) as { log: { argv?: unknown }[] };
    const restored = restoreShellSession(snapshot, { clock: createVirtualClock(0) });
    expect(restored.commandLog()[0]?.argv).toEqual([['kubectl', 'get', 'pods']]);
    delete snapshot.log[0]!.argv;
    expect(restoreShellSession(snapshot, { clock: createVirtualClock(0) }).commandLog()[0]?.line).toBe('k get pods');
  });
});

describe('commandWords', () => {
  it('reads each simple command of a line without running it', () => {
    expect(commandWords(`FOO=1 k logs -f "my pod" $POD && kubectl get po -o jsonpath='{.x}' | grep x > out`)).toEqual([
      ['kubectl', 'logs', '-f', 'my pod', '$POD'],
      ['kubectl', 'get', 'po', '-o', 'jsonpath={.x}'],
      ['grep', 'x'],
    ]);
    expect(commandWords('# kubectl get pods')).toEqual([]);
    expect(commandWords('echo "unterminated')).toEqual([]);
  });
});
