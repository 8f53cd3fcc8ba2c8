/**
 * A nested interactive prompt as a foreground program, for shells inside the shell:
 * `kubectl exec -it web -- sh`, `kubectl run --rm -it busybox`, `minikube ssh`. It reuses the
 * line editor (history, editing keys, completion), and leaves what a line does to the caller.
 */
import { type ProgramIO, type ProgramStart } from './command.js';
import { History } from './history.js';
import { KeyDecoder } from './keys.js';
import { LineEditor } from './lineEditor.js';
import { type Completer } from './tabCompletion.js';

export interface PromptLineResult {
  /** Printed after the line (`\n` is fine). */
  readonly output: string;
  /** When set, the nested shell ends with this exit code (the user typed `exit`). */
  readonly exit?: number;
}

export interface PromptProgramOptions {
  /** The prompt, e.g. `/ # ` for busybox or `root@web-5d8f:/# ` for debian images. */
  prompt(): string;
  onLine(line: string): PromptLineResult;
  readonly complete?: Completer;
  /** Written once before the first prompt (e.g. `If you don't see a command prompt, try pressing enter.`). */
  readonly banner?: string;
  readonly maxLineLength?: number;
}

export function promptProgram(options: PromptProgramOptions): ProgramStart {
  return (io: ProgramIO) => {
    const decoder = new KeyDecoder();
    const write = (data: string): void => io.write(data.replace(/\r?\n/g, '\r\n'));
    const history = new History(500);
    const editor = new LineEditor({
      write,
      size: () => io.size(),
      history,
      maxLength: options.maxLineLength ?? 16 * 1024,
      ...(options.complete ? { complete: options.complete } : {}),
    });
    let done = false;
    const finish = (code: number): void => {
      done = true;
      editor.stop();
      io.exit(code);
    };
    if (options.banner) write(options.banner);
    editor.start(options.prompt());
    return {
      onInput(data) {
        for (const event of decoder.feed(data)) {
          if (done) return;
          const action = editor.handle(event);
          if (!action) continue;
          switch (action.kind) {
            case 'line': {
              const result = options.onLine(action.text);
              history.add(action.text);
              write(result.output);
              if (result.exit !== undefined) return finish(result.exit);
              break;
            }
            case 'interrupt':
              break;
            case 'eof':
              write('\n');
              return finish(0);
          }
          editor.start(options.prompt());
        }
      },
      onResize: () => editor.resize(),
      onTick: () => {
        if (decoder.hasPendingEscape()) decoder.flush();
      },
    };
  };
}
