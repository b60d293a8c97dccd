// The adaptive BINARY_OP add (kernel/vm/adaptive.ts): quickening after 8 warm-up events, the
// specialisations chosen, and deoptimisation after 53 misses, as in CPython 3.11.
import { describe, expect, it } from 'vitest';
import { createInterpreter } from '../../kernel/index.ts';
import { BinaryAdd, binaryAddIsInplace, codeWarmup } from '../../kernel/vm/adaptive.ts';
import type { PyCodeObject } from '../../kernel/objects/codeobject.ts';
import type { PyObject } from '../../kernel/objects/pyobject.ts';
import { Op } from '../../kernel/compile/opcodes.ts';
import { PyUnicode_FromString } from '../../kernel/objects/unicodeobject.ts';
import { PyLong_FromNumber } from '../../kernel/objects/longobject.ts';

createInterpreter({ write: () => {} });

/** A code object with BINARY_OP at 0 and STORE_FAST 0 after it (what `s += t` compiles to). */
function fakeCode(): PyCodeObject {
  return {
    code: Int32Array.from([Op.BINARY_OP, 13, Op.STORE_FAST, 0, Op.RETURN_VALUE, 0]),
    warmup: -8,
    binaryAddState: null,
    binaryAddCounter: null,
  } as unknown as PyCodeObject;
}

describe('quickening', () => {
  it('happens on the 8th RESUME or JUMP_BACKWARD', () => {
    const code = fakeCode();
    for (let i = 0; i < 7; i++) codeWarmup(code);
    expect(code.binaryAddState).toBeNull();
    codeWarmup(code);
    expect(code.binaryAddState).not.toBeNull();
    expect(code.warmup).toBe(0);
  });
});

describe('BINARY_OP add', () => {
  function quickened(): PyCodeObject {
    const code = fakeCode();
    for (let i = 0; i < 8; i++) codeWarmup(code);
    return code;
  }

  it('becomes BINARY_OP_INPLACE_ADD_UNICODE on its first run when the result is stored back into the left local', () => {
    const code = quickened();
    const s: PyObject = PyUnicode_FromString('ab');
    const t: PyObject = PyUnicode_FromString('cd');
    expect(binaryAddIsInplace(code, 0, s, t, [s])).toBe(true);
    expect(code.binaryAddState![0]).toBe(BinaryAdd.INPLACE_ADD_UNICODE);
  });

  it('becomes BINARY_OP_ADD_UNICODE when the local holds something else, and never runs in place', () => {
    const code = quickened();
    const s = PyUnicode_FromString('ab');
    const t = PyUnicode_FromString('cd');
    expect(binaryAddIsInplace(code, 0, s, t, [t])).toBe(false);
    expect(code.binaryAddState![0]).toBe(BinaryAdd.ADD_UNICODE);
    expect(binaryAddIsInplace(code, 0, s, t, [s])).toBe(false);
  });

  it('deoptimises after 53 misses and specialises again after the 31-run backoff', () => {
    const code = quickened();
    const one = PyLong_FromNumber(1000);
    const s = PyUnicode_FromString('ab');
    binaryAddIsInplace(code, 0, one, one, [one]);
    expect(code.binaryAddState![0]).toBe(BinaryAdd.ADD_INT);
    for (let i = 0; i < 52; i++) binaryAddIsInplace(code, 0, s, s, [s]);
    expect(code.binaryAddState![0]).toBe(BinaryAdd.ADD_INT);
    binaryAddIsInplace(code, 0, s, s, [s]);
    expect(code.binaryAddState![0]).toBe(BinaryAdd.ADAPTIVE);
    for (let i = 0; i < 31; i++) expect(binaryAddIsInplace(code, 0, s, s, [s])).toBe(false);
    expect(binaryAddIsInplace(code, 0, s, s, [s])).toBe(true);
  });

  it('backs off exponentially when it cannot specialise (operands of different types)', () => {
    const code = quickened();
    const s = PyUnicode_FromString('ab');
    const n = PyLong_FromNumber(1000);
    const attempts: number[] = [];
    for (let run = 0; run < 40; run++) {
      const before = code.binaryAddCounter![0];
      binaryAddIsInplace(code, 0, s, n, [s]);
      if (before < 16) attempts.push(run);
    }
    // adaptive_counter_backoff: 2**k - 1 more runs each time, one of them spent at once by
    // DISPATCH_SAME_OPARG (checked against CPython 3.11's _co_code_adaptive counters).
    expect(attempts).toEqual([0, 1, 4, 11, 26]);
  });
});
