// The student's browser terminal in tests: our kubectl, typed over the real socket into the same sandbox the real
// kubectl reaches through the Kubernetes API, with each command's output read back as plain text.
import { TerminalClient } from '../realtime/support/harness';

// CSI and OSC sequences the shell's line editor and prompt emit.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g;

export interface Terminal {
  /** Runs one command line and returns what it printed (stdout and stderr as the screen got them), `\n`-separated. */
  run(line: string, timeoutMs?: number): Promise<string>;
  /** Types without waiting (a `-w` that runs until Ctrl-C). */
  type(data: string): void;
  /** Everything printed since `mark()`. */
  since(mark: number): string;
  mark(): number;
  close(): void;
}

const PROMPT = '$ ';

export async function openTerminal(port: number, labId: string, cookie: string): Promise<Terminal> {
  const client = new TerminalClient(`http://127.0.0.1:${port}`, { labId }, cookie);
  await client.opened();
  await client.waitFor(PROMPT, 15_000);
  const plain = (from: number) => client.text.slice(from).replace(ANSI, '').replace(/\r\n/g, '\n');
  return {
    async run(line, timeoutMs = 15_000) {
      const from = client.text.length;
      client.type(`${line}\r`);
      // The echo of the line, then its output, then the next prompt at the start of a line.
      await client.waitFor({ test: () => /\n[^\n]*\$ $/.test(plain(from)) } as unknown as RegExp, timeoutMs);
      const text = plain(from);
      const start = text.indexOf('\n') + 1;
      return text.slice(start, text.lastIndexOf('\n') + 1);
    },
    type: (data) => client.type(data),
    mark: () => client.text.length,
    since: (mark) => plain(mark),
    close: () => client.close(),
  };
}
