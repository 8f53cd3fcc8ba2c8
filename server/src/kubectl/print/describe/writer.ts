/**
 * kubectl describe's PrefixWriter over its tabwriter (minwidth 0, padding 2): text is buffered and
 * aligned block by block; flush() ends the current blocks, as DescribeEvents does before its table.
 */
import { formatTabbedText, DESCRIBE_TABS } from '../tabwriter.js';

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;
export const LEVEL_4 = 4;

export class PrefixWriter {
  private done = '';
  private pending = '';

  /** Writes `text` after two spaces per level (only at the start of the text, as Go's does). */
  write(level: number, text: string): void {
    this.pending += '  '.repeat(level) + text;
  }

  /** fmt.Sprintln of the arguments. */
  writeLine(...parts: string[]): void {
    this.pending += parts.join(' ') + '\n';
  }

  flush(): void {
    this.done += formatTabbedText(this.pending, DESCRIBE_TABS);
    this.pending = '';
  }

  toString(): string {
    this.flush();
    return this.done;
  }
}

/** Like NewNestedPrefixWriter: every write is `indent` levels deeper. */
export class NestedPrefixWriter extends PrefixWriter {
  constructor(
    private readonly inner: PrefixWriter,
    private readonly indent: number,
  ) {
    super();
  }

  override write(level: number, text: string): void {
    this.inner.write(level + this.indent, text);
  }

  override writeLine(...parts: string[]): void {
    this.inner.write(this.indent, parts.join(' ') + '\n');
  }

  override flush(): void {
    this.inner.flush();
  }
}
