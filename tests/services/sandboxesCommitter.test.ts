// The journal's group commit: what goes into one statement, and when. The writer here records the statements it is
// given (the database side is tests/realtime/journal.test.ts and tests/system/crash.test.ts).
import { JournalCommitter, LAZY_MS } from '../../server/src/services/sandboxesCommitter';
import type { JournalRow } from '../../server/src/db/labSessions';

const row = (labId: string, seq: number): JournalRow => ({ userId: 'u1', labId, seq, epoch: 1, json: '{}' });
const keyOf = (r: JournalRow) => `${r.userId}/${r.labId}/${r.seq}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A writer that records each statement's rows and answers when `release` is called (at once when `auto`). */
function recordingWriter(auto = true) {
  const statements: string[][] = [];
  const waiting: (() => void)[] = [];
  const write = (rows: readonly JournalRow[]) => {
    statements.push(rows.map((r) => `${r.labId}/${r.seq}`));
    const written = new Set(rows.map(keyOf));
    return auto ? Promise.resolve(written) : new Promise<Set<string>>((r) => waiting.push(() => r(written)));
  };
  return { statements, write, release: () => waiting.shift()?.() };
}

it('writes an entry a prompt waits for at once, each in its own statement when they come one by one', async () => {
  const w = recordingWriter();
  const committer = new JournalCommitter(w.write);
  await committer.append(row('a', 1));
  await committer.append(row('b', 1));
  expect(w.statements).toEqual([['a/1'], ['b/1']]);
});

it('holds entries nobody waits for up to LAZY_MS and writes them together', async () => {
  const w = recordingWriter();
  const committer = new JournalCommitter(w.write);
  const done = ['a', 'b', 'c'].map((lab) => committer.append(row(lab, 1), { urgent: false }));
  await sleep(LAZY_MS / 4);
  expect(w.statements).toEqual([]);
  await expect(Promise.all(done)).resolves.toEqual([true, true, true]);
  expect(w.statements).toEqual([['a/1', 'b/1', 'c/1']]);
});

it('sends the held entries with the next entry a prompt waits for, or when hurried', async () => {
  const w = recordingWriter();
  const committer = new JournalCommitter(w.write);
  const lazy = committer.append(row('a', 1), { urgent: false });
  await committer.append(row('b', 1));
  await lazy;
  expect(w.statements).toEqual([['a/1', 'b/1']]);

  const held = committer.append(row('a', 2), { urgent: false });
  committer.hurry();
  await held;
  expect(w.statements).toEqual([['a/1', 'b/1'], ['a/2']]);
});

it('with every write slot busy, writes held entries once a slot frees and their time has come', async () => {
  const w = recordingWriter(false);
  const committer = new JournalCommitter(w.write);
  const busy = [1, 2, 3].map((seq) => committer.append(row('busy', seq)));
  expect(w.statements).toHaveLength(3);
  const lazy = committer.append(row('a', 1), { urgent: false });
  await sleep(LAZY_MS * 2);
  // Its time came while no slot was free: it goes as soon as one is.
  expect(w.statements).toHaveLength(3);
  w.release();
  await busy[0];
  await sleep(0);
  expect(w.statements[3]).toEqual(['a/1']);
  w.release();
  w.release();
  w.release();
  await expect(lazy).resolves.toBe(true);
});
