import { KeyDecoder } from '../../server/src/shell/keys.js';
import { charWidth, stringWidth } from '../../server/src/shell/width.js';

describe('KeyDecoder', () => {
  it('groups printable text, counting surrogate pairs as one character', () => {
    expect(new KeyDecoder().feed('ab😀c')).toEqual([{ kind: 'text', text: 'ab😀c' }]);
  });

  it('decodes CSI and SS3 keys, control letters, Enter, Tab and Backspace', () => {
    const events = new KeyDecoder().feed('\x1b[A\x1bOB\x1b[3~\x1b[1;5C\x01\r\t\x7f\x1bb');
    expect(events).toEqual([
      { kind: 'key', key: 'up' },
      { kind: 'key', key: 'down' },
      { kind: 'key', key: 'delete' },
      { kind: 'key', key: 'ctrl-right' },
      { kind: 'ctrl', letter: 'a' },
      { kind: 'key', key: 'enter' },
      { kind: 'key', key: 'tab' },
      { kind: 'key', key: 'backspace' },
      { kind: 'key', key: 'alt-b' },
    ]);
  });

  it('keeps a sequence split across chunks', () => {
    const decoder = new KeyDecoder();
    expect(decoder.feed('x\x1b')).toEqual([{ kind: 'text', text: 'x' }]);
    expect(decoder.feed('[')).toEqual([]);
    expect(decoder.feed('1;5')).toEqual([]);
    expect(decoder.feed('Dy')).toEqual([
      { kind: 'key', key: 'ctrl-left' },
      { kind: 'text', text: 'y' },
    ]);
  });

  it('keeps a surrogate pair split across chunks', () => {
    const decoder = new KeyDecoder();
    const [high = '', low = ''] = '😀'.split('');
    expect(decoder.feed(`a${high}`)).toEqual([{ kind: 'text', text: 'a' }]);
    expect(decoder.feed(low)).toEqual([{ kind: 'text', text: '😀' }]);
  });

  it('treats a held Esc followed by a normal key as the Esc key (vi), and flushes it on demand', () => {
    const decoder = new KeyDecoder();
    expect(decoder.feed('\x1b')).toEqual([]);
    expect(decoder.feed(':')).toEqual([
      { kind: 'key', key: 'escape' },
      { kind: 'text', text: ':' },
    ]);
    decoder.feed('\x1b');
    expect(decoder.hasPendingEscape()).toBe(true);
    expect(decoder.flush()).toEqual([{ kind: 'key', key: 'escape' }]);
  });

  it('collects bracketed paste across chunks, even with a split end marker', () => {
    const decoder = new KeyDecoder();
    expect(decoder.feed('\x1b[200~line 1\n\x1b[A')).toEqual([]);
    expect(decoder.feed('line 2\x1b[20')).toEqual([]);
    expect(decoder.feed('1~z')).toEqual([
      { kind: 'paste', text: 'line 1\n\x1b[Aline 2' },
      { kind: 'text', text: 'z' },
    ]);
  });

  it('ignores unknown sequences', () => {
    expect(new KeyDecoder().feed('\x1b[?1;2c\x1b[99~a')).toEqual([{ kind: 'text', text: 'a' }]);
  });
});

describe('charWidth', () => {
  it('gives East Asian wide characters and emoji two cells, combining marks none', () => {
    expect(
      ['a', 'é', '中', 'ア', '한', '😀', '🚀', '✅', '\u0301'].map((c) => charWidth(c.codePointAt(0) ?? 0)),
    ).toEqual([1, 1, 2, 2, 2, 2, 2, 2, 0]);
    expect(stringWidth('\x1b[01;32mab中\x1b[0m')).toBe(4);
  });
});
