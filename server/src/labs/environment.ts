/** Adapts a live environment (cluster + shell session) to what checks read. */
import type { Cluster } from '../sim/index.js';
import type { CheckEnvironment, CommandRecordLike } from './checks/index.js';

/** The parts of a shell session checks need (structural, so tests can pass a stand-in). */
export interface ShellView {
  commandLog(): readonly CommandRecordLike[];
  readonly vfs: { stat(path: string): { type: 'file' | 'dir' } | undefined; readFile(path: string): string };
}

export function checkEnvironment(cluster: Cluster, shell: ShellView, user = 'student'): CheckEnvironment {
  return {
    cluster,
    get commands() {
      return shell.commandLog();
    },
    home: user === 'root' ? '/root' : `/home/${user}`,
    readFile(path) {
      try {
        return shell.vfs.stat(path)?.type === 'file' ? shell.vfs.readFile(path) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
