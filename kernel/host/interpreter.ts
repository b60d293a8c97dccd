/**
 * The interpreter a host creates: start-up, running a script, the interactive console, and
 * shutdown.
 * CPython 3.11: Python/pylifecycle.c (Py_InitializeFromConfig, Py_FinalizeEx), Modules/main.c
 * (pymain_run_file), Python/pythonrun.c (PyRun_InteractiveOneObject), Lib/code.py
 * (InteractiveConsole, re-implemented).
 */
import type { PyObject } from '../objects/pyobject.ts';
import type { HeapSnapshot } from '../protocol.ts';
import { bootstrap, type Runtime } from './bootstrap.ts';
import { ObserveSession, type RecordResult } from '../observe/session.ts';
import type { RecordOptions } from '../observe/recorder.ts';
import type { SnapshotOptions } from '../observe/snapshot.ts';

/** Options a host gives when it creates an interpreter. */
export interface InterpreterOptions {
  /** Receives everything the program writes: fd 1 is stdout, fd 2 is stderr, in order. */
  write: KernelOutput;
  /** sys.argv; argv[0] is the script path as the user typed it. */
  argv?: string[];
  /** Instructions the run may execute before KeyboardInterrupt is raised (default: unlimited). */
  stepBudget?: number;
  /** Collect on every GC allocation (debug switch). */
  stressGc?: boolean;
  /**
   * A shared flag the host sets to 1 to interrupt the running program (a SharedArrayBuffer-backed
   * Int32Array of length >= 1), checked between instructions.
   */
  interruptBuffer?: Int32Array;
  /**
   * Which standard streams are terminals (their isatty()). As in CPython, sys.stdout is
   * line-buffered on a terminal and block-buffered otherwise (8192-byte chunks, flushed when a
   * script ends); sys.stderr is always line-buffered. Default: none (pipes).
   */
  terminals?: { stdin?: boolean; stdout?: boolean; stderr?: boolean };
  /**
   * The most bytes of emulated memory (pymalloc's arenas and the raw heap) the program may hold,
   * as `ulimit -v` limits a process: the allocation that would pass it fails, and the program
   * gets MemoryError (raised without allocating, from MemoryError's free list). Default: none.
   */
  heapLimit?: number;
  /**
   * NON-CPYTHON: false leaves out the references CPython's start-up modules hold to None, the
   * small ints, the builtin types... (kernel/host/startup_refs.ts); only
   * test/oracle/startup_refs.ts, which measures them, needs this. Default: true.
   */
  startupReferences?: boolean;
}

export type KernelOutput = (fd: 1 | 2, text: string) => void;

export interface ReplResult {
  /** True when the input is an unfinished compound statement and needs more lines. */
  more: boolean;
  /** Set when the input called sys.exit(): the status the session should end with. */
  exitStatus?: number;
}

export interface Interpreter {
  /** Run source as `python3 FILE` runs a script; returns the process exit code. */
  runMain(source: string, path: string): number;
  /** Feed one line to the interactive console (code.InteractiveConsole semantics). */
  replPush(line: string): ReplResult;
  /** Discard a half-typed REPL input (Ctrl-C at the `...` prompt). */
  replReset(): void;
  /** Run interpreter shutdown (final collection, __main__ teardown); returns the exit code. Idempotent. */
  finalize(): number;
  /** Ask the running program to stop with KeyboardInterrupt at the next instruction. */
  interrupt(): void;
  /**
   * NON-CPYTHON: runMain while recording the run as a timeline of heap snapshots (one step
   * per line of the program, see kernel/observe/recorder.ts). The run is the same run: same
   * output, counts and addresses as without recording.
   */
  recordMain(source: string, path: string, options?: RecordOptions): RecordResult;
  /** NON-CPYTHON: a heap snapshot of the interpreter as it is (between runs). */
  snapshot(options?: SnapshotOptions): HeapSnapshot;
}

export function createInterpreter(options: InterpreterOptions): Interpreter {
  const rt: Runtime = bootstrap(options);
  const observe = new ObserveSession();
  return {
    runMain: (source, path) => rt.runMain(source, path),
    recordMain: (source, path, opts = {}) => observe.record(path, opts, () => rt.runMain(source, path)),
    snapshot: (opts) => observe.snapshot(opts),
    replPush: (line) => rt.replPush(line),
    replReset: () => rt.replReset(),
    finalize: () => rt.finalize(),
    interrupt: () => rt.interrupt(),
  };
}

export type { PyObject };
