/** `kubectl version`: the client's version and, when the cluster answers, the server's. */
import type { CommandOutcome } from '../../shell/command.js';
import { KUBERNETES_VERSION, versionInfo } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { KubectlError, RawError } from '../errors.js';
import { api } from '../env.js';
import { toYaml } from '../print/formats/structured.js';
import { defineCommand, type CommandInv } from './globals.js';

const versionFlags = flagList(
  { name: 'client', type: 'bool', usage: 'If true, shows client version only (no server required).' },
  { name: 'output', short: 'o', type: 'string', usage: "One of 'yaml' or 'json'." },
);

function version(inv: CommandInv<typeof versionFlags>): CommandOutcome {
  const client = inv.flags.bool('client');
  const output = inv.flags.str('output');
  let server: string | undefined;
  let error: RawError | KubectlError | undefined;
  if (!client) {
    try {
      api(inv);
      server = inv.env.cluster.settings.kubernetesVersion;
    } catch (e) {
      if (e instanceof RawError || e instanceof KubectlError) error = e;
      else throw e;
    }
  }
  if (output === 'json' || output === 'yaml') {
    const data = {
      clientVersion: versionInfo(KUBERNETES_VERSION),
      kustomizeVersion: 'v5.5.0',
      ...(server ? { serverVersion: versionInfo(server) } : {}),
    };
    // version.go: json.MarshalIndent with two spaces, or yaml.Marshal, each then printed with Println (so YAML ends in
    // a blank line).
    inv.out.print(output === 'json' ? `${JSON.stringify(data, null, 2)}\n` : `${toYaml(data)}\n`);
  } else if (output) throw new KubectlError(`--output must be 'yaml' or 'json'`);
  else {
    inv.out.print(`Client Version: ${KUBERNETES_VERSION}\nKustomize Version: v5.5.0\n`);
    if (server) inv.out.print(`Server Version: ${server}\n`);
  }
  if (error) throw error;
  return { stdout: '', stderr: '', exitCode: 0 };
}

export const versionCommand = defineCommand({
  use: 'version',
  short: 'Print the client and server version information',
  long: 'Print the client and server version information for the current context.',
  example: '  # Print the client and server versions for the current context\n  kubectl version',
  flags: versionFlags,
  run: version,
});
