/** Download buttons: each format is a plain link to the export route (the session cookie authorises it). */
import { useState } from 'react';

const FORMATS = [
  { format: 'canvas', label: 'Canvas gradebook', hint: 'Import in Canvas: Grades → Import' },
  { format: 'moodle', label: 'Moodle grade import', hint: 'Import in Moodle: Grades → Import → CSV file' },
  { format: 'csv', label: 'CSV', hint: 'One row per student, stable column ids' },
  { format: 'long', label: 'Long CSV', hint: 'One row per student and item, for pivots' },
  { format: 'json', label: 'JSON', hint: 'For scripts' },
] as const;

export function Downloads({ cohortId }: { cohortId: string }) {
  const [bom, setBom] = useState(true);
  const [scale, setScale] = useState<'points' | 'percent'>('points');
  const href = (format: string) => {
    const q = new URLSearchParams({ format });
    if (format !== 'json' && bom) q.set('bom', '1');
    if (format === 'moodle') q.set('scale', scale);
    return `/api/cohorts/${cohortId}/grades/export?${q.toString()}`;
  };
  return (
    <section className="downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">Download</h2>
      <ul>
        {FORMATS.map((f) => (
          <li key={f.format}>
            <a className="button" href={href(f.format)} download title={f.hint}>
              {f.label}
            </a>
          </li>
        ))}
      </ul>
      <p className="download-options">
        <label>
          <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> UTF-8 byte order mark
          (Excel shows accents right)
        </label>{' '}
        <label>
          Moodle grades in{' '}
          <select value={scale} onChange={(e) => setScale(e.target.value === 'percent' ? 'percent' : 'points')}>
            <option value="points">points on each item&apos;s scale</option>
            <option value="percent">percent (out of 100)</option>
          </select>
        </label>
      </p>
    </section>
  );
}
