/** nano and vi (vim) over the virtual file system. */
import { fail, type Command, type CommandContext, type CommandOutcome } from '../command.js';
import { openEditor, type EditorKind } from '../editor/index.js';
import { errnoMessage, resolvePath, VfsError } from '../vfs.js';

function edit(kind: EditorKind, args: readonly string[], ctx: CommandContext): CommandOutcome {
  const operand = args.find((a) => !a.startsWith('-') && !a.startsWith('+'));
  if (!ctx.isTerminal && kind === 'vi') return fail('Vim: Warning: Output is not to a terminal');
  const fileName = operand ?? '';
  const path = operand === undefined ? undefined : resolvePath(ctx.cwd, operand);
  let content = '';
  let isNew = true;
  if (path !== undefined) {
    const stat = ctx.vfs.stat(path);
    if (stat?.type === 'dir')
      return fail(
        kind === 'nano' ? `Error reading ${operand ?? ''}: Is a directory` : `"${operand ?? ''}" is a directory`,
      );
    if (stat) {
      content = ctx.vfs.readFile(path);
      isNew = false;
    }
  }
  return {
    program: openEditor({
      kind,
      fileName,
      content,
      isNew,
      save(text, name) {
        if (name === '') return 'No file name';
        try {
          ctx.vfs.writeFile(resolvePath(ctx.cwd, name), text);
          return undefined;
        } catch (error) {
          if (error instanceof VfsError) return errnoMessage(error.code);
          throw error;
        }
      },
    }),
  };
}

export const editorCommands: readonly Command[] = [
  { name: 'nano', summary: 'a simple text editor (^O saves, ^X exits)', run: (args, ctx) => edit('nano', args, ctx) },
  {
    name: 'vi',
    summary: 'the vi text editor (i inserts, Esc, :wq saves and quits)',
    run: (args, ctx) => edit('vi', args, ctx),
  },
  { name: 'vim', summary: 'the vi text editor', run: (args, ctx) => edit('vi', args, ctx) },
];
