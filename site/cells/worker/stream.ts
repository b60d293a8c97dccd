/**
 * What a run writes, sent to the page in batches: a kernel call is synchronous, but a message
 * posted during it still reaches the page at once, so long runs show their output as they go.
 */

/** How long output may wait before it is sent (ms). */
const FLUSH_MS = 50;
/** Output kept for the error message's traceback (the tail of stderr). */
const STDERR_KEEP = 64 * 1024;

export type StreamName = 'stdout' | 'stderr';

export class StreamBuffer {
  private pending: { name: StreamName; text: string }[] = [];
  private last = Date.now();
  private stderr = '';

  constructor(private readonly emit: (name: StreamName, text: string) => void) {}

  write(fd: 1 | 2, text: string): void {
    const name: StreamName = fd === 2 ? 'stderr' : 'stdout';
    if (fd === 2) this.stderr = (this.stderr + text).slice(-STDERR_KEEP);
    const tail = this.pending.at(-1);
    if (tail !== undefined && tail.name === name) tail.text += text;
    else this.pending.push({ name, text });
    const now = Date.now();
    if (now - this.last >= FLUSH_MS) this.flush(now);
  }

  flush(now = Date.now()): void {
    for (const p of this.pending) this.emit(p.name, p.text);
    this.pending = [];
    this.last = now;
  }

  stderrText(): string {
    return this.stderr;
  }
}
