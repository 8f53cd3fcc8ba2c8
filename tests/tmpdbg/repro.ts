import { testConfig } from '../../server/src/config';
import { startServerProcess } from '../bench/serverProcess';
import { connectTerminal, seedStudents } from '../bench/students';
import { createTestDatabase } from '../support/db';

async function main() {
  const db = await createTestDatabase();
  const server = await startServerProcess({ databaseUrl: db.url });
  try {
    const [first, cookie] = await seedStudents(db.prisma, 2, { sessionSecret: testConfig().sessionSecret, prefix: 'dbg' });
    const t0 = performance.now();
    const f = await connectTerminal(server.url, first!, undefined, (d) => console.log('F', ((performance.now() - t0) / 1000).toFixed(2), JSON.stringify(d.slice(-60))));
    await new Promise((r) => setTimeout(r, 500));
    f.emit('input', 'sleep 100\r');
    await new Promise((r) => setTimeout(r, 3000));
    f.emit('input', '\x03');
    await new Promise((r) => setTimeout(r, 300));
    f.close();
    let text = '';
    const s = await connectTerminal(server.url, cookie!, undefined, (d) => {
      text += d;
      console.log(((performance.now() - t0) / 1000).toFixed(2), JSON.stringify(d.slice(-100)));
    });
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await wait(1000);
    s.emit('input', 'kubectl create deployment web --image=nginx --replicas=8\r');
    await wait(3000);
    console.log('--- nine deep');
    s.emit('input', `kubectl get pods -o go-template='${'{{range $.items}}'.repeat(9)}x${'{{end}}'.repeat(9)}'\r`);
    await wait(5000);
    s.emit('input', 'echo after\r');
    await wait(3000);
    s.close();
  } finally {
    await server.stop();
    await db.drop();
  }
}
void main();
