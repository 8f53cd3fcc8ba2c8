/**
 * Keeps the terminal's rows and columns matched to its container: a ResizeObserver on the
 * container, debounced, never below a minimum size, and reporting a size only when it changed.
 */
import type { FitAddon } from '@xterm/addon-fit';
import type { Terminal } from '@xterm/xterm';
import { BOUNDS } from './bounds';

export interface Size {
  cols: number;
  rows: number;
}

export function clampSize(size: Size): Size {
  return {
    cols: Math.min(BOUNDS.maxCols, Math.max(BOUNDS.minCols, Math.floor(size.cols))),
    rows: Math.min(BOUNDS.maxRows, Math.max(BOUNDS.minRows, Math.floor(size.rows))),
  };
}

/** Starts following the container; `onChange` gets each new size once. Returns the stop function. */
export function followContainerSize(
  container: HTMLElement,
  term: Terminal,
  fit: FitAddon,
  onChange: (size: Size) => void,
  debounceMs = 120,
): { stop(): void; current(): Size } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: Size | null = null;

  const apply = () => {
    timer = undefined;
    const proposed = fit.proposeDimensions();
    if (!proposed || !Number.isFinite(proposed.cols) || !Number.isFinite(proposed.rows)) return;
    const size = clampSize(proposed);
    if (size.cols !== term.cols || size.rows !== term.rows) term.resize(size.cols, size.rows);
    if (last && last.cols === size.cols && last.rows === size.rows) return;
    last = size;
    onChange(size);
  };

  const observer = new ResizeObserver(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(apply, debounceMs);
  });
  observer.observe(container);
  apply();

  return {
    stop() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
    current: () => ({ cols: term.cols, rows: term.rows }),
  };
}
