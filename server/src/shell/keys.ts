/**
 * Decodes raw terminal input into key events. Input arrives in arbitrary chunks, so an escape
 * sequence (or a surrogate pair, or a bracketed paste) cut at a chunk boundary is kept until the
 * rest arrives. A lone ESC ending a chunk is held too: if the next chunk starts with `[` or `O`
 * it was the start of a sequence, otherwise it was the Esc key (vi's). `flush()` releases it.
 */
export type KeyName =
  | 'enter'
  | 'tab'
  | 'shift-tab'
  | 'backspace'
  | 'delete'
  | 'insert'
  | 'escape'
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'pageup'
  | 'pagedown'
  | 'ctrl-left'
  | 'ctrl-right'
  | 'alt-b'
  | 'alt-f'
  | 'alt-d'
  | 'alt-backspace'
  | 'alt-dot';

export type KeyEvent =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'paste'; readonly text: string }
  | { readonly kind: 'key'; readonly key: KeyName }
  /** Ctrl + letter, lower case: 'a' for Ctrl-A (Tab, Enter and Backspace are keys instead). */
  | { readonly kind: 'ctrl'; readonly letter: string };

const PASTE_END = '\x1b[201~';
const MAX_PASTE = 1024 * 1024;

const CSI_KEYS: Readonly<Record<string, KeyName>> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
  Z: 'shift-tab',
  '1~': 'home',
  '7~': 'home',
  '4~': 'end',
  '8~': 'end',
  '2~': 'insert',
  '3~': 'delete',
  '5~': 'pageup',
  '6~': 'pagedown',
  '1;5C': 'ctrl-right',
  '1;5D': 'ctrl-left',
  '1;3C': 'ctrl-right',
  '1;3D': 'ctrl-left',
  '1;5A': 'up',
  '1;5B': 'down',
  '1;2A': 'up',
  '1;2B': 'down',
};
const SS3_KEYS: Readonly<Record<string, KeyName>> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' };
const ALT_KEYS: Readonly<Record<string, KeyName>> = {
  b: 'alt-b',
  f: 'alt-f',
  d: 'alt-d',
  '\x7f': 'alt-backspace',
  '\b': 'alt-backspace',
  '.': 'alt-dot',
};

export class KeyDecoder {
  private pending = '';
  private paste: string | undefined;

  /** Decodes one chunk; incomplete trailing input is kept for the next call. */
  feed(chunk: string): KeyEvent[] {
    const events: KeyEvent[] = [];
    let data = this.pending + chunk;
    const heldEscape = this.pending === '\x1b' && this.paste === undefined;
    this.pending = '';
    if (heldEscape && chunk.length > 0 && chunk[0] !== '[' && chunk[0] !== 'O') {
      events.push({ kind: 'key', key: 'escape' });
      data = chunk;
    }
    let i = 0;
    let text = '';
    const flushText = (): void => {
      if (text) events.push({ kind: 'text', text });
      text = '';
    };
    while (i < data.length) {
      if (this.paste !== undefined) {
        const end = data.indexOf(PASTE_END, i);
        if (end < 0) {
          // Keep a possible partial end marker for the next chunk.
          const keep = partialSuffix(data.slice(i), PASTE_END);
          this.appendPaste(data.slice(i, data.length - keep));
          this.pending = data.slice(data.length - keep);
          return events;
        }
        this.appendPaste(data.slice(i, end));
        events.push({ kind: 'paste', text: this.paste });
        this.paste = undefined;
        i = end + PASTE_END.length;
        continue;
      }
      const c = data[i] ?? '';
      const code = c.charCodeAt(0);
      if (c === '\x1b') {
        flushText();
        const parsed = this.escape(data, i, events);
        if (parsed < 0) {
          this.pending = data.slice(i);
          return events;
        }
        i = parsed;
        continue;
      }
      if (code >= 0x20 && code !== 0x7f) {
        if (code >= 0xd800 && code <= 0xdbff && i + 1 >= data.length) {
          flushText();
          this.pending = c;
          return events;
        }
        text += c;
        i++;
        continue;
      }
      flushText();
      i++;
      if (c === '\r') {
        if (data[i] === '\n') i++;
        events.push({ kind: 'key', key: 'enter' });
      } else if (c === '\n') events.push({ kind: 'key', key: 'enter' });
      else if (c === '\t') events.push({ kind: 'key', key: 'tab' });
      else if (c === '\x7f' || c === '\b') events.push({ kind: 'key', key: 'backspace' });
      else if (code >= 1 && code <= 26) events.push({ kind: 'ctrl', letter: String.fromCharCode(code + 96) });
    }
    flushText();
    return events;
  }

  /** True when a lone ESC is held back; `flush()` turns it into the Esc key. */
  hasPendingEscape(): boolean {
    return this.pending === '\x1b';
  }

  flush(): KeyEvent[] {
    if (this.pending !== '\x1b') return [];
    this.pending = '';
    return [{ kind: 'key', key: 'escape' }];
  }

  private appendPaste(text: string): void {
    const current = this.paste ?? '';
    this.paste = current.length + text.length > MAX_PASTE ? (current + text).slice(0, MAX_PASTE) : current + text;
  }

  /** Parses an escape sequence at `i`; returns the index after it, or -1 when it is incomplete. */
  private escape(data: string, i: number, events: KeyEvent[]): number {
    const next = data[i + 1];
    if (next === undefined) return -1;
    if (next === '[') {
      // eslint-disable-next-line no-control-regex -- terminal input is made of control characters
      const match = /^\x1b\[([0-9;?<>=]*)([ -/]*)([@-~])/.exec(data.slice(i, i + 64));
      // eslint-disable-next-line no-control-regex -- as above
      if (!match) return /^\x1b\[[0-9;?<>= -/]*$/.test(data.slice(i, i + 64)) && data.length - i < 64 ? -1 : i + 2;
      const [all, params = '', , final = ''] = match;
      if (params === '200' && final === '~') this.paste = '';
      else {
        const key = CSI_KEYS[params + final] ?? (params === '' ? CSI_KEYS[final] : undefined);
        if (key) events.push({ kind: 'key', key });
      }
      return i + all.length;
    }
    if (next === 'O') {
      const final = data[i + 2];
      if (final === undefined) return -1;
      const key = SS3_KEYS[final];
      if (key) events.push({ kind: 'key', key });
      return i + 3;
    }
    if (next === '\x1b') {
      events.push({ kind: 'key', key: 'escape' });
      return i + 1;
    }
    const alt = ALT_KEYS[next];
    events.push(alt ? { kind: 'key', key: alt } : { kind: 'key', key: 'escape' });
    return alt ? i + 2 : i + 1;
  }
}

/** Length of the longest suffix of `text` that is a proper prefix of `marker`. */
function partialSuffix(text: string, marker: string): number {
  for (let n = Math.min(marker.length - 1, text.length); n > 0; n--) {
    if (marker.startsWith(text.slice(text.length - n))) return n;
  }
  return 0;
}
