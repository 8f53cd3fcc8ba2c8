/**
 * `kubectl config set-cluster|set-credentials|set|unset|delete-cluster|delete-user`: editing the kubeconfig's
 * entries as kubectl/pkg/cmd/config does (relative certificate paths made absolute, --embed-certs reading the file,
 * one authentication method at a time, exec plugin defaults).
 */
import type { CommandOutcome } from '../../shell/command.js';
import { resolvePath } from '../../shell/vfs.js';
import { flagList } from '../cli/flags.js';
import { KUBECTL_HELP } from '../cli/helpTexts.js';
import { KubectlError, UsageError } from '../errors.js';
import type { KubeInv } from '../env.js';
import { emptyKubeconfig, kubeconfigPath, readKubeconfig, writeKubeconfig, type Kubeconfig } from '../kubeconfig.js';
import { editProperty } from './configProperty.js';
import { defineCommand, type CommandInv } from './globals.js';

function load(inv: KubeInv): Kubeconfig {
  return readKubeconfig(inv.ctx, inv.flags.str('kubeconfig') || undefined) ?? emptyKubeconfig();
}

function save(inv: KubeInv, config: Kubeconfig): void {
  writeKubeconfig(inv.ctx, config, inv.flags.str('kubeconfig') || undefined);
}

function configFile(inv: KubeInv): string {
  return kubeconfigPath(inv.ctx, inv.flags.str('kubeconfig') || undefined);
}

/** kubectl's helpErrorf: the command's help on stdout, then the error. */
function helpError(inv: KubeInv, message: string): CommandOutcome {
  return { stdout: KUBECTL_HELP[inv.path] ?? '', stderr: `error: ${message}\n`, exitCode: 1 };
}

function absolute(inv: KubeInv, path: string): string {
  return path === '' ? '' : resolvePath(inv.ctx.cwd, path);
}

/** The file --embed-certs reads, base64-encoded as the kubeconfig stores bytes; kubectl's error when it is missing. */
function embedded(inv: KubeInv, flag: string, path: string): string {
  const full = absolute(inv, path);
  const stat = inv.ctx.vfs.stat(full);
  if (!stat) throw new KubectlError(`could not stat ${flag} file ${path}: stat ${path}: no such file or directory`);
  return Buffer.from(inv.ctx.vfs.readFile(full), 'utf8').toString('base64');
}

function upsert<K extends 'clusters' | 'users'>(
  config: Kubeconfig,
  list: K,
  name: string,
  change: (current: Record<string, unknown>) => Record<string, unknown>,
): Kubeconfig {
  const field = list === 'clusters' ? 'cluster' : 'user';
  const entries = (config[list] ?? []) as unknown as { name: string; [k: string]: unknown }[];
  const existing = entries.find((e) => e.name === name);
  const next = { name, [field]: change(structuredClone((existing?.[field] as Record<string, unknown>) ?? {})) };
  const rest = entries.filter((e) => e.name !== name);
  return { ...config, [list]: [...rest, next] };
}

const setClusterFlags = flagList(
  { name: 'server', type: 'string', usage: 'server for the cluster entry in kubeconfig' },
  { name: 'tls-server-name', type: 'string', usage: 'tls-server-name for the cluster entry in kubeconfig' },
  {
    name: 'insecure-skip-tls-verify',
    type: 'bool',
    usage: 'insecure-skip-tls-verify for the cluster entry in kubeconfig',
  },
  {
    name: 'certificate-authority',
    type: 'string',
    usage: 'Path to certificate-authority file for the cluster entry in kubeconfig',
  },
  { name: 'embed-certs', type: 'bool', usage: 'embed-certs for the cluster entry in kubeconfig' },
  { name: 'proxy-url', type: 'string', usage: 'proxy-url for the cluster entry in kubeconfig' },
);

