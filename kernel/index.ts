// The kernel's public surface. Hosts (CLI, tests, worker, build-time renderer) import only this.
export { createInterpreter } from './host/interpreter.ts';
export type { Interpreter, InterpreterOptions, KernelOutput, ReplResult } from './host/interpreter.ts';

// Recording runs as timelines of heap snapshots (kernel/PROTOCOL.md "Recording a run").
export { recordRun, type RecordRunOptions, type RecordRunResult } from './observe/record_run.ts';
export type { FineSteps, RecordOptions } from './observe/recorder.ts';
export type { RecordResult } from './observe/session.ts';
export type { SnapshotOptions } from './observe/snapshot.ts';
export { lineSteps, reconstruct, snapshots, stepCount, stepInfos, stepsAtLine } from './observe/timeline.ts';
export { eventText } from './observe/trace.ts';
export { PROTOCOL_VERSION } from './protocol.ts';
export type * from './protocol.ts';
