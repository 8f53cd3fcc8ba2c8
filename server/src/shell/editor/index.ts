/**
 * Full-screen editors as foreground programs. `openEditor` is what `nano`, `vi` and kubectl's
 * `edit` use: it shows the content on the alternate screen and reports what was saved on close.
 */
import { type ProgramIO, type ProgramStart } from '../command.js';
import { KeyDecoder } from '../keys.js';
import { NanoEditor } from './nano.js';
import { TextBuffer } from './textBuffer.js';
import { type EditorDocument, type EditorFrontEnd } from './types.js';
import { ViEditor } from './vi.js';

export type EditorKind = 'nano' | 'vi';

export interface EditorResult {
  /** True when the file was written at least once. */
  readonly saved: boolean;
  /** The last written content (or the original when never written). */
  readonly content: string;
}

export interface EditorOptions {
  readonly kind: EditorKind;
  /** Shown in the title (nano) or status line (vi); may be changed by `:w name`. */
  readonly fileName: string;
  readonly content: string;
  readonly isNew?: boolean;
  /** Persists content; returns an error message (e.g. 'No space left on device') or undefined. */
  save(content: string, fileName: string): string | undefined;
  /** Called after the editor left the alternate screen; must call `io.exit`. Defaults to exit 0. */
  onClose?(result: EditorResult, io: ProgramIO): void;
}

/** The editor a student asked for: KUBE_EDITOR, then EDITOR, then VISUAL; vi by default like kubectl. */
export function editorFromEnv(env: ReadonlyMap<string, string>): EditorKind {
  const choice = env.get('KUBE_EDITOR') ?? env.get('EDITOR') ?? env.get('VISUAL') ?? 'vi';
  return /nano|pico/.test(choice) ? 'nano' : 'vi';
}

const BRACKETED_PASTE_ON = '\x1b[?2004h';
const BRACKETED_PASTE_OFF = '\x1b[?2004l';

export function openEditor(options: EditorOptions): ProgramStart {
  return (io) => {
    const decoder = new KeyDecoder();
    let saved = false;
    let content = options.content;
    const doc: EditorDocument = {
      buffer: new TextBuffer(options.content, options.kind === 'nano'),
      fileName: options.fileName,
      isNew: options.isNew ?? false,
      save(fileName) {
        const text = doc.buffer.toString();
        const error = options.save(text, fileName);
        if (error) return error;
        saved = true;
        content = text;
        doc.isNew = false;
        doc.buffer.modified = false;
        return undefined;
      },
    };
    const frontEnd: EditorFrontEnd = options.kind === 'nano' ? new NanoEditor(doc) : new ViEditor(doc);
    let closed = false;
    const draw = (): void => io.write(frontEnd.render(io.size()));
    const close = (): void => {
      closed = true;
      io.write(`${BRACKETED_PASTE_OFF}\x1b[?1049l`);
      if (options.onClose) options.onClose({ saved, content }, io);
      else io.exit(0);
    };
    // Like vim and nano, ask the terminal to bracket pastes: a pasted manifest arrives as one paste, not as keys.
    io.write(`\x1b[?1049h${BRACKETED_PASTE_ON}\x1b[H\x1b[2J`);
    draw();
    const handleEvents = (events: ReturnType<KeyDecoder['feed']>): void => {
      for (const event of events) {
        if (closed) return;
        if (frontEnd.handle(event) === 'close') {
          close();
          return;
        }
      }
      draw();
    };
    return {
      onInput: (data) => handleEvents(decoder.feed(data)),
      // A lone Esc is held back by the decoder until the next key; a tick releases it.
      onTick: () => {
        if (decoder.hasPendingEscape()) handleEvents(decoder.flush());
      },
      onResize: () => {
        io.write('\x1b[H\x1b[2J');
        draw();
      },
    };
  };
}
