// Runs a Python file on the kernel with the str/bytes/complex/number-formatting modules wired in
// (what the lead's start-up will do): `npx tsx test/objects/str_harness.ts FILE.py`.
// Also exported for the unit tests.
import { readFileSync } from 'node:fs';
import { createInterpreter } from '../../kernel/index.ts';
import { initUnicode } from '../../kernel/objects/unicodeobject.ts';
import { initBytes, PyBytes_FromBytes, bytesLikeView } from '../../kernel/objects/bytesobject.ts';
import { initByteArray } from '../../kernel/objects/bytearrayobject.ts';
import { initComplex, PyComplex_FromDoubles } from '../../kernel/objects/complexobject.ts';
import { initNumberFormatting } from '../../kernel/objects/formatting.ts';
import { constMakers } from '../../kernel/vm/pythonrun.ts';
import { setBytesView } from '../../kernel/modules/bltinmodule.ts';

let wired = false;

/** What the interpreter's start-up must do for these modules (before PyType_Ready). */
export function wireStrings(): void {
  if (wired) return;
  wired = true;
  initUnicode();
  initBytes();
  initByteArray();
  initComplex();
  initNumberFormatting();
  constMakers.bytes = (v) => PyBytes_FromBytes(v.slice());
  constMakers.complex = (re, im) => PyComplex_FromDoubles(re, im);
  setBytesView(bytesLikeView);
}

/** Runs source; returns [exit code, stdout, stderr]. */
export function runPython(source: string, path = '/tmp/snippet.py'): [number, string, string] {
  wireStrings();
  let out = '';
  let err = '';
  // A step budget turns a kernel that loops forever into a KeyboardInterrupt instead of a hung run.
  const interp = createInterpreter({
    write: (fd, text) => {
      if (fd === 1) out += text;
      else err += text;
    },
    argv: [path],
    stepBudget: 50_000_000,
  });
  // The cases print everything while running; interpreter shutdown is not part of what they test.
  const code = interp.runMain(source, path);
  return [code, out, err];
}

if (process.argv[1] && process.argv[1].endsWith('str_harness.ts')) {
  const file = process.argv[2];
  const [code, out, err] = runPython(readFileSync(file, 'utf8'), file);
  process.stdout.write(out);
  process.stderr.write(err);
  process.exitCode = code;
}
