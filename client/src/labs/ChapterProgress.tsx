/** Progress per chapter, with a link to its quiz: shown above the lab catalogue. */
import { useEffect, useState } from 'react';
import { Link } from '../router';
import { labsApi } from './api';
import { LabProgressBar } from './LabSteps';
import type { ChapterOut } from './types';

export function ChapterProgress() {
  const [chapters, setChapters] = useState<ChapterOut[] | null>(null);
  useEffect(() => {
    let live = true;
    labsApi.chapters().then(
      (c) => live && setChapters(c),
      () => live && setChapters([]),
    );
    return () => {
      live = false;
    };
  }, []);
  if (!chapters || chapters.length === 0) return null;
  return (
    <section className="chapter-progress" aria-label="Progress per chapter">
      <h2>Your progress</h2>
      <ul>
        {chapters.map((c) => (
          <li key={c.id}>
            <span className="chapter-title">{c.title}</span>
            <LabProgressBar percent={c.progress.percent} label={`Progress in chapter ${c.title}`} />
            {c.quizId && (
              <Link href={`/quizzes/${encodeURIComponent(c.quizId)}`} aria-label={`Quiz: ${c.title}`}>
                Quiz
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
