// A half-typed line never survives the tab that showed it: when a student's last tab of a lab goes (a reload),
// the line (or an unfinished heredoc) is cancelled as Ctrl-C would, and the next command typed runs alone.
import { SandboxManager, type SandboxClient } from '../../server/src/services/sandboxes';
import { createKubelabSandboxFactory } from '../../server/src/services/sandboxesFactory';
import { createMemorySandboxStore } from '../../server/src/services/sandboxesStore';
import { testCourse } from '../support/services';
import { HeadlessScreen } from '../support/terminal';

/** The rows a terminal shows after `ansi`. */
async function screen(ansi: string): Promise<string[]> {
  const s = new HeadlessScreen(80, 24);
  s.feed(ansi);
  await s.settle();
  const rows = s.history().map((r) => r.trimEnd());
  s.dispose();
  return rows;
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
}

class Tab implements SandboxClient {
  text = '';
  output(data: string) {
    this.text += data;
  }
}

function setup() {
  const manager = new SandboxManager({
    factory: createKubelabSandboxFactory({ course: testCourse() }),
    store: createMemorySandboxStore(),
  });
  const open = async () => {
    const tab = new Tab();
    const attachment = await manager.attach('u1', 'kubectl-first-day', tab, { mode: 'interactive', create: true });
    return { tab, attachment };
  };
  return { manager, open };
}

it('cancels an unfinished heredoc when the last tab goes, so a reload cannot write the next command into a file', async () => {
  const { manager, open } = setup();
  const first = await open();
  first.attachment.write('cat > hello.yaml <<EOF\rkind: Pod\rmetad');
  first.attachment.detach();
  const second = await open();
  expect((await screen(second.attachment.scrollback)).slice(-2)).toEqual(['> metad^C', 'student@minikube:~$']);
  second.attachment.write('echo bye\r');
  second.attachment.write('cat hello.yaml\r');
  // Each prompt comes back once the line's changes are saved (the journal): wait for the last one.
  await until(() => second.tab.text.includes('No such file') && second.tab.text.endsWith('$ '));
  expect((await screen(second.attachment.scrollback + second.tab.text)).slice(-5, -1)).toEqual([
    'student@minikube:~$ echo bye',
    'bye',
    'student@minikube:~$ cat hello.yaml',
    'cat: hello.yaml: No such file or directory',
  ]);
  await manager.shutdown();
});

it('leaves the line alone while another tab still shows it, and prints nothing when there is no half line', async () => {
  const { manager, open } = setup();
  const a = await open();
  const b = await open();
  a.attachment.write('echo he');
  b.attachment.detach();
  a.attachment.write('llo\r');
  await until(() => a.tab.text.endsWith('$ '));
  expect((await screen(a.attachment.scrollback + a.tab.text)).slice(-3)).toEqual([
    'student@minikube:~$ echo hello',
    'hello',
    'student@minikube:~$',
  ]);
  const before = a.attachment.scrollback + a.tab.text;
  a.attachment.detach();
  const c = await open();
  expect(c.attachment.scrollback).toBe(before);
  await manager.shutdown();
});
