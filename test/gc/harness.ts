// Runs Python source in a fresh kernel interpreter and returns what it printed (for the gc tests).
import { createInterpreter } from '../../kernel/index.ts';
import { registerWeakrefModules } from '../../kernel/modules/weakref_registry.ts';

export interface Run {
  stdout: string;
  stderr: string;
  code: number;
}

/** Runs `source` as a main script (then interpreter shutdown), with the weakref modules registered. */
export function runPython(source: string, options: { stressGc?: boolean; finalize?: boolean } = {}): Run {
  registerWeakrefModules();
  const out: Record<1 | 2, string[]> = { 1: [], 2: [] };
  const interp = createInterpreter({ argv: ['test.py'], write: (fd, text) => out[fd].push(text), stressGc: options.stressGc ?? false });
  let code = interp.runMain(source, '/virtual/test.py');
  if (options.finalize !== false) {
    const f = interp.finalize();
    if (f !== 0) code = f;
  }
  return { stdout: out[1].join(''), stderr: out[2].join(''), code };
}
