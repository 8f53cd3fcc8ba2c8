/** `kubectl create poddisruptionbudget` (kubectl/pkg/cmd/create/create_pdb.go). */
import { meta } from '../../generators.js';
import { KubectlError } from '../../errors.js';
import { defineCommand } from '../globals.js';
import { gen, genericFlags, ns, oneName } from './generator.js';

/** intstr.Parse: a whole number stays a number, anything else (a percentage) a string. */
const intOrString = (s: string): number | string => (/^-?\d+$/.test(s) ? Number(s) : s);

export const createPdb = defineCommand({
  use: 'poddisruptionbudget NAME --selector=SELECTOR --min-available=N [--dry-run=server|client|none]',
  aliases: ['pdb'],
  short: 'Create a pod disruption budget with the specified name',
  long: 'Create a pod disruption budget with the specified name, selector, and desired minimum available pods.',
  flags: [
    ...genericFlags,
    {
      name: 'min-available',
      type: 'string',
      usage: 'The minimum number or percentage of available pods this budget requires.',
    },
    {
      name: 'max-unavailable',
      type: 'string',
      usage: 'The maximum number or percentage of unavailable pods this budget requires.',
    },
    {
      name: 'selector',
      type: 'string',
      usage: 'A label selector to use for this budget. Only equality-based selector requirements are supported.',
    },
  ],
  run: (inv) => {
    const name = oneName(inv);
    const min = inv.flags.str('min-available');
    const max = inv.flags.str('max-unavailable');
    const selector = inv.flags.str('selector');
    if (!selector) throw new KubectlError('a selector must be specified');
    if (!min && !max) throw new KubectlError('one of min-available or max-unavailable must be specified');
    if (min && max) throw new KubectlError('min-available and max-unavailable cannot be both specified');
    const matchLabels: Record<string, string> = {};
    for (const term of selector.split(',')) {
      const [key = '', value = ''] = term.split(/==?/);
      matchLabels[key.trim()] = value.trim();
    }
    // The typed object's field order; its status has four counts that are never omitted.
    return gen(inv, {
      kind: 'PodDisruptionBudget',
      apiVersion: 'policy/v1',
      metadata: meta(name, undefined, ns(inv)),
      spec: {
        ...(min ? { minAvailable: intOrString(min) } : {}),
        selector: { matchLabels },
        ...(max ? { maxUnavailable: intOrString(max) } : {}),
      },
      status: { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 },
    });
  },
});
