/** `kubectl plugin list` (kubectl/pkg/cmd/plugin/plugin.go): a sandbox's PATH holds no `kubectl-*` executables. */
import { flagList } from '../cli/flags.js';
import { KubectlError } from '../errors.js';
import { defineCommand } from './globals.js';

const listFlags = flagList({
  name: 'name-only',
  type: 'bool',
  usage: 'If true, display only the binary name of each plugin, rather than its full path',
});

const pluginList = defineCommand({
  use: 'list',
  short: "List all visible plugin executables on a user's PATH",
  flags: listFlags,
  run: () => {
    throw new KubectlError('unable to find any kubectl plugins in your PATH');
  },
});

export const pluginCommand = defineCommand({
  use: 'plugin [flags]',
  short: 'Provides utilities for interacting with plugins',
  sub: [pluginList],
});
