/**
 * The editor round of `kubectl edit` and `kubectl apply edit-last-applied` (kubectl/pkg/cmd/util/editor
 * editoptions.go Run): the objects in the shell's editor, and what was saved handed on, unless the student left it as
 * it was or emptied it (kubectl's cancel messages, on stderr). Unlike kubectl this does not reopen the editor on a
 * failure: the failure is printed and the command ends.
 */
import { parse as parseYaml } from 'yaml';
import type { CommandOutcome, ProgramIO } from '../../shell/command.js';
import { editorFromEnv, openEditor } from '../../shell/index.js';
import { jsonEqual } from '../../lib/json.js';
import type { KubeObject } from '../../sim/index.js';
import type { KubeInv } from '../env.js';
import { readsInput } from '../program.js';
import { toJson, toYaml } from '../print/formats/structured.js';

export interface EditSession {
  readonly path: string;
  readonly content: string;
  /** The saved text, changed and not empty; must end the program (`io.exit`). */
  apply(text: string, io: ProgramIO): void;
}

/** The file the editor shows: a header (not for JSON), then the object or a `List` of them. */
export function editFile(objects: readonly KubeObject[], json: boolean, header: string): string {
  const shown =
    objects.length === 1 ? objects[0]! : { kind: 'List', apiVersion: 'v1', metadata: {}, items: [...objects] };
  return json ? toJson(shown) : header + toYaml(shown);
}

/** ManualStrip: the text without its comment lines. */
export function withoutComments(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('#') || l.trim().startsWith('#!'))
    .join('\n');
}

/**
 * cmdutil.StripComments compared: JSON as it is written (yaml.ToJSON passes it through), YAML as what it holds;
 * text that does not parse line by line without its comments.
 */
function sameContent(a: string, b: string): boolean {
  if (a.trimStart().startsWith('{') || b.trimStart().startsWith('{')) return a === b;
  try {
    return jsonEqual(parseYaml(a), parseYaml(b));
  } catch {
    return withoutComments(a) === withoutComments(b);
  }
}

/** hasLines: something other than blanks and comments. */
const hasLines = (text: string) => text.split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('#'));

export function openEditSession(inv: KubeInv, session: EditSession): CommandOutcome {
  return {
    program: readsInput(
      inv.env,
      openEditor({
        kind: editorFromEnv(inv.ctx.env),
        fileName: session.path,
        content: session.content,
        save: (content) => {
          try {
            inv.ctx.vfs.writeFile(session.path, content);
          } catch {
            // The temp file is a convenience; the edit goes on.
          }
          return undefined;
        },
        onClose: (result, io) => {
          if (!result.saved || sameContent(session.content, result.content)) {
            io.error('Edit cancelled, no changes made.\n');
            io.exit(0);
          } else if (!hasLines(result.content)) {
            io.error('Edit cancelled, saved file was empty.\n');
            io.exit(0);
          } else session.apply(result.content, io);
        },
      }),
    ),
  };
}
