/** Every kubectl command, in the order cobra lists them (alphabetical). */
import type { CommandSpec } from '../cli/command.js';
import type { KubeEnv } from '../env.js';
import { getCommand } from './get.js';

export const KUBECTL_COMMANDS: readonly CommandSpec<KubeEnv>[] = [getCommand].sort((a, b) => (a.use < b.use ? -1 : 1));
