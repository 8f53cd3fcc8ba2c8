// A terminal tab on a SandboxManager for tests: what it was sent, and waits on it.
import { stripVTControlCharacters } from 'node:util';
import type { SandboxClient } from '../../server/src/services/sandboxes';

export class Tab implements SandboxClient {
  screen = '';
  closedWith: string | null = null;
  output(data: string) {
    this.screen += data;
  }
  closed(reason: string) {
    this.closedWith = reason;
  }
  /** The screen without terminal control sequences. */
  text() {
    return stripVTControlCharacters(this.screen);
  }
}

/** Waits (up to 10 s) for `condition`, failing with `what` in the message. */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2000 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

/** The prompts a kubelab shell has printed in the tab. */
export const prompts = (tab: Tab) => tab.text().split('student@minikube:~$').length - 1;
