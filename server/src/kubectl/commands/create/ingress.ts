/** `kubectl create ingress`. */
import { KubectlError } from '../../errors.js';
import { meta } from '../../generators.js';
import { genericFlags, oneName, ns, gen } from './generator.js';
import { defineCommand } from '../globals.js';

export const createIngress = defineCommand({
  use: 'ingress NAME --rule=host/path=service:port[,tls[=secret]] ',
  aliases: ['ing'],
  short: 'Create an ingress with the specified name',
  long: 'Create an ingress with the specified name.',
  flags: [
    ...genericFlags,
    {
      name: 'rule',
      type: 'stringArray',
      usage:
        "Rule in format host/path=service:port[,tls=secretname]. Paths containing the leading character '*' are considered pathType=Prefix. tls argument is optional.",
    },
    { name: 'class', type: 'string', usage: 'Ingress Class to be used' },
    { name: 'default-backend', type: 'string', usage: 'Default service for backend, in format of svcname:port' },
    {
      name: 'annotation',
      type: 'stringArray',
      usage: 'Annotation to insert in the ingress object, in the format annotation=value',
    },
  ],
  run: (inv) => {
    const name = oneName(inv);
    const rulesOut: Record<string, unknown>[] = [];
    const tls: Record<string, unknown>[] = [];
    for (const r of inv.flags.list('rule')) {
      const m = /^([^/=]*)(\/[^=]*)?=([^:,]+):([^,]+)(?:,tls(?:=(.*))?)?$/.exec(r);
      if (!m)
        throw new KubectlError(`rule ${r} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`);
      const host = m[1] ?? '';
      let path = m[2] ?? '/';
      const pathType = path.endsWith('*') ? 'Prefix' : 'Exact';
      path = path.replace(/\*$/, '');
      const port = /^\d+$/.test(m[4]!) ? { number: Number(m[4]) } : { name: m[4] };
      const rule: Record<string, unknown> = {
        ...(host ? { host } : {}),
        http: { paths: [{ backend: { service: { name: m[3], port } }, path, pathType }] },
      };
      rulesOut.push(rule);
      if (r.includes(',tls')) tls.push({ ...(host ? { hosts: [host] } : {}), ...(m[5] ? { secretName: m[5] } : {}) });
    }
    const cls = inv.flags.str('class');
    const annotations: Record<string, string> = Object.fromEntries(
      inv.flags
        .list('annotation')
        .map((a): [string, string] => [a.split('=')[0] ?? '', a.split('=').slice(1).join('=')]),
    );
    const metadata = meta(name, undefined, ns(inv));
    if (Object.keys(annotations).length) metadata.annotations = annotations;
    return gen(inv, {
      kind: 'Ingress',
      apiVersion: 'networking.k8s.io/v1',
      metadata,
      spec: { ...(cls ? { ingressClassName: cls } : {}), rules: rulesOut, ...(tls.length ? { tls } : {}) },
      status: { loadBalancer: {} },
    });
  },
});
