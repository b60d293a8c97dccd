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
}

export type KernelOutput = (fd: 1 | 2, text: string) => void;

export interface ReplResult {
  /** True when the input is an unfinished compound statement and needs more lines. */
  more: boolean;
}

export interface Interpreter {
  /** Run source as `python3 FILE` runs a script; returns the process exit code. */
  runMain(source: string, path: string): number;
  /** Feed one line to the interactive console (code.InteractiveConsole semantics). */
  replPush(line: string): ReplResult;
  /** Run interpreter shutdown (atexit, final collection); returns the exit code. */
  finalize(): number;
  /** Ask the running program to stop with KeyboardInterrupt at the next instruction. */
  interrupt(): void;
}

export function createInterpreter(options: InterpreterOptions): Interpreter {
  return {
    runMain(_source, _path) {
      options.write(2, 'heapbook: the kernel is not built yet\n');
      return 1;
    },
    replPush() {
      return { more: false };
    },
    finalize() {
      return 0;
    },
    interrupt() {},
  };
}
