// The command-line host: `heapbook run FILE.py`, `heapbook -c CODE`, `heapbook` (REPL).
// It behaves as `python3` does, using only the kernel's public API (kernel/index.ts).
//
// NON-CPYTHON: the kernel runs in a worker thread. A kernel call is synchronous, so on the main
// thread it would block the event loop and no Ctrl-C handler could run until it returned. With the
// kernel in a worker the main thread stays free to see Ctrl-C: it sets a flag in shared memory
// that the kernel checks between instructions (raising KeyboardInterrupt there, as CPython's
// signal handler does); a second Ctrl-C while the kernel still runs ends the worker.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Interpreter } from '../index.ts';
import { type CachedBundle, loadBundle } from './code_cache.ts';
import type { Timeline } from '../protocol.ts';
import { OBSERVE_USAGE, type ObserveRequest, parseObserveFlags, recordOptionsFor, traceLine, writeDiagram } from './cli_observe.ts';

const VERSION_BANNER = 'Python 3.11.7 (heapbook kernel) on linux';
const BANNER_HINT = 'Type Ctrl-D to exit.';
const PS1 = '>>> ';
const PS2 = '... ';
/** Exit status of a process killed by SIGINT, as CPython reports an unhandled KeyboardInterrupt. */
const EXIT_SIGINT = 130;
/** The default --heap-limit: emulated memory a program may hold before MemoryError (1 GiB). */
const DEFAULT_HEAP_LIMIT = 2 ** 30;
/** JavaScript heap of the kernel's worker, room for the default heap limit's objects. */
const WORKER_HEAP_MB = 4096;

const USAGE = `usage: heapbook [run FILE.py | -c CODE | -i | -] [arg] ...
  run FILE.py [arg ...]  run a script, as 'python3 FILE.py' does (also: heapbook FILE.py)
  -c CODE [arg ...]      run the code in CODE, as 'python3 -c CODE' does
  -i                     start the interactive interpreter even if stdin is not a terminal
  -                      read the program from stdin
  (no argument)          interactive interpreter when stdin is a terminal, else run stdin
  -h, --help             print this message
  --heap-limit BYTES     emulated memory the program may hold before MemoryError (default 1G;
                         a K, M or G suffix; 0 for no limit)
${OBSERVE_USAGE}From npm: npm run -s heapbook -- run FILE.py
`;

// ---------------------------------------------------------------------------------------------
// Messages between the main thread and the kernel worker.

interface WorkerSetup {
  argv: string[];
  /** interruptBuffer: a one-element Int32Array over a SharedArrayBuffer, set to 1 by Ctrl-C. */
  interrupt: Int32Array;
  heapLimit?: number;
  terminals: { stdin: boolean; stdout: boolean; stderr: boolean };
}
type ToWorker =
  | { type: 'run'; source: string; path: string; observe?: ObserveRequest }
  | { type: 'push'; line: string }
  | { type: 'finalize' };
type FromWorker =
  | { type: 'out'; fd: 1 | 2; text: string }
  | { type: 'ran'; code: number; timeline?: Timeline }
  | { type: 'trace'; text: string }
  | { type: 'pushed'; more: boolean }
  | { type: 'finalized'; code: number }
  | { type: 'crashed'; stack: string };

// ---------------------------------------------------------------------------------------------
// Worker side: owns the interpreter.

/**
 * NON-CPYTHON: only the worker loads the kernel (the main thread needs none of it); the messages
 * the main thread sends meanwhile wait in the port until the listener below is added.
 */
async function workerMain(): Promise<void> {
  const port = parentPort!;
  const setup = workerData as WorkerSetup;
  const post = (message: FromWorker): void => port.postMessage(message);
  const kernel = await loadKernel();
  const interp: Interpreter = kernel.exports.createInterpreter({
    argv: setup.argv,
    write: (fd, text) => post({ type: 'out', fd, text }),
    interruptBuffer: setup.interrupt,
    heapLimit: setup.heapLimit,
    terminals: setup.terminals,
  });
  port.on('message', (message: ToWorker) => {
    try {
      switch (message.type) {
        case 'run':
          post(message.observe === undefined ? { type: 'ran', code: interp.runMain(message.source, message.path) } : observedRun(interp, message, post));
          break;
        case 'push':
          post({ type: 'pushed', more: interp.replPush(message.line).more });
          break;
        case 'finalize': {
          const code = interp.finalize();
          // The run is over: what it compiled goes into the code cache (once per bundle).
          kernel.save();
          post({ type: 'finalized', code });
          break;
        }
      }
    } catch (error) {
      // A JavaScript exception out of the kernel is a kernel bug, never a Python error.
      post({ type: 'crashed', stack: error instanceof Error ? (error.stack ?? String(error)) : String(error) });
    }
  });
}

