/**
 * Two panes with a draggable, keyboard-operable separator between them (the WAI-ARIA window
 * splitter). Side by side on wide screens, stacked below 900 px; each layout's share is kept in
 * localStorage so a reload keeps the student's choice.
 */
import {
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';

const STACKED_QUERY = '(max-width: 900px)';
const MIN = 20;
const MAX = 80;
const STEP = 5;

function clamp(percent: number): number {
  return Math.min(MAX, Math.max(MIN, Math.round(percent)));
}

function useStacked(): boolean {
  const [stacked, setStacked] = useState(() => window.matchMedia(STACKED_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(STACKED_QUERY);
    const onChange = () => setStacked(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return stacked;
}

function stored(key: string, fallback: number): number {
  const value = Number(localStorage.getItem(key));
  return Number.isFinite(value) && value >= MIN && value <= MAX ? value : fallback;
}

export interface SplitPaneProps {
  /** localStorage key; the layout (`:wide` or `:stacked`) is appended. */
  storageKey: string;
  /** The separator's accessible name. */
  label: string;
  /** The first pane's id, which the separator controls. */
  firstId: string;
  first: ReactNode;
  second: ReactNode;
  className?: string;
}

export function SplitPane({ storageKey, label, firstId, first, second, className = '' }: SplitPaneProps) {
  const stacked = useStacked();
  const key = `${storageKey}:${stacked ? 'stacked' : 'wide'}`;
  const fallback = stacked ? 45 : 40;
  const [percent, setPercent] = useState(() => stored(key, fallback));
  const container = useRef<HTMLDivElement>(null);

  // Switching layout (a rotated tablet, a resized window) picks that layout's own share.
  useEffect(() => setPercent(stored(key, fallback)), [key, fallback]);
  useEffect(() => localStorage.setItem(key, String(percent)), [key, percent]);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const box = container.current?.getBoundingClientRect();
    if (!box || !event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const offset = stacked ? event.clientY - box.top : event.clientX - box.left;
    setPercent(clamp((offset / (stacked ? box.height : box.width)) * 100));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowLeft: -STEP,
      ArrowUp: -STEP,
      ArrowRight: STEP,
      ArrowDown: STEP,
      Home: MIN - percent,
      End: MAX - percent,
    };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    setPercent(clamp(percent + move));
  };

  return (
    <div
      ref={container}
      className={`split ${stacked ? 'split-stacked' : 'split-wide'} ${className}`}
      style={{ '--split': `${percent}%` } as CSSProperties}
    >
      {first}
      <div
        className="split-handle"
        role="separator"
        tabIndex={0}
        aria-label={label}
        aria-controls={firstId}
        aria-orientation={stacked ? 'horizontal' : 'vertical'}
        aria-valuemin={MIN}
        aria-valuemax={MAX}
        aria-valuenow={percent}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      />
      {second}
    </div>
  );
}
