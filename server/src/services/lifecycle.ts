// Shutdown hooks: whoever holds state that must survive a restart (the sandbox manager's snapshots) registers here.
export type ShutdownHook = () => Promise<void> | void;

export class ShutdownHooks {
  private readonly hooks: { name: string; run: ShutdownHook }[] = [];

  /** Hooks run in reverse order of registration (last started, first stopped), each at most once. */
  register(name: string, run: ShutdownHook): void {
    this.hooks.push({ name, run });
  }

  /** Runs every hook, logging failures and hooks that outlast `timeoutMs` instead of stopping at them. */
  async runAll(options: { timeoutMs: number; log?: (line: string) => void }): Promise<void> {
    const log = options.log ?? (() => undefined);
    const hooks = this.hooks.splice(0).reverse();
    for (const hook of hooks) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
      });
      try {
        const result = await Promise.race([Promise.resolve().then(hook.run), timedOut]);
        if (result === 'timeout') log(`shutdown: ${hook.name} did not finish within ${options.timeoutMs} ms`);
      } catch (err) {
        log(`shutdown: ${hook.name} failed: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        clearTimeout(timer);
      }
    }
  }
}
