/** `kubectl create quota`. */
import { meta } from '../../generators.js';
import { genericFlags, oneName, ns, gen, sortObj } from './generator.js';
import { defineCommand } from '../globals.js';

export const createQuota = defineCommand({
  use: 'quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2] [--dry-run=server|client|none]',
  aliases: ['resourcequota'],
  short: 'Create a quota with the specified name',
  long: 'Create a resource quota with the specified name, hard limits, and optional scopes.',
  flags: [
    ...genericFlags,
    {
      name: 'hard',
      type: 'string',
      usage: 'A comma-delimited set of resource=quantity pairs that define a hard limit.',
    },
    {
      name: 'scopes',
      type: 'string',
      usage: 'A comma-delimited set of quota scopes that must all match each object tracked by the quota.',
    },
  ],
  run: (inv) => {
    const name = oneName(inv);
    const hard: Record<string, string> = {};
    for (const pair of inv.flags
      .str('hard')
      .split(',')
      .filter((s) => s)) {
      const [k = '', v = ''] = pair.split('=');
      hard[k] = v;
    }
    const scopes = inv.flags
      .str('scopes')
      .split(',')
      .filter((s) => s);
    return gen(inv, {
      kind: 'ResourceQuota',
      apiVersion: 'v1',
      metadata: meta(name, undefined, ns(inv)),
      spec: { hard: sortObj(hard), ...(scopes.length ? { scopes } : {}) },
      status: {},
    });
  },
});
