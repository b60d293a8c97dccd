// The kernel's public surface. Hosts (CLI, tests, worker, build-time renderer) import only this.
export { createInterpreter } from './host/interpreter.ts';
export type { Interpreter, InterpreterOptions, KernelOutput, ReplResult } from './host/interpreter.ts';
