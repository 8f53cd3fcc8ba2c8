import { useEffect, useState, type FormEvent } from 'react';
import { fetchCatalogue, progressFraction, type LabSummary } from '../labs';
import { ChapterProgress } from '../labs/ChapterProgress';
import { Link, navigate } from '../router';
import { Field, formText } from './forms';

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; labs: LabSummary[] }
  | { kind: 'unavailable' }
  | { kind: 'error'; message: string };

export function Catalogue() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    fetchCatalogue().then(
      (labs) => live && setState(labs ? { kind: 'ready', labs } : { kind: 'unavailable' }),
      (err: unknown) => live && setState({ kind: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <section>
      <h1>Labs</h1>
      {state.kind === 'loading' && <p role="status">Loading the labs…</p>}
      {state.kind === 'error' && <p role="alert">The labs could not be loaded: {state.message}</p>}
      {state.kind === 'unavailable' && (
        <p>The lab catalogue is not available yet. You can still open a lab by its id.</p>
      )}
      {state.kind === 'ready' && <ChapterProgress />}
      {state.kind === 'ready' && <LabList labs={state.labs} />}
      {state.kind !== 'loading' && state.kind !== 'ready' && <OpenById />}
    </section>
  );
}

function LabList({ labs }: { labs: LabSummary[] }) {
  if (labs.length === 0) return <p>No labs yet.</p>;
  const chapters = new Map<string, LabSummary[]>();
  for (const lab of labs) {
    const chapter =
      lab.chapterTitle ?? (lab.chapter === undefined || lab.chapter === null ? 'Labs' : String(lab.chapter));
    chapters.set(chapter, [...(chapters.get(chapter) ?? []), lab]);
  }
  return (
    <>
      {[...chapters].map(([chapter, list]) => (
        <section key={chapter} className="chapter" aria-labelledby={`chapter-${slug(chapter)}`}>
          <h2 id={`chapter-${slug(chapter)}`}>{chapter}</h2>
          <ul className="lab-list">
            {list.map((lab) => (
              <li key={lab.id}>
                <Link href={`/labs/${encodeURIComponent(lab.id)}`} className="lab-card">
                  <span className="lab-title">{lab.title}</span>
                  {lab.summary && <span className="lab-summary">{lab.summary}</span>}
                  {lab.estimatedMinutes !== undefined && (
                    <span className="muted">About {lab.estimatedMinutes} minutes</span>
                  )}
                  <ProgressBar value={progressFraction(lab.progress)} label={`Progress in ${lab.title}`} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function ProgressBar({ value, label }: { value: number | null; label: string }) {
  if (value === null) return null;
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <span
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <span className="progress-fill" style={{ width: `${percent}%` }} />
      <span className="progress-text">{percent}%</span>
    </span>
  );
}

function OpenById() {
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const id = formText(new FormData(e.currentTarget), 'labId').trim();
    if (id) navigate(`/labs/${encodeURIComponent(id)}`);
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <Field label="Lab id" name="labId" placeholder="e.g. minikube-basics" />
      <button type="submit">Open lab</button>
    </form>
  );
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
