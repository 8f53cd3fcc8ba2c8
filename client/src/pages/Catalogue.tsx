import { useEffect, useState, type FormEvent } from 'react';
import type { CatalogueResponse, LabSummary } from '../contract';
import { labsApi } from '../labs/api';
import { ChapterProgress } from '../labs/ChapterProgress';
import { LabProgressBar } from '../labs/LabSteps';
import { Link, navigate } from '../router';
import { Field, formText } from './forms';

type State = { kind: 'loading' } | { kind: 'ready'; catalogue: CatalogueResponse } | { kind: 'error'; message: string };

export function Catalogue() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    labsApi.catalogue().then(
      (catalogue) => live && setState({ kind: 'ready', catalogue }),
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
      {state.kind === 'ready' && <ChapterProgress chapters={state.catalogue.chapters} />}
      {state.kind === 'ready' && <LabList labs={state.catalogue.labs} />}
      {state.kind === 'error' && <OpenById />}
    </section>
  );
}

function LabList({ labs }: { labs: LabSummary[] }) {
  if (labs.length === 0) return <p>No labs yet.</p>;
  const chapters = new Map<string, LabSummary[]>();
  for (const lab of labs) {
    chapters.set(lab.chapterTitle, [...(chapters.get(lab.chapterTitle) ?? []), lab]);
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
                  <span className="muted">About {lab.estimatedMinutes} minutes</span>
                  <LabProgressBar percent={lab.progress.percent} label={`Progress in ${lab.title}`} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
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
