/**
 * Lab Markdown (see markdownHtml.ts), with the code blocks' copy and run buttons handled here by
 * one delegated click listener, since the blocks are sanitised HTML rather than React elements.
 */
import { useContext, useMemo, useState, type MouseEvent } from 'react';
import { RunCommandContext } from './commands';
import { markdownToHtml } from './markdownHtml';

export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => markdownToHtml(source), [source]);
  const runCommand = useContext(RunCommandContext);
  const [announcement, setAnnouncement] = useState('');

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const command = button?.closest('.code-block')?.querySelector('code')?.textContent;
    if (!button || command == null) return;
    if (button.dataset.action === 'copy') {
      navigator.clipboard.writeText(command).then(
        () => setAnnouncement('Copied to the clipboard.'),
        () => setAnnouncement('The browser did not allow copying; select the text and copy it instead.'),
      );
    } else if (button.dataset.action === 'run') {
      setAnnouncement(
        runCommand?.(command) ? `Sent to the terminal: ${command}` : 'The terminal is not connected yet; try again.',
      );
    }
  };

  return (
    <>
      {/* Clicks bubble up from the real buttons inside, which keyboards reach as usual. */}
      <div className="markdown" onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
