/**
 * Where the shell gets time from. The shell never reads the wall clock (it is a pure layer).
 *
 * The one switch between offline and live mode: a clock that can `advance` is virtual.
 * - Virtual (tests, `kubelab sim`): `sleep 5` calls `advance(5000)` and returns at once; the host
 *   moves the cluster with it.
 * - Live (the browser): there is no `advance`; the host calls `ShellSession.tick(now)` as real time
 *   passes, and `sleep` becomes a foreground program that ends when the tick reaches its deadline.
 */
export interface Clock {
  now(): number;
  advance?(ms: number): void;
  /**
   * Live clocks only: told when a program waits for a time (`sleep 5` until now + 5000; Infinity for
   * `sleep infinity`), so a host that drives the clock itself (a container's program) knows when to tick.
   */
  wake?(at: number): void;
}

/** A virtual clock for tests and offline use; `advance` moves it instantly. */
export function createVirtualClock(start = 0): Clock & { set(ms: number): void } {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += Math.max(0, ms);
    },
    set: (ms) => {
      current = ms;
    },
  };
}
