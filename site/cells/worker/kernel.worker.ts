/**
 * The kernel's Web Worker: one interpreter per worker, one chapter per interpreter. It answers the
 * messages of protocol.ts; the page never waits on it synchronously, so a long run never freezes
 * the page.
 */
import './start-mark.ts';
import { createInterpreter, type Interpreter } from '../../../kernel/index.ts';
import { parseError } from './errors.ts';
import { type CellRun, runCell } from '../build/record.ts';
import { type ExecuteRequest, type FromKernel, type KernelInfoRequest, TIMELINE_MIME, type ToKernel, newMsgId } from './protocol.ts';
import { StreamBuffer } from './stream.ts';
import { installLibOnDemand, prefetch } from './lib-on-demand.ts';

// The kernel's code has been evaluated (the bench reads these marks: test/bench/site.ts).
performance.mark('heapbook:worker-loaded');

const scope = self as unknown as { postMessage(m: FromKernel): void; onmessage: ((e: MessageEvent<ToKernel>) => void) | null };
const send = (m: FromKernel): void => scope.postMessage(m);

let interp: Interpreter | null = null;
let executionCount = 0;
let streams: StreamBuffer | null = null;

function status(state: 'starting' | 'idle' | 'busy', parent?: string): void {
  send({ msg_type: 'status', msg_id: newMsgId('k'), parent_id: parent, content: { execution_state: state } });
}

function start(req: KernelInfoRequest): void {
  status('starting', req.msg_id);
  installLibOnDemand();
  executionCount = req.content.execution_count ?? 0;
  interp = createInterpreter({
    argv: [''],
    interruptBuffer: req.content.interrupt_buffer,
    write: (fd, text) => streams?.write(fd, text),
  });
  performance.mark('heapbook:interpreter-created');
  send({
    msg_type: 'kernel_info_reply', msg_id: newMsgId('k'), parent_id: req.msg_id,
    content: {
      implementation: 'heapbook',
      language_info: { name: 'python', version: '3.11.7' },
      interrupt_mode: req.content.interrupt_buffer ? 'buffer' : 'replace',
    },
  });
  status('idle', req.msg_id);
}

function execute(req: ExecuteRequest): void {
  const { code, filename, silent, record } = req.content;
  status('busy', req.msg_id);
  const out = new StreamBuffer((name, text) => {
    if (!silent) send({ msg_type: 'stream', msg_id: newMsgId('k'), parent_id: req.msg_id, content: { name, text } });
  });
  streams = out;
  let run: CellRun;
  try {
    run = runCell(interp!, code, filename, silent ? null : record);
  } catch (e) {
    // A JavaScript error out of the kernel is a kernel bug: say so, as the run's error.
    out.write(2, `SystemError: the kernel failed: ${e instanceof Error ? e.message : String(e)}\n`);
    run = { status: 1, timeline: null };
  }
  out.flush();
  streams = null;
  if (!silent) executionCount += 1;
  if (run.timeline !== null) {
    send({ msg_type: 'display_data', msg_id: newMsgId('k'), parent_id: req.msg_id, content: { data: { [TIMELINE_MIME]: run.timeline } } });
  }
  const error = run.status === 0 ? null : parseError(out.stderrText());
  if (error !== null && !silent) send({ msg_type: 'error', msg_id: newMsgId('k'), parent_id: req.msg_id, content: error });
  send({
    msg_type: 'execute_reply', msg_id: newMsgId('k'), parent_id: req.msg_id,
    content: { status: error === null ? 'ok' : 'error', execution_count: executionCount, ...(error ? { ename: error.ename } : {}) },
  });
  status('idle', req.msg_id);
}

async function handle(m: ToKernel): Promise<void> {
  if (m.msg_type === 'kernel_info_request') {
    start(m);
  } else if (m.msg_type === 'execute_request') {
    await prefetch(m.content.code).catch(() => undefined);
    execute(m);
  }
}

/** Requests are handled one at a time, in order, though a run first awaits its modules' sources. */
let queue = Promise.resolve();

scope.onmessage = (e) => {
  const m = e.data;
  queue = queue.then(() => handle(m)).catch((err: unknown) => {
    // Thrown again outside the promise, as an uncaught error: the page's worker.onerror hears of it.
    setTimeout(() => {
      throw err;
    });
  });
};