type KernelModule = typeof import('../index.ts');

/**
 * The kernel: the CommonJS bundle the launcher names in HEAPBOOK_KERNEL_BUNDLE, loaded with its
 * V8 code cache (code_cache.ts); else (cli.ts run from source) the kernel's modules.
 */
async function loadKernel(): Promise<Pick<CachedBundle<KernelModule>, 'exports' | 'save'>> {
  const bundle = process.env.HEAPBOOK_KERNEL_BUNDLE;
  if (bundle !== undefined && bundle !== '') return loadBundle<KernelModule>(bundle);
  return { exports: await import('../index.ts'), save: () => {} };
}

/** A run recorded for --diagram or --trace: the events go out as they happen. */
function observedRun(interp: Interpreter, m: { source: string; path: string; observe?: ObserveRequest }, post: (message: FromWorker) => void): FromWorker {
  const req = m.observe!;
  const options = recordOptionsFor(req);
  if (req.trace) options.onEvent = (e) => post({ type: 'trace', text: traceLine(e) });
  const { exitCode, timeline } = interp.recordMain(m.source, m.path, options);
  return req.diagram === null ? { type: 'ran', code: exitCode } : { type: 'ran', code: exitCode, timeline };
}

// ---------------------------------------------------------------------------------------------
// Main side: arguments, files, terminal, signals.

class KernelCrash extends Error {}
class KernelKilled extends Error {}

/** A kernel in a worker thread; each request resolves with the worker's matching reply. */
class KernelHandle {
  private worker: Worker;
  private waiting: ((message: FromWorker) => void) | null = null;
  private failed: ((error: Error) => void) | null = null;
  private readonly interruptFlag = new Int32Array(new SharedArrayBuffer(4));
  /** Ctrl-Cs since the current request started. */
  private interrupts = 0;
  busy = false;

  constructor(argv: string[]) {
    const setup: WorkerSetup = {
      argv,
      interrupt: this.interruptFlag,
      heapLimit: heapLimit === 0 ? undefined : heapLimit,
      terminals: { stdin: Boolean(process.stdin.isTTY), stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
    };
    this.worker = new Worker(new URL(import.meta.url), { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.worker.on('message', (message: FromWorker) => this.receive(message));
    this.worker.on('error', (error) => this.fail(new KernelCrash(error.stack ?? String(error))));
  }

  private receive(message: FromWorker): void {
    if (message.type === 'out') {
      (message.fd === 1 ? process.stdout : process.stderr).write(message.text);
      return;
    }
    if (message.type === 'trace') {
      process.stderr.write(message.text);
      return;
    }
    if (message.type === 'crashed') {
      this.fail(new KernelCrash(message.stack));
      return;
    }
    const resolve = this.waiting;
    this.settle();
    resolve?.(message);
  }

  private fail(error: Error): void {
    const reject = this.failed;
    this.settle();
    reject?.(error);
  }

  private settle(): void {
    this.waiting = null;
    this.failed = null;
    this.busy = false;
  }

  private request(message: ToWorker): Promise<FromWorker> {
    this.busy = true;
    this.interrupts = 0;
    Atomics.store(this.interruptFlag, 0, 0);
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failed = reject;
      this.worker.postMessage(message);
    });
  }

  async run(source: string, path: string, observe?: ObserveRequest): Promise<{ code: number; timeline?: Timeline }> {
    const reply = await this.request(observe === undefined ? { type: 'run', source, path } : { type: 'run', source, path, observe });
    return reply.type === 'ran' ? { code: reply.code, timeline: reply.timeline } : { code: 1 };
  }

  async push(line: string): Promise<boolean> {
    const reply = await this.request({ type: 'push', line });
    return reply.type === 'pushed' ? reply.more : false;
  }

  async finalize(): Promise<number> {
    const reply = await this.request({ type: 'finalize' });
    return reply.type === 'finalized' ? reply.code : 1;
  }

  /**
   * Ctrl-C while the kernel runs: the flag makes the running program raise KeyboardInterrupt at
   * its next instruction. A second Ctrl-C before it has stopped ends the worker (and the run
   * rejects), for a kernel stuck inside one long operation.
   */
  interrupt(): void {
    this.interrupts++;
    if (this.interrupts > 1) {
      this.kill();
      return;
    }
    Atomics.store(this.interruptFlag, 0, 1);
  }

  kill(): void {
    void this.worker.terminate();
    this.fail(new KernelKilled('interrupted'));
  }

  close(): void {
    void this.worker.terminate();
  }
}

/** The exit status after shutdown: CPython keeps the run's status unless finalization fails. */
async function finish(kernel: KernelHandle, runCode: number): Promise<number> {
  const finalCode = await kernel.finalize();
  return finalCode !== 0 ? finalCode : runCode;
}

function reportCrash(error: unknown): number {
  if (error instanceof KernelKilled) {
    process.stderr.write('KeyboardInterrupt\n');
    return EXIT_SIGINT;
  }
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`heapbook: the kernel crashed (a bug in the kernel, not in the program):\n${detail}\n`);
  return 1;
}

