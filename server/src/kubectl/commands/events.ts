/** `kubectl events`: the event table, for a namespace, all of them or one object. */
import type { CommandOutcome } from '../../shell/command.js';
import type { Stored } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { api, namespaceOf, now } from '../env.js';
import { renderRows } from '../print/table.js';
import { shortHumanDuration, translateTimestampSince } from '../print/duration.js';
import { f } from './common.js';
import { defineCommand, type CommandInv } from './globals.js';

const eventsFlags = flagList(
  f.allNamespaces(),
  { name: 'for', type: 'string', usage: 'Filter events to only those pertaining to the specified resource.' },
  { name: 'types', type: 'stringArray', usage: 'Output only events of given types.' },
  { name: 'watch', short: 'w', type: 'bool', usage: 'After listing the requested events, watch for more events.' },
  { name: 'no-headers', type: 'bool', usage: "When using the default output format, don't print headers." },
  f.output(),
);

function events(inv: CommandInv<typeof eventsFlags>): CommandOutcome {
  const server = api(inv);
  const allNs = inv.flags.bool('all-namespaces');
  let items = server.list('events', { namespace: allNs ? undefined : namespaceOf(inv) }).items as unknown as (Stored & {
    type?: string;
    reason?: string;
    message?: string;
    count?: number;
    lastTimestamp?: string;
    firstTimestamp?: string;
    involvedObject: { kind?: string; name?: string };
  })[];
  const types = inv.flags.list('types').flatMap((t) => t.split(','));
  if (types.length) items = items.filter((e) => types.includes(e.type ?? ''));
  const forObj = inv.flags.str('for');
  if (forObj) {
    const [k = '', n = ''] = forObj.split('/');
    const type = inv.env.cluster.registry.resolve(k);
    items = items.filter((e) => e.involvedObject.name === n && (!type || e.involvedObject.kind === type.kind));
  }
  items.sort((a, b) =>
    (a.lastTimestamp ?? a.metadata.creationTimestamp).localeCompare(b.lastTimestamp ?? b.metadata.creationTimestamp),
  );
  if (items.length === 0) {
    inv.out.error(allNs ? 'No events found.' : `No events found in ${namespaceOf(inv)} namespace.`);
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  const t = now(inv);
  const rows: string[][] = [[...(allNs ? ['NAMESPACE'] : []), 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']];
  for (const e of items) {
    const last = translateTimestampSince(e.lastTimestamp ?? e.metadata.creationTimestamp, t);
    const seen =
      (e.count ?? 1) > 1
        ? `${last} (x${e.count ?? 1} over ${translateTimestampSince(e.firstTimestamp ?? e.metadata.creationTimestamp, t)})`
        : last;
    rows.push([
      ...(allNs ? [e.metadata.namespace ?? ''] : []),
      seen,
      e.type ?? '',
      e.reason ?? '',
      `${(e.involvedObject.kind ?? '').toLowerCase()}/${e.involvedObject.name ?? ''}`,
      e.message ?? '',
    ]);
  }
  void shortHumanDuration;
  return { stdout: renderRows(rows), stderr: '', exitCode: 0 };
}

export const eventsCommand = defineCommand({
  use: 'events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning]',
  short: 'List events',
  long: 'Display events.\n\n Prints a table of the most important information about events. You can request events for a namespace, for all namespace, or filtered to only those pertaining to a specified resource.',
  example: `  # List recent events in the default namespace
  kubectl events
  
  # List recent events in all namespaces
  kubectl events --all-namespaces
  
  # List recent events for the specified pod, then wait for more events and list them as they arrive
  kubectl events --for pod/web-pod-13je7 --watch
  
  # List recent events in YAML format
  kubectl events -oyaml
  
  # List recent only events of type 'Warning' or 'Normal'
  kubectl events --types=Warning,Normal`,
  flags: eventsFlags,
  run: events,
});
