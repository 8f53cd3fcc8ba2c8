/**
 * Keys the browser should handle rather than the shell:
 * - copy: Ctrl+Shift+C, Cmd+C, or Ctrl+C while text is selected (without a selection Ctrl+C interrupts, as in any shell);
 * - paste: Ctrl+V, Ctrl+Shift+V, Cmd+V and Shift+Insert go to the browser, whose paste event xterm turns into input;
 * - Shift+Tab moves the focus out of the terminal (Tab itself completes commands), so keyboard users are never trapped.
 */
import type { Terminal } from '@xterm/xterm';

export function installKeyBindings(term: Terminal): void {
  term.attachCustomKeyEventHandler((e) => {
    if (e.type !== 'keydown') return true;
    const key = e.key.toLowerCase();
    const copyChord =
      (e.ctrlKey && e.shiftKey && key === 'c') || (e.metaKey && key === 'c') || (e.ctrlKey && key === 'insert');
    if (copyChord || (e.ctrlKey && !e.shiftKey && !e.altKey && key === 'c' && term.hasSelection())) {
      if (term.hasSelection()) {
        void copyText(term.getSelection());
        term.clearSelection();
      }
      e.preventDefault();
      return false;
    }
    const pasteChord = ((e.ctrlKey || e.metaKey) && key === 'v') || (e.shiftKey && key === 'insert');
    // Returning false leaves the key to the browser, which fires `paste` on xterm's textarea.
    if (pasteChord) return false;
    if (key === 'tab' && e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey) return false;
    return true;
  });
}

export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // No async clipboard (plain http, or permission refused): fall back to a selected textarea.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    document.execCommand('copy');
  } finally {
    area.remove();
  }
}