function setCluster(inv: CommandInv<typeof setClusterFlags>): CommandOutcome {
  if (inv.args.length !== 1) return helpError(inv, `Unexpected args: [${inv.args.join(' ')}]`);
  const name = inv.args[0]!;
  if (!name) throw new KubectlError('you must specify a non-empty cluster name');
  const f = inv.flags;
  const ca = f.str('certificate-authority');
  if (f.bool('insecure-skip-tls-verify') && ca)
    throw new KubectlError('you cannot specify a certificate authority and insecure mode at the same time');
  if (f.bool('embed-certs') && !ca) throw new KubectlError('you must specify a --certificate-authority to embed');
  const embeddedCa = f.bool('embed-certs') ? embedded(inv, 'certificate-authority', ca) : undefined;
  const config = upsert(load(inv), 'clusters', name, (c) => {
    if (f.has('server')) {
      c.server = f.str('server');
      // A new server makes the TLS server name set for the old one meaningless.
      delete c['tls-server-name'];
    }
    if (f.has('tls-server-name')) c['tls-server-name'] = f.str('tls-server-name');
    if (f.has('insecure-skip-tls-verify')) {
      c['insecure-skip-tls-verify'] = f.bool('insecure-skip-tls-verify');
      if (f.bool('insecure-skip-tls-verify')) {
        delete c['certificate-authority'];
        delete c['certificate-authority-data'];
      }
    }
    if (f.has('certificate-authority')) {
      if (embeddedCa !== undefined) {
        c['certificate-authority-data'] = embeddedCa;
        delete c['insecure-skip-tls-verify'];
        delete c['certificate-authority'];
      } else {
        c['certificate-authority'] = absolute(inv, ca);
        if (ca) {
          delete c['insecure-skip-tls-verify'];
          delete c['certificate-authority-data'];
        }
      }
    }
    if (f.has('proxy-url')) c['proxy-url'] = f.str('proxy-url');
    for (const k of Object.keys(c)) if (c[k] === '' || c[k] === false) delete c[k];
    return c;
  });
  save(inv, config);
  return { stdout: `Cluster "${name}" set.\n`, stderr: '', exitCode: 0 };
}

const setCredentialsFlags = flagList(
  {
    name: 'client-certificate',
    type: 'string',
    usage: 'Path to client-certificate file for the user entry in kubeconfig',
  },
  { name: 'client-key', type: 'string', usage: 'Path to client-key file for the user entry in kubeconfig' },
  { name: 'token', type: 'string', usage: 'token for the user entry in kubeconfig' },
  { name: 'username', type: 'string', usage: 'username for the user entry in kubeconfig' },
  { name: 'password', type: 'string', usage: 'password for the user entry in kubeconfig' },
  { name: 'auth-provider', type: 'string', usage: 'Auth provider for the user entry in kubeconfig' },
  { name: 'auth-provider-arg', type: 'stringArray', usage: "'key=value' arguments for the auth provider" },
  {
    name: 'exec-command',
    type: 'string',
    usage: 'Command for the exec credential plugin for the user entry in kubeconfig',
  },
  {
    name: 'exec-api-version',
    type: 'string',
    usage: 'API version of the exec credential plugin for the user entry in kubeconfig',
  },
  {
    name: 'exec-interactive-mode',
    type: 'string',
    usage: 'InteractiveMode of the exec credentials plugin for the user entry in kubeconfig',
  },
  {
    name: 'exec-provide-cluster-info',
    type: 'bool',
    usage: 'ProvideClusterInfo of the exec credentials plugin for the user entry in kubeconfig',
  },
  {
    name: 'exec-arg',
    type: 'stringArray',
    usage: 'New arguments for the exec credential plugin command for the user entry in kubeconfig',
  },
  { name: 'exec-env', type: 'stringArray', usage: "'key=value' environment values for the exec credential plugin" },
  { name: 'embed-certs', type: 'bool', usage: 'Embed client cert/key for the user entry in kubeconfig' },
);

/** A pflag StringSlice: each value may hold several, comma-separated. */
function slice(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(','));
}

/** cmdutil.ParsePairs: `key=value` to set, `key-` to remove. */
function pairs(list: readonly string[], flag: string): { set: [string, string][]; remove: string[] } {
  const set: [string, string][] = [];
  const remove: string[] = [];
  for (const item of list) {
    const eq = item.indexOf('=');
    if (eq > 0) set.push([item.slice(0, eq), item.slice(eq + 1)]);
    else if (item.endsWith('-') && item.length > 1) remove.push(item.slice(0, -1));
    else throw new KubectlError(`invalid ${flag}: ${item}`);
  }
  return { set, remove };
}

