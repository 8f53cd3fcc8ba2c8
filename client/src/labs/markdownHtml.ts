/**
 * Lab Markdown to sanitised HTML: CommonMark + GFM tables through `marked`, then DOMPurify, so lab
 * text can never inject script. Code blocks get copy / run buttons (wired by `Markdown.tsx`), and
 * blockquotes that open with **Note**, **Tip** or **Warning** become admonitions.
 */
import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';

const ADMONITION = /^<p><strong>(Note|Tip|Warning)<\/strong>/;

/**
 * Whether the run button may type a block: shell commands, one per line. A heredoc or a `\`
 * continuation spans lines that only make sense together, so those are copied, never typed.
 */
export function isRunnable(text: string, lang: string | undefined): boolean {
  return (!lang || /^(sh|bash|shell|console)$/.test(lang)) && !text.includes('<<') && !/\\$/m.test(text);
}

/** `text` as a fenced shell block, its fence longer than any run of backticks inside it. */
export function fenced(text: string): string {
  const fence = '`'.repeat(Math.max(3, ...(text.match(/`+/g) ?? []).map((run) => run.length + 1)));
  return `${fence}sh\n${text}\n${fence}\n`;
}

/** A command line with each word in its own span: a line breaks between words, not after `--` inside one. */
function words(line: string): string {
  return line
    .split(/(\s+)/)
    .map((part) => (part && !/^\s+$/.test(part) ? `<span class="code-word">${escapeHtml(part)}</span>` : part))
    .join('');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const marked = new Marked({
  gfm: true,
  renderer: {
    code({ text, lang }: Tokens.Code) {
      const language = lang?.split(/\s/)[0] || undefined;
      const runnable = isRunnable(text, language);
      const extra = runnable
        ? '<button type="button" class="code-button" data-action="run" title="Types this into the terminal and presses Enter">Run</button>'
        : text.includes('\n')
          ? '<span class="code-note">These lines belong together: copy them and paste them into the terminal.</span>'
          : '';
      // Commands wrap, one block per line (for a hanging indent); other text keeps its layout and scrolls.
      // Each line keeps its newline, so the block's text content is exactly `text`.
      const body = runnable
        ? text
            .split('\n')
            .map((line, i, all) => `<span class="code-line">${words(line)}${i < all.length - 1 ? '\n' : ''}</span>`)
            .join('')
        : escapeHtml(text);
      return (
        `<div class="code-block">` +
        // tabindex: a block that scrolls must be reachable by keyboard (and any block can be selected from it).
        `<pre class="md-code ${runnable ? 'code-command' : 'code-text'}" tabindex="0">` +
        `<code${language ? ` class="language-${escapeHtml(language)}"` : ''}>${body}</code></pre>` +
        `<div class="code-actions"><button type="button" class="code-button" data-action="copy">Copy</button>${extra}</div>` +
        `</div>\n`
      );
    },
    blockquote({ tokens }: Tokens.Blockquote) {
      const body = this.parser.parse(tokens);
      const kind = ADMONITION.exec(body)?.[1]?.toLowerCase();
      return kind
        ? `<aside class="admonition admonition-${kind}">${body}</aside>\n`
        : `<blockquote>${body}</blockquote>\n`;
    },
  },
});

export function markdownToHtml(source: string): string {
  return DOMPurify.sanitize(marked.parse(source, { async: false }));
}
