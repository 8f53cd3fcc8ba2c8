/** The data of ConfigMaps and Secrets from --from-file, --from-literal and --from-env-file. */
import { resolvePath } from '../../../shell/vfs.js';
import { flagList, type SchemaOf } from '../../cli/flags.js';
import { KubectlError } from '../../errors.js';
import type { KubeInv } from '../../env.js';

function readFromFile(inv: KubeInv, spec: string): [string, string][] {
  const eq = spec.indexOf('=');
  const key = eq > 0 ? spec.slice(0, eq) : undefined;
  const path = eq > 0 ? spec.slice(eq + 1) : spec;
  const abs = resolvePath(inv.ctx.cwd, path.replace(/^~(?=\/|$)/, inv.ctx.home));
  if (!inv.ctx.vfs.stat(abs)) throw new KubectlError(`error reading ${path}: no such file or directory`);
  if (inv.ctx.vfs.isDir(abs)) {
    return inv.ctx.vfs
      .readdir(abs)
      .filter((n) => !inv.ctx.vfs.isDir(`${abs}/${n}`))
      .map((n) => [n, inv.ctx.vfs.readFile(`${abs}/${n}`)]);
  }
  return [[key ?? abs.split('/').pop()!, inv.ctx.vfs.readFile(abs)]];
}

function literalPairs(items: readonly string[]): [string, string][] {
  return items.map((l) => {
    const eq = l.indexOf('=');
    if (eq <= 0) throw new KubectlError(`invalid literal source ${l}, expected key=value`);
    return [l.slice(0, eq), l.slice(eq + 1)];
  });
}

export const dataFlags = flagList(
  {
    name: 'from-literal',
    type: 'stringArray',
    usage: 'Specify a key and literal value to insert in configmap (i.e. mykey=somevalue)',
  },
  {
    name: 'from-file',
    type: 'stringArray',
    usage:
      'Key file can be specified using its file path, in which case file basename will be used as configmap key, or optionally with a key and file path, in which case the given key will be used.  Specifying a directory will iterate each named file in the directory whose basename is a valid configmap key.',
  },
  {
    name: 'from-env-file',
    type: 'stringArray',
    usage: 'Specify the path to a file to read lines of key=val pairs to create a configmap.',
  },
  { name: 'append-hash', type: 'bool', usage: 'Append a hash of the configmap to its name.' },
);

export function dataFrom(inv: KubeInv<SchemaOf<typeof dataFlags>>): Record<string, string> {
  const data: Record<string, string> = {};
  const add = ([k, v]: [string, string]): void => {
    if (k in data)
      throw new KubectlError(
        `cannot add key ${k}, another key by that name already exists in Data for ConfigMap "${inv.args[0] ?? ''}"`,
      );
    data[k] = v;
  };
  for (const p of literalPairs(inv.flags.list('from-literal'))) add(p);
  for (const file of inv.flags.list('from-file')) for (const p of readFromFile(inv, file)) add(p);
  for (const file of inv.flags.list('from-env-file')) {
    const text = inv.ctx.vfs.readFile(resolvePath(inv.ctx.cwd, file));
    for (const line of text.split('\n')) {
      const t = line.trim();
      if (!t || t.startsWith('#')) continue;
      const eq = t.indexOf('=');
      add(eq < 0 ? [t, ''] : [t.slice(0, eq), t.slice(eq + 1)]);
    }
  }
  return data;
}

export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
