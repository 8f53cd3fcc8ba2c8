/** Shared shapes of the printing layer. */
import type { ObjectMeta } from 'kubernetes-types/meta/v1';

/**
 * Any Kubernetes object as the API server returns it. No index signature, so typed objects from
 * kubernetes-types (Pod, Deployment…) can be passed as they are.
 */
export interface KubeObject {
  readonly apiVersion?: string | undefined;
  readonly kind?: string | undefined;
  readonly metadata?: ObjectMeta | undefined;
}

/** A table cell as the server's Table sends it; printed the way Go's fmt.Print would. */
export type Cell = string | number | boolean;

export interface ColumnDef {
  /** The column name as printers.go declares it ("Nominated Node"); headers are upper-cased. */
  readonly name: string;
  /** 0 = always shown, 1 = only with `-o wide`. */
  readonly priority: 0 | 1;
}

/** What a row function needs besides the object. */
export interface RowContext {
  /** The cluster clock, epoch ms. */
  readonly now: number;
}

/** A printer as data: columns plus one row function returning a cell for every column. */
export interface TablePrinter<T = KubeObject> {
  readonly columns: readonly ColumnDef[];
  readonly row: (obj: T, ctx: RowContext) => Cell[];
  /** The order the server's list printer sorts a list's rows in (printFlowSchemaList); absent, the list's own. */
  readonly listOrder?: (a: T, b: T) => number;
}
