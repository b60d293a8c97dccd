/**
 * How many 16-bit code units CPython 3.11's co_code has for a compiled unit: each instruction,
 * its inline CACHE entries, and the EXTENDED_ARG prefixes its argument needs. The kernel's
 * instruction arrays leave caches and EXTENDED_ARGs out and hold jump targets as instruction
 * indices, so jump arguments are recomputed as CPython's relative offsets in code units.
 * CPython 3.11: Python/compile.c instr_size, blocksize and assemble_jump_offsets (repeated while
 * a jump's argument grows an EXTENDED_ARG).
 */
import { HAS_JREL, INLINE_CACHE_ENTRIES, Op } from '../compile/opcodes.ts';

/** extended_args: prefixes needed for an argument of up to 32 bits. */
function extendedArgs(oparg: number): number {
  return (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
}

const BACKWARD_JUMPS: ReadonlySet<number> = new Set([
  Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT, Op.POP_JUMP_BACKWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_TRUE,
  Op.POP_JUMP_BACKWARD_IF_NONE, Op.POP_JUMP_BACKWARD_IF_NOT_NONE,
]);

/** Py_SIZE of the code object: len(co_code) // 2 in CPython 3.11. */
export function codeUnitCount(code: Int32Array): number {
  const n = code.length >> 1;
  // The argument CPython would encode, per instruction (jumps start at 0, as in compile.c).
  const args = new Int32Array(n);
  for (let i = 0; i < n; i++) args[i] = HAS_JREL.has(code[2 * i]) ? 0 : code[2 * i + 1];
  const offset = new Int32Array(n + 1);
  for (;;) {
    for (let i = 0; i < n; i++) {
      offset[i + 1] = offset[i] + 1 + INLINE_CACHE_ENTRIES[code[2 * i]] + extendedArgs(args[i]);
    }
    let changed = false;
    for (let i = 0; i < n; i++) {
      const op = code[2 * i];
      if (!HAS_JREL.has(op)) continue;
      // Relative to the instruction after the jump (and its caches).
      const next = offset[i + 1];
      const target = offset[code[2 * i + 1]];
      const arg = BACKWARD_JUMPS.has(op) ? next - target : target - next;
      if (extendedArgs(arg) !== extendedArgs(args[i])) changed = true;
      args[i] = arg;
    }
    if (!changed) return offset[n];
  }
}
