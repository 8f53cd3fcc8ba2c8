// The client is type-checked against the server's schemas: the client's own compile (tsconfig, files) is run with a
// schema edited in memory, and a field the server stops sending or accepting must break it in client/src.
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');
const file = (relative: string) => path.join(root, relative);

const config = ts.getParsedCommandLineOfConfigFile(
  file('client/tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  },
)!;

interface Edit {
  file: string;
  from: string;
  to: string;
}

/** The client's type errors, as `file: message`, with `edit` applied to one server file. */
function clientErrors(edit?: Edit): string[] {
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => {
    const text = readFile(name);
    if (!edit || text === undefined || path.resolve(name) !== file(edit.file)) return text;
    if (!text.includes(edit.from)) throw new Error(`${edit.file} no longer contains ${edit.from}`);
    return text.replace(edit.from, edit.to);
  };
  const program = ts.createProgram(config.fileNames, config.options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file ? path.relative(root, d.file.fileName) : '?'}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
    );
}

it('compiles against the schemas as they are', () => {
  expect(clientErrors()).toEqual([]);
}, 60_000);

it.each([
  {
    field: 'percent',
    file: 'server/src/http/responses.ts',
    from: 'z.object({ passed: count, total: count, percent: count })',
    to: 'z.object({ passed: count, total: count })',
  },
  {
    field: 'role',
    file: 'server/src/http/responses.ts',
    from: 'z.object({ id: z.uuid(), email: z.email(), name: z.string(), role })',
    to: 'z.object({ id: z.uuid(), email: z.email(), name: z.string() })',
  },
  {
    field: 'password',
    file: 'server/src/http/routes/schemas.ts',
    from: 'registerBody = z.strictObject({ joinCode, email, name: personName, password })',
    to: 'registerBody = z.strictObject({ joinCode, email, name: personName })',
  },
])(
  'fails when the schema in $file loses $field',
  ({ field, ...edit }) => {
    const errors = clientErrors(edit);
    expect(errors.filter((e) => e.startsWith('client/src/') && e.includes(`'${field}'`))).not.toEqual([]);
  },
  60_000,
);
