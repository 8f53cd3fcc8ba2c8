// docs/own-kubectl.png, the README's "Use your own kubectl" picture: a student's kubeconfig from the running server,
// the real kubectl (v1.32 on the PATH) run with it, its output rendered by xterm.js (the terminal the lab page uses)
// in Chromium. Run: `npx tsx tests/docs/ownKubectl.ts` (writes docs/own-kubectl.png).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTestDatabase } from '../support/db';
import { startSystemServer } from '../support/systemServer';
import { launchBrowser } from '../e2e/support/browser';
import { cleanUp, LAB, loginStudent } from '../kubeapi/support';
import { openTerminal } from '../kubeapi/terminal';

const ROOT = path.resolve(__dirname, '../..');
const XTERM = path.join(ROOT, 'node_modules/@xterm/xterm');

async function main(): Promise<void> {
  const db = await createTestDatabase();
  const server = await startSystemServer(db, { env: { SANDBOX_WORKERS: '0' } });
  const browser = await launchBrowser();
  try {
    const sam = await loginStudent(server, 'sam@example.org');
    const terminal = await openTerminal(server.port, LAB, sam.cookie);
    // Made in the browser terminal, seen by the laptop's kubectl.
    await terminal.run('minikube addons enable metrics-server');
    await terminal.run('kubectl create deployment web --image=nginx --replicas=2');
    terminal.close();
    await sam.kubectl('wait --for=condition=Available deploy/web --timeout=30s'.split(' '));
    await sam.kubectl(
      'wait -n kube-system --for=condition=Ready pod -l k8s-app=metrics-server --timeout=30s'.split(' '),
    );
    let screen = '';
    for (const args of ['config get-contexts', 'get deployments,pods', 'top pods', 'auth whoami']) {
      const r = await sam.kubectl(args.split(' '));
      screen += `\x1b[1;32mstudent@laptop\x1b[0m:\x1b[1;34m~\x1b[0m$ kubectl ${args}\r\n`;
      screen += (r.stderr + r.stdout).replace(/\n/g, '\r\n');
    }
    screen += '\x1b[1;32mstudent@laptop\x1b[0m:\x1b[1;34m~\x1b[0m$ ';
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 390 });
    await page.setContent(`<!doctype html><html><head><style>${readFileSync(path.join(XTERM, 'css/xterm.css'), 'utf8')}
      body { margin: 0; background: #1e1e1e; } #t { padding: 12px; }</style></head>
      <body><div id="t"></div></body></html>`);
    await page.addScriptTag({ path: path.join(XTERM, 'lib/xterm.js') });
    await page.evaluate(
      (text) =>
        new Promise<void>((resolve) => {
          interface XtermLike {
            open(el: HTMLElement): void;
            write(data: string, done: () => void): void;
          }
          type Ctor = new (o: object) => XtermLike;
          // The UMD bundle sets window.Terminal to its module ({ Terminal }) or to the class itself.
          const exported = (window as unknown as { Terminal: Ctor | { Terminal: Ctor } }).Terminal;
          const Terminal = 'Terminal' in exported ? exported.Terminal : exported;
          const term = new Terminal({ cols: 110, rows: 28, fontSize: 14, theme: { background: '#1e1e1e' } });
          term.open(document.getElementById('t')!);
          term.write(text, resolve);
        }),
      screen,
    );
    await page.screenshot({ path: path.join(ROOT, 'docs/own-kubectl.png') });
    process.stdout.write('wrote docs/own-kubectl.png\n');
  } finally {
    await browser.close();
    await server.stop();
    await db.drop();
    cleanUp();
  }
}

void main();
