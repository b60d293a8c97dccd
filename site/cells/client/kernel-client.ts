/**
 * The page's side of the kernel worker: starts it, sends execute requests one at a time,
 * interrupts and replaces it.
 *
 * Interrupting. With a SharedArrayBuffer (a cross-origin-isolated page) the page sets the
 * kernel's interrupt flag and the run stops at the next instruction check with a real
 * KeyboardInterrupt traceback, the kernel's state kept. The site sends no isolation headers, so
 * usually there is none: then the worker is ended and replaced at once (`replace` mode), and the
 * notebook replays the earlier cells into the new kernel. The kernel is deterministic (addresses
 * come from its emulated allocator), so the replay rebuilds the same state; only what the
 * interrupted cell itself did is lost. In buffer mode, a kernel that has not stopped within
 * INTERRUPT_GRACE_MS (stuck in one long builtin call) is replaced the same way.
 */
import type { RecordRequest } from '../build/record.ts';
import type { DisplayData, ExecuteReply, FromKernel, KernelInfoReply, Stream, ToKernel } from '../worker/protocol.ts';
import { newMsgId } from '../worker/protocol.ts';

/** How long an interrupted run may take to stop before the worker is replaced. */
const INTERRUPT_GRACE_MS = 1000;
/** How long a new worker may take to start (download and compile the kernel, boot it). */
const START_TIMEOUT_MS = 20_000;
/** The value written to the interrupt flag (SIGINT, as Pyodide's interrupt buffer uses). */
const SIGINT = 2;

/** What site/components/KernelWorker.astro leaves for this script: the worker it started early. */
interface EarlyKernel {
  worker: Worker | null;
  /** Its script failed to load or to run before this script took it over. */
  failed: boolean;
}

/** The worker the page started while it was being read, once, unless it failed. */
function adoptEarlyWorker(): Worker | null {
  const early = (globalThis as { heapbookKernel?: EarlyKernel }).heapbookKernel;
  const worker = early?.worker ?? null;
  if (worker === null) return null;
  early!.worker = null;
  if (!early!.failed) return worker;
  worker.terminate();
  return null;
}

/** A new kernel worker. */
function newWorker(): Worker {
  performance.mark('heapbook:kernel-spawn');
  return new Worker(new URL('../worker/kernel.worker.ts', import.meta.url), { type: 'module', name: 'heapbook-kernel' });
}

export interface RunHandlers {
  onStream?: (m: Stream['content']) => void;
  onDisplay?: (m: DisplayData['content']) => void;
}

export type RunOutcome =
  | { kind: 'reply'; reply: ExecuteReply['content'] }
  /** The worker was replaced while the request ran (interrupt, or it stopped answering). */
  | { kind: 'lost'; reason: ReplaceReason };

interface Pending {
  id: string;
  handlers: RunHandlers;
  resolve: (o: RunOutcome) => void;
}

export type ReplaceReason = 'interrupted' | 'unresponsive' | 'restart' | 'crashed';

export class KernelClient {
  private worker: Worker | null = null;
  private ready: Promise<KernelInfoReply['content']> | null = null;
  private pending: Pending | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private interruptFlag: Int32Array | null = null;
  private interruptTimer: ReturnType<typeof setTimeout> | null = null;
  private generation = 0;
  /** The execution count the next worker starts from. */
  private countBase = 0;

  onStatus: (state: 'starting' | 'idle' | 'busy' | 'dead') => void = () => {};

