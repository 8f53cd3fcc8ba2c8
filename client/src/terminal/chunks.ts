// Input goes to the server in events of at most the bytes it accepts (UTF-8, `TerminalReady.inputMaxBytes`): a long
// paste is cut between characters, never inside one (the server's decoder joins sequences cut between events).

const encoder = new TextEncoder();

export function chunksOfBytes(text: string, maxBytes: number): string[] {
  if (encoder.encode(text).length <= maxBytes) return [text];
  const chunks: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const units = code > 0xffff ? 2 : 1;
    if (bytes + width > maxBytes && i > start) {
      chunks.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += width;
    i += units;
  }
  chunks.push(text.slice(start));
  return chunks;
}
