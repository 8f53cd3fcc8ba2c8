/** `kubectl get --watch`: the program that prints each change to the watched objects as it happens. */
import type { ProgramStart } from '../../shell/command.js';
import type { ApiServer, Cluster, Stored, WatchEvent } from '../../sim/index.js';
import { clusterPrinterFor } from '../print/crdPrinters.js';
import type { OutputSpec } from '../print/formats/output.js';
import { renderTable } from '../print/table.js';
import { print } from './common.js';

/** What `get` resolved before watching: the objects' resources and how it printed them. */
export interface WatchPlan {
  readonly server: ApiServer;
  readonly cluster: Cluster;
  readonly targets: readonly { resource: string; namespace?: string | undefined; name?: string | undefined }[];
  readonly spec: OutputSpec | undefined;
  readonly opts: Parameters<typeof print>[2] & { readonly noHeaders: boolean };
  /** The objects as listed before watching ('' with --watch-only). */
  readonly initial: string;
  /** "No resources found" when nothing was listed. */
  readonly empty: string;
  /** What the command printed before the program started. */
  readonly shown: string;
}

export function watchProgram({ server, cluster, targets, spec, opts, initial, empty, shown }: WatchPlan): ProgramStart {
  let headerPrinted = initial !== '' && !opts.noHeaders;
  return (io) => {
    io.write(shown);
    if (initial) io.write(initial);
    if (empty) io.write(`${empty}\n`);
    const unsubscribe: (() => void)[] = [];
    const onEvent = (ev: WatchEvent): void => {
      const obj = ev.object as Stored;
      const t = targets.find(
        (x) =>
          x.resource === ev.resource &&
          (x.namespace === undefined || x.namespace === obj.metadata.namespace) &&
          (x.name === undefined || x.name === obj.metadata.name),
      );
      if (!t) return;
      if (spec && spec.kind !== 'table') {
        io.write(print([obj], spec, { ...opts, asList: false }));
        return;
      }
      const printer = clusterPrinterFor(cluster, obj.apiVersion, obj.kind);
      const rendered = renderTable(
        printer,
        [obj],
        { now: cluster.now() },
        { ...opts, wide: spec?.kind === 'table' && spec.wide, noHeaders: headerPrinted || opts.noHeaders },
      );
      headerPrinted = true;
      io.write(rendered);
    };
    try {
      for (const resource of new Set(targets.map((t) => t.resource))) {
        const ns = targets.find((t) => t.resource === resource)?.namespace;
        unsubscribe.push(server.watch(resource, { namespace: ns }, onEvent));
      }
    } catch (e) {
      io.write(`Error from server: ${(e as Error).message}\n`);
      io.exit(1);
    }
    return {
      onInterrupt: () => {
        for (const u of unsubscribe) u();
      },
    };
  };
}
