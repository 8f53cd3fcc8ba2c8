/**
 * The terminal's options and character widths, shared by the browser (mountTerminal.ts) and the
 * tests' headless screen (tests/support/terminal.ts), so that what the tests read is what a student
 * sees. No relative imports: the tests' Node build compiles this file too.
 */
import { Unicode11Addon } from '@xterm/addon-unicode11';
import type { ITerminalInitOnlyOptions, ITerminalOptions, ITheme } from '@xterm/xterm';

/** A dark theme whose every ANSI colour keeps at least 4.5:1 contrast on the background. */
const THEME: ITheme = {
  background: '#111418',
  foreground: '#e6e6e6',
  cursor: '#f5f5f5',
  selectionBackground: '#3b5b85',
  black: '#2e3436',
  red: '#ff6b6b',
  green: '#7ee787',
  yellow: '#f2cc60',
  blue: '#79b8ff',
  magenta: '#d2a8ff',
  cyan: '#76e3ea',
  white: '#e6e6e6',
  brightBlack: '#9aa4ad',
  brightRed: '#ff8b8b',
  brightGreen: '#a5f3a0',
  brightYellow: '#ffe08a',
  brightBlue: '#a5d0ff',
  brightMagenta: '#e2c5ff',
  brightCyan: '#a3f0f5',
  brightWhite: '#ffffff',
};

export const TERMINAL_OPTIONS = {
  fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
  fontSize: 14,
  // At 1.0 the DOM renderer's 16px rows clip the underscore of DejaVu Sans Mono 14px on 1x screens (`A_B` shows as `A B`).
  lineHeight: 1.2,
  scrollback: 5000,
  theme: THEME,
  // `terminal.unicode` is a proposed API.
  allowProposedApi: true,
} satisfies ITerminalOptions & ITerminalInitOnlyOptions;

/** A terminal that `useUnicode11Widths` can set up: the browser's or the headless one. */
interface UnicodeTerminal {
  loadAddon(addon: Unicode11Addon): void;
  readonly unicode: { activeVersion: string };
}

/**
 * Unicode 11 widths (emoji and CJK take two cells), as the server's line editor assumes
 * (server/src/shell/width.ts); without them the cursor lands wrong after such characters.
 */
export function useUnicode11Widths(term: UnicodeTerminal): void {
  term.loadAddon(new Unicode11Addon());
  term.unicode.activeVersion = '11';
}
