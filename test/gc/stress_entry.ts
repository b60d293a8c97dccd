// The kernel plus the collector's internals that the stress test drives: bundled by
// stress.test.ts into one module for plain worker threads.
export { createInterpreter } from '../../kernel/index.ts';
export { gcHooks } from '../../kernel/gc/collect.ts';
export { gcstate } from '../../kernel/gc/gcstate.ts';
export { validateGenerations, validateHeap } from '../../kernel/gc/validate.ts';
import { registerWeakrefModules } from '../../kernel/modules/weakref_registry.ts';
// Idempotent: the interpreter's start-up registers them too.
registerWeakrefModules();
