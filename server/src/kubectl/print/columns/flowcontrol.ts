/**
 * FlowSchema and PriorityLevelConfiguration, as printers.go prints them (printFlowSchema, printFlowSchemaList,
 * printPriorityLevelConfiguration): a list of flow schemas comes in matching order (precedence, then name), MISSINGPL
 * is the `Dangling` condition's status (`?` before the controller has set it), and a level without limits shows
 * `<none>` for its numbers.
 */
import type { HasMeta } from './common.js';
import { age, col, NAME } from './common.js';
import type { TablePrinter } from '../types.js';

interface FlowSchema extends HasMeta {
  readonly spec?: {
    readonly priorityLevelConfiguration?: { readonly name?: string };
    readonly matchingPrecedence?: number;
    readonly distinguisherMethod?: { readonly type?: string };
  };
  readonly status?: { readonly conditions?: readonly { readonly type?: string; readonly status?: string }[] };
}

interface PriorityLevel extends HasMeta {
  readonly spec?: {
    readonly type?: string;
    readonly limited?: {
      readonly nominalConcurrencyShares?: number;
      readonly limitResponse?: {
        readonly queuing?: { readonly queues?: number; readonly handSize?: number; readonly queueLengthLimit?: number };
      };
    };
  };
}

const precedence = (fs: FlowSchema) => fs.spec?.matchingPrecedence ?? 0;
const nameOf = (o: HasMeta) => o.metadata?.name ?? '';

export const flowSchemaPrinter: TablePrinter<FlowSchema> = {
  columns: [
    NAME,
    col('PriorityLevel'),
    col('MatchingPrecedence'),
    col('DistinguisherMethod'),
    col('Age'),
    col('MissingPL'),
  ],
  row: (fs, ctx) => [
    nameOf(fs),
    fs.spec?.priorityLevelConfiguration?.name ?? '',
    precedence(fs),
    fs.spec?.distinguisherMethod?.type ?? '<none>',
    age(fs, ctx),
    fs.status?.conditions?.find((c) => c.type === 'Dangling')?.status ?? '?',
  ],
  listOrder: (a, b) =>
    precedence(a) !== precedence(b)
      ? precedence(a) - precedence(b)
      : nameOf(a) < nameOf(b)
        ? -1
        : nameOf(a) > nameOf(b)
          ? 1
          : 0,
};

export const priorityLevelConfigurationPrinter: TablePrinter<PriorityLevel> = {
  columns: [
    NAME,
    col('Type'),
    col('NominalConcurrencyShares'),
    col('Queues'),
    col('HandSize'),
    col('QueueLengthLimit'),
    col('Age'),
  ],
  row: (pl, ctx) => {
    const limited = pl.spec?.limited;
    const queuing = limited?.limitResponse?.queuing;
    return [
      nameOf(pl),
      pl.spec?.type ?? '',
      limited ? (limited.nominalConcurrencyShares ?? 0) : '<none>',
      queuing?.queues ?? '<none>',
      queuing?.handSize ?? '<none>',
      queuing?.queueLengthLimit ?? '<none>',
      age(pl, ctx),
    ];
  },
};
