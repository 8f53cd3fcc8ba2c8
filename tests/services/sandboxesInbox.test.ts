// A sandbox worker's inbox: the main thread's messages in order, a slice of time at a time, so a burst of work
// (a whole class pressing Enter at once) never holds the worker's event loop for long.
import { Inbox } from '../../server/src/services/sandboxesWire';

/** Keeps this thread busy for `ms`, as a command line or a save's serialisation does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

const idle = () => new Promise((resolve) => setTimeout(resolve, 0));

it('handles every message once, in the order they came', async () => {
  const seen: number[] = [];
  const inbox = new Inbox<number>((n) => seen.push(n), 1);
  for (let i = 0; i < 5000; i++) inbox.push(i);
  inbox.push(5000);
  while (inbox.size > 0) await idle();
  expect(seen).toEqual(Array.from({ length: 5001 }, (_, i) => i));
});

it('lets the event loop turn between slices of a long burst', async () => {
  let handled = 0;
  const inbox = new Inbox<number>(() => {
    busy(2);
    handled++;
  }, 10);
  for (let i = 0; i < 100; i++) inbox.push(i);
  // A timer due now (a ping's answer, the tick loop) runs after a slice, not after the whole 200 ms burst.
  const handledWhenTimerRan = await new Promise<number>((resolve) => setTimeout(() => resolve(handled), 0));
  expect(handledWhenTimerRan).toBeGreaterThan(0);
  expect(handledWhenTimerRan).toBeLessThan(20);
  while (inbox.size > 0) await idle();
  expect(handled).toBe(100);
});

it("runs a message's promise work before it takes the next message, so the slice counts it", async () => {
  const order: string[] = [];
  const inbox = new Inbox<string>((m) => {
    order.push(`handle ${m}`);
    void Promise.resolve().then(() => order.push(`then ${m}`));
  });
  inbox.push('a');
  inbox.push('b');
  while (inbox.size > 0) await idle();
  await idle();
  expect(order).toEqual(['handle a', 'then a', 'handle b', 'then b']);
});