function validateCredentials(inv: CommandInv<typeof setCredentialsFlags>): void {
  const f = inv.flags;
  const methods: string[] = [];
  if (f.str('token')) methods.push('--token');
  if (f.str('username') || f.str('password')) methods.push('--username/--password');
  if (methods.length > 1)
    throw new KubectlError(
      `you cannot specify more than one authentication method at the same time: ${methods.join(', ')}`,
    );
  if (f.bool('embed-certs') && !f.str('client-certificate') && !f.str('client-key'))
    throw new KubectlError('you must specify a --client-certificate or --client-key to embed');
  const mode = f.str('exec-interactive-mode');
  if (f.has('exec-interactive-mode') && !['IfAvailable', 'Always', 'Never'].includes(mode))
    throw new KubectlError('invalid interactive mode type, can be only IfAvailable, Never, Always');
}

function setCredentials(inv: CommandInv<typeof setCredentialsFlags>): CommandOutcome {
  if (inv.args.length !== 1) return helpError(inv, `unexpected args: [${inv.args.join(' ')}]`);
  const name = inv.args[0]!;
  if (!name) throw new KubectlError('you must specify a non-empty user name');
  validateCredentials(inv);
  const f = inv.flags;
  const embed = f.bool('embed-certs');
  const files: [string, string, string][] = [];
  for (const flag of ['client-certificate', 'client-key'] as const)
    if (f.has(flag)) files.push([flag, f.str(flag), embed && f.str(flag) ? embedded(inv, flag, f.str(flag)) : '']);
  const providerArgs = pairs(slice(f.list('auth-provider-arg')), 'auth-provider-arg');
  const execEnv = pairs(f.list('exec-env'), 'exec-env');
  const config = upsert(load(inv), 'users', name, (u) => {
    for (const [flag, path, data] of files) {
      if (embed) {
        u[`${flag}-data`] = data;
        delete u[flag];
      } else {
        u[flag] = absolute(inv, path);
        if (path) delete u[`${flag}-data`];
      }
    }
    const setToken = f.has('token') && f.str('token') !== '';
    const setBasic = (f.has('username') && f.str('username') !== '') || (f.has('password') && f.str('password') !== '');
    for (const flag of ['token', 'username', 'password'] as const) if (f.has(flag)) u[flag] = f.str(flag);
    if (f.has('auth-provider')) {
      const current = u['auth-provider'] as { name?: string } | undefined;
      if (current?.name !== f.str('auth-provider')) u['auth-provider'] = { name: f.str('auth-provider') };
    }
    const provider = u['auth-provider'] as { config?: Record<string, string> } | undefined;
    if (provider) {
      provider.config ??= {};
      for (const k of providerArgs.remove) delete provider.config[k];
      for (const [k, v] of providerArgs.set) provider.config[k] = v;
    }
    if (f.has('exec-command')) {
      const current = u.exec as Record<string, unknown> | undefined;
      if (current) {
        current.command = f.str('exec-command');
        delete current.args;
      } else u.exec = { command: f.str('exec-command'), interactiveMode: 'IfAvailable', provideClusterInfo: false };
    }
    const exec = u.exec as Record<string, unknown> | undefined;
    if (exec) {
      if (f.has('exec-api-version')) exec.apiVersion = f.str('exec-api-version');
      if (f.list('exec-arg').length > 0) exec.args = slice(f.list('exec-arg'));
      if (f.has('exec-interactive-mode')) exec.interactiveMode = f.str('exec-interactive-mode');
      if (f.has('exec-provide-cluster-info')) exec.provideClusterInfo = f.bool('exec-provide-cluster-info');
      let env = (exec.env as { name: string; value: string }[] | undefined) ?? [];
      if (execEnv.remove.length > 0) env = env.filter((e) => !execEnv.remove.includes(e.name));
      for (const [k, v] of execEnv.set) {
        const found = env.find((e) => e.name === k);
        if (found) found.value = v;
        else env.push({ name: k, value: v });
      }
      if (env.length > 0) exec.env = env;
      else delete exec.env;
    }
    // One authentication method at a time: setting a token clears basic auth, and the other way round.
    if (setToken || setBasic) {
      if (!setToken) delete u.token;
      if (!setBasic) {
        delete u.username;
        delete u.password;
      }
    }
    for (const k of Object.keys(u)) if (u[k] === '') delete u[k];
    return u;
  });
  save(inv, config);
  return { stdout: `User "${name}" set.\n`, stderr: '', exitCode: 0 };
}

