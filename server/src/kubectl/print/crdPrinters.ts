/**
 * The table printer of a kind as the cluster serves it: a custom resource prints its CRD's additionalPrinterColumns
 * (kube-apiserver's default for a CRD without any is NAME and AGE), every other kind kubectl's own printer.
 */
import type { Cluster } from '../../sim/index.js';
import { groupResource } from '../../sim/index.js';
import { printerFor } from './columns/index.js';
import { crdColumnsPrinter, customResourcePrinter, type PrinterColumn } from './columns/generic.js';
import type { TablePrinter } from './types.js';

interface CrdColumns {
  spec?: { versions?: { name: string; additionalPrinterColumns?: PrinterColumn[] }[] };
}

/** One printer per stored CRD (stored objects never change, so a new version is a new key). */
const printers = new WeakMap<object, TablePrinter>();

export function clusterPrinterFor(cluster: Cluster, apiVersion: string | undefined, kind: string): TablePrinter {
  let type;
  try {
    type = cluster.registry.forObject(apiVersion ?? '', kind);
  } catch {
    return printerFor(apiVersion, kind);
  }
  if (!cluster.registry.isCustom(type)) return printerFor(apiVersion, kind);
  const crd = cluster.api.find<CrdColumns>(
    'customresourcedefinitions.apiextensions.k8s.io',
    undefined,
    groupResource(type),
  );
  if (!crd) return customResourcePrinter;
  let printer = printers.get(crd);
  if (!printer) {
    const columns = crd.spec?.versions?.find((v) => v.name === type.version)?.additionalPrinterColumns;
    printer = columns?.length ? crdColumnsPrinter(columns) : customResourcePrinter;
    printers.set(crd, printer);
  }
  return printer;
}

/** The lookup the printers take (PrintOptions.printerFor). */
export const clusterPrinters =
  (cluster: Cluster) =>
  (apiVersion: string | undefined, kind: string): TablePrinter =>
    clusterPrinterFor(cluster, apiVersion, kind);
