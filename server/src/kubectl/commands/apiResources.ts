/** `kubectl api-resources` and `kubectl api-versions`: what discovery serves. */
import type { CommandOutcome } from '../../shell/command.js';
import { preferredTypes, servedTypes } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { api } from '../env.js';
import { renderRows } from '../print/table.js';
import { defineCommand, type CommandInv } from './globals.js';

const apiResourcesFlags = flagList(
  { name: 'api-group', type: 'string', usage: 'Limit to resources in the specified API group.' },
  { name: 'cached', type: 'bool', usage: 'Use the cached list of resources if available.' },
  { name: 'categories', type: 'stringArray', usage: 'Limit to resources that belong to the specified categories.' },
  {
    name: 'namespaced',
    type: 'string',
    noOptDefault: 'true',
    usage: 'If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.',
  },
  {
    name: 'no-headers',
    type: 'bool',
    usage: "When using the default or custom-column output format, don't print headers (default print headers).",
  },
  { name: 'output', short: 'o', type: 'string', usage: 'Output format. One of: (wide, name).' },
  {
    name: 'sort-by',
    type: 'string',
    usage: "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'.",
  },
  { name: 'verbs', type: 'stringArray', usage: 'Limit to resources that support the specified verbs.' },
);

function apiResources(inv: CommandInv<typeof apiResourcesFlags>): CommandOutcome {
  api(inv);
  const namespaced = inv.flags.str('namespaced');
  const group = inv.flags.has('api-group') ? inv.flags.str('api-group') : undefined;
  const verbs = inv.flags.list('verbs').flatMap((v) => v.split(','));
  let types = preferredTypes(inv.env.cluster).filter(
    (t) => (group === undefined || t.group === group) && verbs.every((v) => t.verbs.includes(v)),
  );
  if (namespaced !== '') types = types.filter((t) => String(t.namespaced) === namespaced);
  const output = inv.flags.str('output');
  if (output === 'name')
    return {
      stdout: types.map((t) => `${t.plural}${t.group ? `.${t.group}` : ''}\n`).join(''),
      stderr: '',
      exitCode: 0,
    };
  const wide = output === 'wide';
  const rows: string[][] = inv.flags.bool('no-headers')
    ? []
    : [['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(wide ? ['VERBS', 'CATEGORIES'] : [])]];
  for (const t of types) {
    rows.push([
      t.plural,
      t.shortNames.join(','),
      t.group ? `${t.group}/${t.version}` : t.version,
      String(t.namespaced),
      t.kind,
      ...(wide ? [t.verbs.join(','), t.categories.join(',')] : []),
    ]);
  }
  return { stdout: renderRows(rows), stderr: '', exitCode: 0 };
}

function apiVersions(inv: CommandInv<typeof apiResourcesFlags>): CommandOutcome {
  api(inv);
  const set = new Set(servedTypes(inv.env.cluster).map((t) => (t.group ? `${t.group}/${t.version}` : t.version)));
  return {
    stdout: [...set]
      .sort()
      .map((v) => `${v}\n`)
      .join(''),
    stderr: '',
    exitCode: 0,
  };
}

export const apiResourcesCommand = defineCommand({
  use: 'api-resources',
  short: 'Print the supported API resources on the server',
  long: 'Print the supported API resources on the server.',
  example: `  # Print the supported API resources
  kubectl api-resources
  
  # Print the supported API resources with more information
  kubectl api-resources -o wide
  
  # Print the supported API resources sorted by a column
  kubectl api-resources --sort-by=name
  
  # Print the supported namespaced resources
  kubectl api-resources --namespaced=true
  
  # Print the supported non-namespaced resources
  kubectl api-resources --namespaced=false
  
  # Print the supported API resources with a specific APIGroup
  kubectl api-resources --api-group=rbac.authorization.k8s.io`,
  flags: apiResourcesFlags,
  run: apiResources,
});

export const apiVersionsCommand = defineCommand({
  use: 'api-versions',
  short: 'Print the supported API versions on the server, in the form of "group/version"',
  long: 'Print the supported API versions on the server, in the form of "group/version".',
  example: '  # Print the supported API versions\n  kubectl api-versions',
  run: apiVersions,
});