const setFlags = flagList({
  name: 'set-raw-bytes',
  type: 'bool',
  usage: 'When writing a []byte PROPERTY_VALUE, write the given string directly without base64 decoding.',
});

function setProperty(inv: CommandInv<typeof setFlags>): CommandOutcome {
  if (inv.args.length !== 2) return helpError(inv, `Unexpected args: [${inv.args.join(' ')}]`);
  const [name = '', value = ''] = inv.args;
  if (value === '') throw new KubectlError('you cannot use set to unset a property');
  if (name === '') throw new KubectlError('you must specify a property');
  save(inv, editProperty(load(inv), name, value, { unset: false, rawBytes: inv.flags.bool('set-raw-bytes') }));
  return { stdout: `Property "${name}" set.\n`, stderr: '', exitCode: 0 };
}

function unsetProperty(inv: KubeInv): CommandOutcome {
  if (inv.args.length !== 1) return helpError(inv, `Unexpected args: [${inv.args.join(' ')}]`);
  const name = inv.args[0]!;
  if (name === '') throw new KubectlError('you must specify a property');
  save(inv, editProperty(load(inv), name, '', { unset: true, rawBytes: false }));
  return { stdout: `Property "${name}" unset.\n`, stderr: '', exitCode: 0 };
}

function deleteEntry(inv: KubeInv, list: 'clusters' | 'users'): CommandOutcome {
  const what = list === 'clusters' ? 'cluster' : 'user';
  if (inv.args.length !== 1) {
    if (list === 'clusters') return { stdout: KUBECTL_HELP[inv.path] ?? '', stderr: '', exitCode: 0 };
    throw new UsageError('user to delete is required');
  }
  const name = inv.args[0]!;
  const config = load(inv);
  const entries = config[list] ?? [];
  if (!entries.some((e) => e.name === name))
    throw new KubectlError(`cannot delete ${what} ${name}, not in ${configFile(inv)}`);
  save(inv, { ...config, [list]: entries.filter((e) => e.name !== name) });
  return { stdout: `deleted ${what} ${name} from ${configFile(inv)}\n`, stderr: '', exitCode: 0 };
}

export const configEntryCommands = [
  defineCommand({
    use: 'delete-cluster NAME',
    short: 'Delete the specified cluster from the kubeconfig',
    run: (inv) => deleteEntry(inv, 'clusters'),
  }),
  defineCommand({
    use: 'delete-user NAME',
    short: 'Delete the specified user from the kubeconfig',
    run: (inv) => deleteEntry(inv, 'users'),
  }),
  defineCommand({
    use: 'set PROPERTY_NAME PROPERTY_VALUE',
    short: 'Set an individual value in a kubeconfig file',
    flags: setFlags,
    run: setProperty,
  }),
  defineCommand({
    use: 'set-cluster NAME [--server=server] [--certificate-authority=path/to/certificate/authority] [--insecure-skip-tls-verify=true] [--tls-server-name=example.com]',
    short: 'Set a cluster entry in kubeconfig',
    flags: setClusterFlags,
    run: setCluster,
  }),
  defineCommand({
    use: 'set-credentials NAME [--client-certificate=path/to/certfile] [--client-key=path/to/keyfile] [--token=bearer_token] [--username=basic_user] [--password=basic_password] [--auth-provider=provider_name] [--auth-provider-arg=key=value] [--exec-command=exec_command] [--exec-api-version=exec_api_version] [--exec-arg=arg] [--exec-env=key=value]',
    short: 'Set a user entry in kubeconfig',
    flags: setCredentialsFlags,
    run: setCredentials,
  }),
  defineCommand({
    use: 'unset PROPERTY_NAME',
    short: 'Unset an individual value in a kubeconfig file',
    run: unsetProperty,
  }),
];
