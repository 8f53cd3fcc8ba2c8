/** Progress per chapter, with a link to its quiz: shown above the lab catalogue. */
import type { Chapter } from '../contract';
import { Link } from '../router';
import { LabProgressBar } from './LabSteps';

export function ChapterProgress({ chapters }: { chapters: Chapter[] }) {
  if (chapters.length === 0) return null;
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