  /** Starts the worker if it is not running; resolves when it can run code. */
  start(): Promise<KernelInfoReply['content']> {
    this.ready ??= this.spawn();
    return this.ready;
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  get mode(): 'buffer' | 'replace' {
    return this.interruptFlag === null ? 'replace' : 'buffer';
  }

  /** Runs code; requests queue, one runs at a time. */
  execute(code: string, filename: string, silent: boolean, handlers: RunHandlers = {}, record: RecordRequest | null = null): Promise<RunOutcome> {
    const run = this.queue.then(() => this.executeNow(code, filename, silent, handlers, record));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stops the running request: KeyboardInterrupt through the flag, or a replaced worker. */
  interrupt(): void {
    if (this.pending === null) return;
    if (this.interruptFlag !== null) {
      Atomics.store(this.interruptFlag, 0, SIGINT);
      this.interruptTimer ??= setTimeout(() => this.replace('unresponsive'), INTERRUPT_GRACE_MS);
    } else {
      this.replace('interrupted');
    }
  }

  /** Ends the worker and starts a fresh one (counts start again from 1). */
  restart(): Promise<KernelInfoReply['content']> {
    this.countBase = 0;
    return this.replace('restart');
  }

  /** Ends the worker, settles the running request as lost, and starts another. */
  replace(reason: ReplaceReason): Promise<KernelInfoReply['content']> {
    this.kill();
    const p = this.pending;
    this.pending = null;
    if (p !== null) p.resolve({ kind: 'lost', reason });
    this.ready = this.spawn();
    return this.ready;
  }

  private kill(): void {
    this.generation += 1;
    if (this.interruptTimer !== null) clearTimeout(this.interruptTimer);
    this.interruptTimer = null;
    this.worker?.terminate();
    this.worker = null;
  }

  private async executeNow(code: string, filename: string, silent: boolean, handlers: RunHandlers, record: RecordRequest | null): Promise<RunOutcome> {
    await this.start();
    const id = newMsgId('page');
    if (this.interruptFlag !== null) Atomics.store(this.interruptFlag, 0, 0);
    return new Promise<RunOutcome>((resolve) => {
      this.pending = { id, handlers, resolve };
      this.post({ msg_type: 'execute_request', msg_id: id, content: { code, filename, silent, record } });
    });
  }

  private post(m: ToKernel): void {
    this.worker!.postMessage(m);
  }

  private spawn(): Promise<KernelInfoReply['content']> {
    const generation = this.generation;
    this.onStatus('starting');
    const worker = adoptEarlyWorker() ?? newWorker();
    this.worker = worker;
    this.interruptFlag = typeof SharedArrayBuffer === 'function' && globalThis.crossOriginIsolated
      ? new Int32Array(new SharedArrayBuffer(4)) : null;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (generation !== this.generation) return;
        this.onStatus('dead');
        this.kill();
        this.ready = null;
        reject(new Error('the kernel did not start'));
      }, START_TIMEOUT_MS);
      worker.onmessage = (e: MessageEvent<FromKernel>) => {
        if (generation !== this.generation) return;
        if (e.data.msg_type === 'kernel_info_reply') {
          performance.mark('heapbook:kernel-ready');
          clearTimeout(timer);
          resolve(e.data.content);
        }
        this.receive(e.data);
      };
      worker.onerror = (e) => {
        e.preventDefault();
        if (generation !== this.generation) return;
        clearTimeout(timer);
        if (this.pending !== null) {
          void this.replace('crashed');
        } else {
          this.kill();
          this.ready = null;
          reject(new Error(`the kernel failed: ${e.message}`));
        }
      };
      const content = this.interruptFlag === null
        ? { execution_count: this.countBase } : { interrupt_buffer: this.interruptFlag, execution_count: this.countBase };
      this.post({ msg_type: 'kernel_info_request', msg_id: newMsgId('page'), content });
    });
  }

  private receive(m: FromKernel): void {
    if (m.msg_type === 'status') {
      this.onStatus(m.content.execution_state);
      return;
    }
    const p = this.pending;
    if (p === null || m.parent_id !== p.id) return;
    if (m.msg_type === 'stream') p.handlers.onStream?.(m.content);
    else if (m.msg_type === 'display_data') p.handlers.onDisplay?.(m.content);
    else if (m.msg_type === 'execute_reply') this.settle(p, m.content);
  }

  private settle(p: Pending, reply: ExecuteReply['content']): void {
    if (this.interruptTimer !== null) clearTimeout(this.interruptTimer);
    this.interruptTimer = null;
    this.countBase = reply.execution_count;
    this.pending = null;
    p.resolve({ kind: 'reply', reply });
  }
}
