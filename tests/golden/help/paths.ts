// Every command path our kubectl has (the root, each command and subcommand, hidden ones left out): the help golden
// cases are recorded from the real kubectl for exactly these.
import { commandName, type CommandSpec } from '../../../server/src/kubectl/cli/command';
import { KUBECTL_COMMANDS } from '../../../server/src/kubectl/commands/index';

export function commandPaths(): string[] {
  const out = ['kubectl'];
  const walk = (specs: readonly CommandSpec<unknown>[], prefix: string) => {
    for (const spec of specs) {
      if (spec.hidden) continue;
      const path = `${prefix} ${commandName(spec)}`;
      out.push(path);
      walk(spec.sub ?? [], path);
    }
  };
  walk(KUBECTL_COMMANDS, 'kubectl');
  return out;
}

/** The file a path's recorded help lives in: `kubectl rollout status` → `rollout_status.txt`. */
export function helpFile(path: string): string {
  return `${path === 'kubectl' ? '_root' : path.slice('kubectl '.length).replace(/ /g, '_')}.txt`;
}

/** A flag no kubectl command has, for the client-side error every command prints before any request. */
export const UNKNOWN_FLAG = '--no-such-flag-anywhere';
