/** `kubectl create secret generic|tls|docker-registry`. */
import { resolvePath } from '../../../shell/vfs.js';
import { KubectlError } from '../../errors.js';
import { meta } from '../../generators.js';
import { genericFlags, oneName, ns, required, gen, sortObj } from './generator.js';
import { dataFrom, b64, dataFlags } from './data.js';
import { defineCommand } from '../globals.js';

export const createSecret = defineCommand({
  use: 'secret (docker-registry | generic | tls)',
  short: 'Create a secret using a specified subcommand',
  long: 'Create a secret with specified type.\n\n A docker-registry type secret is for accessing a container registry.\n\n A generic type secret indicate an Opaque secret type.\n\n A tls type secret holds TLS certificate and its associated key.',
  sub: [
    defineCommand({
      use: 'generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none]',
      short: 'Create a secret from a local file, directory, or literal value',
      flags: [...genericFlags, ...dataFlags, { name: 'type', type: 'string', usage: 'The type of secret to create' }],
      run: (inv) => {
        const name = oneName(inv);
        const data = Object.fromEntries(Object.entries(dataFrom(inv)).map(([k, v]) => [k, b64(v)]));
        const type = inv.flags.str('type');
        return gen(inv, {
          kind: 'Secret',
          apiVersion: 'v1',
          metadata: meta(name, undefined, ns(inv)),
          ...(Object.keys(data).length ? { data: sortObj(data) } : {}),
          ...(type ? { type } : {}),
        });
      },
    }),
    defineCommand({
      use: 'tls NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none]',
      short: 'Create a TLS secret',
      flags: [
        ...genericFlags,
        { name: 'cert', type: 'string', usage: 'Path to PEM encoded public key certificate.' },
        { name: 'key', type: 'string', usage: 'Path to private key associated with given certificate.' },
        { name: 'append-hash', type: 'bool', usage: 'Append a hash of the secret to its name.' },
      ],
      run: (inv) => {
        const name = oneName(inv);
        required(inv, 'cert', 'key');
        const read = (p: string): string => {
          const abs = resolvePath(inv.ctx.cwd, p);
          if (!inv.ctx.vfs.stat(abs)) throw new KubectlError(`open ${p}: no such file or directory`);
          return inv.ctx.vfs.readFile(abs);
        };
        const cert = read(inv.flags.str('cert'));
        const key = read(inv.flags.str('key'));
        if (!cert.includes('-----BEGIN CERTIFICATE-----'))
          throw new KubectlError('failed to load key pair tls: failed to find any PEM data in certificate input');
        return gen(inv, {
          kind: 'Secret',
          apiVersion: 'v1',
          metadata: meta(name, undefined, ns(inv)),
          data: { 'tls.crt': b64(cert), 'tls.key': b64(key) },
          type: 'kubernetes.io/tls',
        });
      },
    }),
    defineCommand({
      use: 'docker-registry NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string] [--from-file=[key=]source] [--dry-run=server|client|none]',
      short: 'Create a secret for use with a Docker registry',
      flags: [
        ...genericFlags,
        {
          name: 'docker-server',
          type: 'string',
          default: 'https://index.docker.io/v1/',
          usage: 'Server location for Docker registry',
        },
        { name: 'docker-username', type: 'string', usage: 'Username for Docker registry authentication' },
        { name: 'docker-password', type: 'string', usage: 'Password for Docker registry authentication' },
        { name: 'docker-email', type: 'string', usage: 'Email for Docker registry' },
        {
          name: 'from-file',
          type: 'stringArray',
          usage:
            'Key files can be specified using their file path, in which case a default name of .dockerconfigjson will be given to them, or optionally with a name and file path, in which case the given name will be used.',
        },
      ],
      run: (inv) => {
        const name = oneName(inv);
        if (!inv.flags.str('docker-username') || !inv.flags.str('docker-password')) {
          throw new KubectlError(
            'either --from-file or the combination of --docker-username, --docker-password and --docker-server is required',
          );
        }
        const server = inv.flags.str('docker-server') || 'https://index.docker.io/v1/';
        const user = inv.flags.str('docker-username');
        const pass = inv.flags.str('docker-password');
        const email = inv.flags.str('docker-email');
        const auth = {
          auths: {
            [server]: { username: user, password: pass, ...(email ? { email } : {}), auth: b64(`${user}:${pass}`) },
          },
        };
        return gen(inv, {
          kind: 'Secret',
          apiVersion: 'v1',
          metadata: meta(name, undefined, ns(inv)),
          data: { '.dockerconfigjson': b64(JSON.stringify(auth)) },
          type: 'kubernetes.io/dockerconfigjson',
        });
      },
    }),
  ],
});