/** Run one program (a script, -c code or stdin) to completion, as python3 does. */
async function runProgram(source: string, path: string, argv: string[], observe?: ObserveRequest): Promise<number> {
  const kernel = new KernelHandle(argv);
  const onSigint = (): void => kernel.interrupt();
  process.on('SIGINT', onSigint);
  try {
    const ran = await kernel.run(source, path, observe);
    const code = await finish(kernel, ran.code);
    if (observe?.diagram != null && ran.timeline !== undefined) {
      const problem = writeDiagram(ran.timeline, observe);
      if (problem !== null) {
        process.stderr.write(`heapbook: no diagram written: ${problem}\n`);
        return code === 0 ? 1 : code;
      }
    }
    return code;
  } catch (error) {
    return reportCrash(error);
  } finally {
    process.off('SIGINT', onSigint);
    kernel.close();
  }
}

/** CPython 3.11: Modules/main.c pymain_run_file — open the script or report why not. */
async function runFile(typedPath: string, args: string[], observe?: ObserveRequest): Promise<number> {
  const absolute = resolve(typedPath);
  let source: string;
  try {
    source = readFileSync(absolute, 'utf8');
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    if (err.code === 'EISDIR') {
      process.stderr.write(`python3: can't find '__main__' module in '${absolute}'\n`);
      return 1;
    }
    process.stderr.write(`python3: can't open file '${absolute}': [Errno ${-(err.errno ?? -2)}] ${describeErrno(err.code)}\n`);
    return 2;
  }
  return runProgram(source, absolute, [typedPath, ...args], observe);
}

function describeErrno(code: string | undefined): string {
  switch (code) {
    case 'EACCES': return 'Permission denied';
    case 'ENOTDIR': return 'Not a directory';
    case 'ELOOP': return 'Too many levels of symbolic links';
    default: return 'No such file or directory';
  }
}

function readStdin(): string {
  return readFileSync(0, 'utf8');
}

/** CPython 3.11: Python/pythonrun.c PyRun_InteractiveLoopFlags, driven line by line. */
async function repl(): Promise<number> {
  let kernel = new KernelHandle(['']);
  const terminal = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const rl: Interface = createInterface({
    input: process.stdin,
    // Like CPython: prompts go with the terminal's line editing, or to stderr when not a terminal.
    output: terminal ? process.stdout : process.stderr,
    terminal,
  });
  process.stderr.write(`${VERSION_BANNER}\n${BANNER_HINT}\n`);

  // Piped input can end (and close readline) while lines it already read still run.
  let closed = false;
  rl.on('close', () => { closed = true; });
  const prompt = (text: string): void => {
    if (closed) {
      (terminal ? process.stdout : process.stderr).write(text);
      return;
    }
    rl.setPrompt(text);
    rl.prompt();
  };

  let more = false;
  const onInterrupt = (): void => {
    if (kernel.busy) {
      kernel.interrupt();
      return;
    }
    // NON-CPYTHON: the public API has no way to discard the kernel's unfinished input, so a
    // half-typed compound statement stays pending.
    process.stdout.write('\nKeyboardInterrupt\n');
    prompt(more ? PS2 : PS1);
  };
  rl.on('SIGINT', onInterrupt);
  process.on('SIGINT', onInterrupt);

  prompt(PS1);
  try {
    for await (const line of rl) {
      try {
        more = await kernel.push(line);
      } catch (error) {
        if (!(error instanceof KernelKilled)) throw error;
        process.stdout.write('KeyboardInterrupt\n');
        process.stderr.write('heapbook: the kernel did not stop, so it was restarted: its state is lost.\n');
        kernel = new KernelHandle(['']);
        more = false;
      }
      prompt(more ? PS2 : PS1);
    }
    // EOF (Ctrl-D): end the line the prompt is on, as CPython does.
    process.stderr.write('\n');
    return await kernel.finalize();
  } catch (error) {
    return reportCrash(error);
  } finally {
    process.off('SIGINT', onInterrupt);
    rl.close();
    kernel.close();
  }
}

