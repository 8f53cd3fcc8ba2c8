/**
 * The printing half of kubectl: everything that turns API objects into the bytes real kubectl
 * prints. Pure: time is always passed in (`now`, epoch ms, from the cluster clock).
 */
export type { Cell, ColumnDef, KubeObject, RowContext, TablePrinter } from './types.js';
export {
  formatRFC1123Z,
  humanDuration,
  shortHumanDuration,
  translateTimestampSince,
  translateTimestampUntil,
} from './duration.js';
export { formatLabels, formatLabelSelector, selectorString } from './labels.js';
export {
  formatCells,
  formatGrid,
  formatTabbedText,
  DESCRIBE_TABS,
  TABLE_TABS,
  type Grid,
  type TabConfig,
} from './tabwriter.js';
export {
  renderRows,
  renderTable,
  renderTables,
  tableGrid,
  TableStream,
  type TableOptions,
  type TableSection,
} from './table.js';
export { groupKind, groupOf, inTableOrder, isBuiltinKind, kindPrefix, printerFor } from './columns/index.js';
export { podStatusCells } from './columns/pod.js';
export { clusterPrinterFor, clusterPrinters } from './crdPrinters.js';
export {
  crdColumnsPrinter,
  customResourcePrinter,
  defaultTablePrinter,
  type PrinterColumn,
} from './columns/generic.js';
export { PrintError } from './formats/errors.js';
export {
  GET_OUTPUT_FORMATS,
  OBJECT_OUTPUT_FORMATS,
  parseOutputFormat,
  printObjects,
  unknownFormatError,
  type OutputSpec,
  type ParseOutputOptions,
  type PrintOptions,
} from './formats/output.js';
export { asList, toJson, toName, toYaml, withoutManagedFields } from './formats/structured.js';
export { sortFieldMissing, sortObjects, sortPath } from './formats/sortBy.js';
export { executeGoTemplate, parseGoTemplate, TemplateError } from './formats/goTemplate.js';
export { parseCustomColumns, parseCustomColumnsFile, renderCustomColumns } from './formats/customColumns.js';
export { describeObject, describeObjects, type DescribeInput } from './describe/index.js';
export {
  renderApiResources,
  renderEventsTable,
  renderTopNodes,
  renderTopPods,
  type ApiResource,
  type EventsTableOptions,
  type NodeMetrics,
  type PodMetrics,
  type TopNodesOptions,
  type TopPodsOptions,
} from './tables.js';
