/**
 * The shells of the live sandboxes, by student and lab, for what the sandbox manager does not do itself:
 * when a student's last tab of a lab closes (a reload, a closed tab), their half-typed line is cancelled, so it
 * cannot survive the reload and join the next command they type (it once wrote garbage into a file).
 */
import type { ShellSession } from '../shell/index.js';
import type { SandboxManager } from './sandboxes.js';

export class LiveShells {
  private readonly shells = new Map<string, ShellSession>();

  /** Registers a live sandbox's shell; returns the function that forgets it (call it when disposing). */
  add(userId: string, labId: string, shell: ShellSession): () => void {
    const key = `${userId}/${labId}`;
    this.shells.set(key, shell);
    return () => {
      if (this.shells.get(key) === shell) this.shells.delete(key);
    };
  }

  discardTypedInput(userId: string, labId: string): boolean {
    return this.shells.get(`${userId}/${labId}`)?.discardTypedInput() ?? false;
  }

  /** Cancels the half-typed line whenever the last interactive tab of a sandbox goes. Returns the unsubscribe. */
  followPresence(manager: Pick<SandboxManager, 'onPresence'>): () => void {
    return manager.onPresence((change) => {
      if (!change.online) this.discardTypedInput(change.userId, change.labId);
    });
  }
}
