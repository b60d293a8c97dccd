/**
 * A disassembler for CodeUnits, close to CPython 3.11's `dis.dis` (Lib/dis.py): line numbers,
 * jump-target markers, opname, oparg and the argument's meaning. Offsets are instruction
 * indices (CodeUnits have no CACHE entries), jumps read "to N" with N an instruction index.
 *
 * Also Python's repr() of constants (Objects/floatobject.c float_repr, unicodeobject.c
 * unicode_repr, ...), which SyntaxError messages and the disassembler need.
 */
import type { CodeUnit } from './code.ts';
import type { ConstValue } from './constants.ts';
import { CMP_OP, HAS_CONST, HAS_FREE, HAS_LOCAL, HAS_NAME, NB_SYMBOL, Op, OPNAME } from './opcodes.ts';
import { isJumpOpcode } from './instr.ts';

// ---------------------------------------------------------------------------------------------
// repr of constants
// ---------------------------------------------------------------------------------------------

/**
 * CPython 3.11: Python/pystrtod.c format_float_short in mode 'r' (shortest round-trip digits);
 * `addDot0` as Py_DTSF_ADD_DOT_0 (float repr has it, complex parts do not).
 */
export function floatRepr(d: number, addDot0 = true): string {
  if (Number.isNaN(d)) return 'nan';
  if (d === Infinity) return 'inf';
  if (d === -Infinity) return '-inf';
  const sign = d < 0 || Object.is(d, -0) ? '-' : '';
  const exp = Math.abs(d).toExponential(); // shortest digits that round-trip
  const [mant, e] = exp.split('e');
  const digits = mant.replace('.', '');
  const decpt = Number(e) + 1;
  let body: string;
  if (decpt <= -4 || decpt > 16) {
    const rest = digits.length > 1 ? '.' + digits.slice(1) : '';
    const ex = decpt - 1;
    const exs = Math.abs(ex) < 10 ? '0' + Math.abs(ex) : String(Math.abs(ex));
    body = digits[0] + rest + 'e' + (ex < 0 ? '-' : '+') + exs;
  } else if (decpt <= 0) {
    body = '0.' + '0'.repeat(-decpt) + digits;
  } else if (decpt >= digits.length) {
    body = digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
  } else {
    body = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  }
  return sign + body;
}

/** CPython 3.11: Objects/complexobject.c complex_repr. */
export function complexRepr(real: number, imag: number): string {
  const im = floatRepr(imag, false);
  if (real === 0 && !Object.is(real, -0)) return im + 'j';
  const re = floatRepr(real, false);
  const sign = im[0] === '-' ? '' : '+';
  return '(' + re + sign + im + 'j)';
}

const NONPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** CPython 3.11: Objects/unicodeobject.c unicode_repr. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (ch !== ' ' && NONPRINTABLE.test(ch)) {
      if (cp <= 0xff) out += '\\x' + hex(cp, 2);
      else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
      else out += '\\U' + hex(cp, 8);
    } else out += ch;
  }
  return out + quote;
}

/** CPython 3.11: Objects/bytesobject.c PyBytes_Repr. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const x of b) {
    if (x === 0x27) hasSingle = true;
    if (x === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const x of b) {
    if (x === quote.charCodeAt(0) || x === 0x5c) out += '\\' + String.fromCharCode(x);
    else if (x === 9) out += '\\t';
    else if (x === 10) out += '\\n';
    else if (x === 13) out += '\\r';
    else if (x < 0x20 || x >= 0x7f) out += '\\x' + hex(x, 2);
    else out += String.fromCharCode(x);
  }
  return out + quote;
}

/** Python's repr() of a constant. */
export function reprConst(v: ConstValue): string {
  switch (v.t) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'bool': return v.v ? 'True' : 'False';
    case 'int': return v.v.toString();
    case 'float': return floatRepr(v.v);
    case 'complex': return complexRepr(v.real, v.imag);
    case 'str': return strRepr(v.v);
    case 'bytes': return bytesRepr(v.v);
    case 'tuple':
      if (v.items.length === 1) return '(' + reprConst(v.items[0]) + ',)';
      return '(' + v.items.map(reprConst).join(', ') + ')';
    case 'frozenset':
      if (!v.items.length) return 'frozenset()';
      return 'frozenset({' + v.items.map(reprConst).join(', ') + '})';
    case 'code': return `<code object ${v.v.name}, file "${v.v.filename}", line ${v.v.firstlineno}>`;
  }
}

