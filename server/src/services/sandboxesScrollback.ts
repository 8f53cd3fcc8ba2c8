/**
 * Recent terminal output kept for replay when a tab (re)connects, bounded in size.
 * Chunks are kept as they came; trimming drops whole chunks first, then cuts the oldest one
 * at a line start so that a replay does not begin in the middle of an escape sequence.
 */
export class Scrollback {
  private chunks: string[] = [];
  private size = 0;

  constructor(
    private readonly maxChars: number,
    initial = '',
  ) {
    if (initial) this.append(initial);
  }

  append(data: string): void {
    if (!data) return;
    this.chunks.push(data);
    this.size += data.length;
    this.trim();
  }

  text(): string {
    if (this.chunks.length > 1) this.chunks = [this.chunks.join('')];
    return this.chunks[0] ?? '';
  }

  get length(): number {
    return this.size;
  }

  private trim(): void {
    while (this.size > this.maxChars && this.chunks.length > 1) {
      const first = this.chunks[0] ?? '';
      if (this.size - first.length < this.maxChars / 2) break;
      this.chunks.shift();
      this.size -= first.length;
    }
    if (this.size <= this.maxChars) return;
    const all = this.chunks.join('');
    let cut = all.length - this.maxChars;
    const newline = all.indexOf('\n', cut);
    if (newline !== -1 && newline < all.length - 1) cut = newline + 1;
    const kept = all.slice(cut);
    this.chunks = [kept];
    this.size = kept.length;
  }
}
