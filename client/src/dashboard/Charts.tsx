/** What people would rather look at than read: completion per lab, quiz score spread, where students get stuck. */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import type { BoardResponse } from '../contract';

let registered = false;
function register(): void {
  if (registered) return;
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
  registered = true;
}

function BarChart({ config, label }: { config: ChartConfiguration<'bar'>; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'> | null>(null);
  useEffect(() => {
    register();
    const el = canvas.current;
    if (!el) return;
    chart.current = new Chart(el, { ...config, options: { ...config.options, animation: false } });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
    // Built once; data changes update it below.
  }, []);
  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    c.data = config.data;
    c.update('none');
  }, [config.data]);
  return (
    <figure className="chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </figure>
  );
}

const BUCKETS = ['0–19%', '20–39%', '40–59%', '60–79%', '80–100%'];
const COLORS = ['#b91c1c', '#c2410c', '#a16207', '#15803d', '#1d4ed8', '#7c3aed', '#0e7490', '#be185d'];

export function Charts({ board }: { board: BoardResponse }) {
  const n = board.students.length || 1;
  const completion = useMemo(
    () => ({
      labels: board.labs.map((_l, i) => `Lab ${i + 1}`),
      datasets: [
        {
          label: 'Completed (% of students)',
          backgroundColor: '#15803d',
          data: board.labs.map(
            (l) =>
              (100 * board.students.filter((s) => s.labs.some((c) => c.labId === l.id && c.completedAt)).length) / n,
          ),
        },
      ],
    }),
    [board, n],
  );
  const scores = useMemo(
    () => ({
      labels: BUCKETS,
      datasets: board.quizzes.map((q, i) => ({
        label: q.chapterTitle,
        backgroundColor: COLORS[i % COLORS.length] ?? '#1d4ed8',
        data: BUCKETS.map(
          (_b, k) =>
            board.students.filter((s) => {
              const r = s.quizzes.find((x) => x.quizId === q.id);
              if (!r || r.maxScore === 0) return false;
              return Math.min(4, Math.floor((5 * r.score) / r.maxScore)) === k;
            }).length,
        ),
      })),
    }),
    [board],
  );
  const stuck = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of board.students)
      if (s.currentLabId && s.currentStepId && (s.flag || s.failedChecks > 0)) {
        const key = `${s.currentLabId}/${s.currentStepId}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
    const title = (key: string) => {
      const [labId, stepId] = key.split('/');
      const index = board.labs.findIndex((l) => l.id === labId);
      const step = board.labs[index]?.steps.find((x) => x.id === stepId);
      return `Lab ${index + 1} · ${step?.title ?? stepId}`;
    };
    return {
      labels: top.map(([k]) => title(k)),
      datasets: [{ label: 'Students stuck here', backgroundColor: '#c2410c', data: top.map(([, v]) => v) }],
    };
  }, [board]);

  return (
    <div className="charts">
      <div>
        <h2>Completion per lab</h2>
        <BarChart
          label="Share of students who completed each lab"
          config={{
            type: 'bar',
            data: completion,
            options: { scales: { y: { min: 0, max: 100 } }, plugins: { legend: { display: false } } },
          }}
        />
      </div>
      <div>
        <h2>Quiz scores</h2>
        <BarChart
          label="How many students scored in each range, per quiz"
          config={{
            type: 'bar',
            data: scores,
            options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
          }}
        />
      </div>
      <div>
        <h2>Where students get stuck</h2>
        {stuck.labels.length === 0 ? (
          <p className="muted">Nobody is stuck on a step right now.</p>
        ) : (
          <BarChart
            label="Steps with the most students who failed checks on them or need help"
            config={{
              type: 'bar',
              data: stuck,
              options: {
                indexAxis: 'y',
                scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
                plugins: { legend: { display: false } },
              },
            }}
          />
        )}
      </div>
    </div>
  );
}
