/**
 * The interpreter a host creates: start-up, running a script, the interactive console, and
 * shutdown.
 * CPython 3.11: Python/pylifecycle.c (Py_InitializeFromConfig, Py_FinalizeEx), Modules/main.c
 * (pymain_run_file), Python/pythonrun.c (PyRun_InteractiveOneObject), Lib/code.py
 * (InteractiveConsole, re-implemented).
 */
import type { PyObject } from '../objects/pyobject.ts';
import { bootstrap, type Runtime } from './bootstrap.ts';

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
}

export function createInterpreter(options: InterpreterOptions): Interpreter {
  const rt: Runtime = bootstrap(options);
  return {
    runMain: (source, path) => rt.runMain(source, path),
    replPush: (line) => rt.replPush(line),
    replReset: () => rt.replReset(),
    finalize: () => rt.finalize(),
    interrupt: () => rt.interrupt(),
  };
}

export type { PyObject };