// ---------------------------------------------------------------------------------------------
// disassembly
// ---------------------------------------------------------------------------------------------

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_VALUE_CONVERTERS = ['', 'str', 'repr', 'ascii'];

/** CPython 3.11: Lib/dis.py _get_instructions_bytes — the argrepr of one instruction. */
function argRepr(code: CodeUnit, op: number, arg: number): string {
  if (op === Op.KW_NAMES) return ''; // 3.11's dis shows no meaning for KW_NAMES
  if (HAS_CONST.has(op)) return reprConst(code.consts[arg]);
  if (op === Op.LOAD_GLOBAL) return (arg & 1 ? 'NULL + ' : '') + code.names[arg >> 1];
  if (HAS_NAME.has(op)) return code.names[arg];
  if (isJumpOpcode(op)) return 'to ' + arg;
  if (HAS_LOCAL.has(op) || HAS_FREE.has(op)) return code.localsplusnames[arg] ?? '';
  if (op === Op.COMPARE_OP) return CMP_OP[arg];
  if (op === Op.BINARY_OP) return NB_SYMBOL[arg];
  if (op === Op.FORMAT_VALUE) {
    let s = FORMAT_VALUE_CONVERTERS[arg & 0x3];
    if (arg & 0x4) s = s ? s + ', with format' : 'with format';
    return s;
  }
  if (op === Op.MAKE_FUNCTION) {
    return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
  }
  return '';
}

/** One code unit, as `dis.dis` shows it (without the nested code objects). */
export function disassembleOne(code: CodeUnit): string {
  const n = code.code.length / 2;
  const targets = new Set<number>();
  for (let i = 0; i < n; i++) if (isJumpOpcode(code.code[2 * i])) targets.add(code.code[2 * i + 1]);
  for (const e of code.exceptiontable) targets.add(e.target);
  let maxLine = 0;
  for (let i = 0; i < n; i++) maxLine = Math.max(maxLine, code.positions[4 * i]);
  const linenoWidth = Math.max(3, String(maxLine).length);
  const offsetWidth = Math.max(4, String(n).length);
  // Offsets: the instruction indices (CPython's dis prints byte offsets).
  const lines: string[] = [];
  let lastLine: number | null = null;
  for (let i = 0; i < n; i++) {
    const op = code.code[2 * i];
    const arg = code.code[2 * i + 1];
    const line = code.positions[4 * i];
    const fields: string[] = [];
    if (line !== -1 && line !== lastLine) {
      if (i > 0) lines.push(''); // dis separates line starts by a blank line, except at offset 0
      lastLine = line;
      fields.push(String(line).padStart(linenoWidth));
    } else {
      fields.push(' '.repeat(linenoWidth));
    }
    fields.push('   ');
    fields.push(targets.has(i) ? '>>' : '  ');
    fields.push(String(i).padStart(offsetWidth));
    fields.push(OPNAME[op].padEnd(OPNAME_WIDTH));
    if (op >= 90) {
      fields.push(String(arg).padStart(OPARG_WIDTH));
      const r = argRepr(code, op, arg);
      if (r) fields.push('(' + r + ')');
    }
    lines.push(fields.join(' ').trimEnd());
  }
  if (code.exceptiontable.length) {
    lines.push('ExceptionTable:');
    for (const e of code.exceptiontable) {
      lines.push(`  ${e.start} to ${e.end - 1} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
  return lines.join('\n');
}

/** `dis.dis(code)`: the unit, then every code object among its constants, recursively. */
export function disassemble(code: CodeUnit): string {
  const parts = [disassembleOne(code)];
  for (const k of code.consts) {
    if (k.t === 'code') {
      parts.push('');
      parts.push(`Disassembly of ${reprConst(k)}:`);
      parts.push(disassemble(k.v));
    }
  }
  return parts.join('\n');
}