/** --heap-limit's value for every kernel this process starts (0: no limit). */
let heapLimit = DEFAULT_HEAP_LIMIT;

/** Takes --heap-limit BYTES (or --heap-limit=BYTES) out of the arguments; an error message or null. */
function parseHeapLimit(args: string[]): string | null {
  const i = args.findIndex((a) => a === '--heap-limit' || a.startsWith('--heap-limit='));
  if (i < 0 || args.slice(0, i).some((a) => a === '-c' || a === 'run' || !a.startsWith('-'))) return null;
  const inline = args[i].startsWith('--heap-limit=');
  const text = inline ? args[i].slice('--heap-limit='.length) : args[i + 1];
  args.splice(i, inline ? 1 : 2);
  const m = text === undefined ? null : /^(\d+)([KMG]?)$/i.exec(text);
  if (m === null) return `--heap-limit needs a number of bytes (e.g. 512M), not ${text === undefined ? 'nothing' : `'${text}'`}`;
  const scale = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30 }[m[2].toUpperCase() as '' | 'K' | 'M' | 'G'];
  heapLimit = Number(m[1]) * scale;
  return null;
}

async function main(allArgs: string[]): Promise<number> {
  const limitError = parseHeapLimit(allArgs);
  if (limitError !== null) {
    process.stderr.write(`heapbook: ${limitError}\n${USAGE}`);
    return 2;
  }
  const parsed = parseObserveFlags(allArgs);
  if ('error' in parsed) {
    process.stderr.write(`heapbook: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const observe = parsed.request ?? undefined;
  const args = parsed.rest;
  const [first, ...rest] = args;
  if (observe !== undefined && (first === undefined || first === '-i')) {
    process.stderr.write(`heapbook: --diagram and --trace need a program (run FILE.py, -c CODE or -)\n`);
    return 2;
  }
  if (first === undefined) {
    return process.stdin.isTTY ? repl() : runProgram(readStdin(), '<stdin>', ['']);
  }
  switch (first) {
    case '-h':
    case '--help':
      process.stdout.write(USAGE);
      return 0;
    case '-i':
      if (rest.length > 0) break;
      return repl();
    case '-c':
      if (rest.length === 0) {
        process.stderr.write(`Argument expected for the -c option\n${USAGE}`);
        return 2;
      }
      return runProgram(rest[0]!, '<string>', ['-c', ...rest.slice(1)], observe);
    case '-':
      return runProgram(readStdin(), '<stdin>', ['-', ...rest], observe);
    case 'run':
      if (rest.length === 0) break;
      return runFile(rest[0]!, rest.slice(1), observe);
    default:
      if (!first.startsWith('-')) return runFile(first, rest, observe);
  }
  process.stderr.write(USAGE);
  return 2;
}

if (isMainThread) {
  // `npm run heapbook` runs in the package's folder; paths on its command line are the user's.
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  // The reader of stdout went away (`... | head -1`): CPython's next write raises BrokenPipeError
  // and the script exits with status 1. NON-CPYTHON: the kernel's output reaches the pipe after
  // the write that CPython would fail, so the program is not told; it just ends, with status 1.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(1);
  });
  // process.exitCode, not process.exit(): let piped stdout drain before the process ends.
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => { process.exitCode = reportCrash(error); },
  );
} else {
  void workerMain();
}
