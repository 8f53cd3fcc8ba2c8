/** Two full collections when node runs with `--expose-gc` (npm run bench does); nothing otherwise. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}
