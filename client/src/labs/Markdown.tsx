/**
 * The small Markdown subset lab steps use — paragraphs, fenced code, `code`, **bold**, lists —
 * rendered as React elements (never as HTML strings, so lab text cannot inject markup).
 */
import { Fragment, type ReactNode } from 'react';

function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /`([^`]+)`|\*\*([^*]+)\*\*/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(m[1] !== undefined ? <code key={m.index}>{m[1]}</code> : <strong key={m.index}>{m[2]}</strong>);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

type Block = { kind: 'code'; text: string } | { kind: 'list'; items: string[] } | { kind: 'p'; text: string };

function blocks(source: string): Block[] {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const out: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.startsWith('```')) {
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
      out.push({ kind: 'code', text: body.join('\n') });
      i++;
    } else if (/^\s*[-*] /.test(line)) {
      const items: string[] = [];
      while (i < lines.length && (/^\s*[-*] /.test(lines[i]!) || (/^\s{2,}\S/.test(lines[i]!) && items.length > 0))) {
        if (/^\s*[-*] /.test(lines[i]!)) items.push(lines[i]!.replace(/^\s*[-*] /, ''));
        else items[items.length - 1] += ` ${lines[i]!.trim()}`;
        i++;
      }
      out.push({ kind: 'list', items });
    } else if (line.trim() === '') {
      i++;
    } else {
      const para: string[] = [];
      while (
        i < lines.length &&
        lines[i]!.trim() !== '' &&
        !lines[i]!.startsWith('```') &&
        !/^\s*[-*] /.test(lines[i]!)
      )
        para.push(lines[i++]!.trim());
      out.push({ kind: 'p', text: para.join(' ') });
    }
  }
  return out;
}

export function Markdown({ source }: { source: string }) {
  return (
    <>
      {blocks(source).map((b, i) => (
        <Fragment key={i}>
          {b.kind === 'code' && (
            <pre className="md-code">
              <code>{b.text}</code>
            </pre>
          )}
          {b.kind === 'list' && (
            <ul>
              {b.items.map((item, j) => (
                <li key={j}>{inline(item)}</li>
              ))}
            </ul>
          )}
          {b.kind === 'p' && <p>{inline(b.text)}</p>}
        </Fragment>
      ))}
    </>
  );
}
