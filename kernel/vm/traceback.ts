/**
 * Printing tracebacks as CPython 3.11 does, with the caret lines under the failing expression.
 * CPython 3.11: Python/traceback.c (tb_displayline, display_source_line_with_margin,
 * extract_anchors_from_line, print_error_location_carets, tb_printinternal), Python/pythonrun.c
 * (print_exception, print_exception_recursive, print_error_text).
 */
import type { PyObject } from '../objects/pyobject.ts';
import { PyTracebackObject } from './frame.ts';
import { PyBaseExceptionObject, PyExc_BaseExceptionGroup, PyExc_IndentationError, PyExc_SyntaxError, getField } from '../objects/exceptions.ts';
import { PyObject_Repr, PyObject_Str, PyObject_TypeCheck, Py_None } from '../objects/object.ts';
import { excNotes } from '../objects/exceptions_init.ts';
import { PyListObject } from '../objects/listobject.ts';
import { PyTupleObject } from '../objects/tupleobject.ts';
import { PyUnicodeObject, internString } from '../objects/unicodeobject.ts';
import { PyLongObject } from '../objects/longobject.ts';
import { decref } from '../memory/refcount.ts';
import { PyErr } from './errors.ts';
import { parse } from '../compile/parser.ts';
import type * as A from '../compile/ast.ts';
import { PyDictObject, PyDict_GetItemWithError } from '../objects/dictobject.ts';
import { PyTypeObject, TPFlags } from '../objects/pyobject.ts';
import { suggestionFor } from './suggestions.ts';

/** NON-CPYTHON: the linecache: sources of the files the kernel ran, by filename. */
export const sourceCache = new Map<string, string[]>();

export function registerSource(filename: string, source: string): void {
  sourceCache.set(filename, source.split(/\r\n|\r|\n/));
}

function getLine(filename: string, lineno: number): string | null {
  const lines = sourceCache.get(filename);
  if (lines === undefined || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1];
}

const TB_RECURSIVE_CUTOFF = 3;
const INDENT = 4;

/** UTF-8 byte offset -> character offset in `line` (_PyPegen_byte_offset_to_character_offset). */
function byteToChar(line: string, byteOffset: number): number {
  let bytes = 0;
  let chars = 0;
  for (const ch of line) {
    if (bytes >= byteOffset) break;
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    chars += 1;
  }
  return chars;
}

function isWhitespace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\f';
}

/** CPython 3.11: Python/traceback.c extract_anchors_from_expr (offsets in the segment). */
function anchorsFromSegment(segment: string): { left: number; right: number; primary: string; secondary: string } | null {
  let tree: A.Module;
  try {
    tree = parse(segment, '<string>', 'exec') as A.Module;
  } catch {
    return null;
  }
  if (tree.body.length !== 1 || tree.body[0]._type !== 'Expr') return null;
  const e = (tree.body[0] as A.Expr).value;
  const bytes = new TextEncoder().encode(segment);
  if (e._type === 'BinOp') {
    const left = e.left;
    const right = e.right;
    let l = -1;
    let r = -1;
    for (let i = left.end_col_offset; i < right.col_offset; i++) {
      const c = String.fromCharCode(bytes[i]);
      if (isWhitespace(c)) continue;
      l = i;
      r = i + 1;
      if (i + 1 < right.col_offset && !isWhitespace(String.fromCharCode(bytes[i + 1]))) r++;
      if (i + 1 < right.col_offset && c === ')') continue;
      break;
    }
    if (l < 0) return null;
    return { left: l, right: r, primary: '~', secondary: '^' };
  }
  if (e._type === 'Subscript') {
    return { left: e.value.end_col_offset, right: e.slice.end_col_offset + 1, primary: '~', secondary: '^' };
  }
  return null;
}

/** CPython 3.11: Python/traceback.c tb_displayline + display_source_line_with_margin. */
function displayLine(out: string[], tb: PyTracebackObject): void {
  const f = tb.frame.f;
  const code = f.code;
  const filename = code.filename.s;
  out.push(`  File "${filename}", line ${tb.lineno}, in ${code.name.s}\n`);
  const line = getLine(filename, tb.lineno);
  if (line === null) return;
  const stripped = line.replace(/^[ \t\f]+/, '');
  const trimmed = stripped.replace(/\s+$/, '');
  if (trimmed.length === 0) return;
  out.push('    ' + trimmed + '\n');
  const pos = code.unit.positions;
  const i = tb.lasti;
  if (i < 0 || 4 * i + 3 >= pos.length) return;
  const startLine = pos[4 * i];
  const endLine = pos[4 * i + 1];
  const startCol = pos[4 * i + 2];
  const endCol = pos[4 * i + 3];
  if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) return;
  if (startLine !== tb.lineno) return;
  const truncation = line.length - stripped.length - INDENT;
  let startOffset = byteToChar(line, startCol);
  let endOffset = byteToChar(line, endCol);
  let leftEnd = -1;
  let rightStart = -1;
  let primary = '^';
  let secondary = '^';
  if (startLine === endLine) {
    const segment = line.slice(startOffset, endOffset);
    const anchors = anchorsFromSegment(segment);
    if (anchors !== null) {
      leftEnd = startOffset + byteToChar(segment, anchors.left);
      rightStart = startOffset + byteToChar(segment, anchors.right);
      primary = anchors.primary;
      secondary = anchors.secondary;
    }
  } else {
    // A multi-line expression is highlighted up to the last non-space character of its first line.
    let k = line.length;
    while (k > 0 && /\s/.test(line[k - 1])) k--;
    endOffset = k;
  }
  void startOffset;
  const strippedLen = trimmed.length;
  const hasSecondary = leftEnd !== -1 || rightStart !== -1;
  if (endOffset - startOffset === strippedLen && !hasSecondary) return;
  let carets = '';
  for (let offset = truncation + 1; offset <= endOffset; offset++) {
    if (offset <= startOffset) carets += ' ';
    else if (hasSecondary && leftEnd < offset && offset <= rightStart) carets += secondary;
    else carets += primary;
  }
  out.push(carets + '\n');
  startOffset = 0;
}

/** CPython 3.11: Python/traceback.c tb_printinternal (with the repeated-line cutoff). */
export function formatTraceback(tb: PyTracebackObject | null): string {
  const out: string[] = ['Traceback (most recent call last):\n'];
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let cnt = 0;
  for (let t = tb; t !== null; t = t.next) {
    const code = t.frame.f.code;
    const file = code.filename.s;
    const name = code.name.s;
    if (lastFile === null || file !== lastFile || t.lineno !== lastLine || name !== lastName) {
      if (cnt > TB_RECURSIVE_CUTOFF) out.push(repeatedMessage(cnt - TB_RECURSIVE_CUTOFF));
      lastFile = file;
      lastLine = t.lineno;
      lastName = name;
      cnt = 0;
    }
    cnt++;
    if (cnt <= TB_RECURSIVE_CUTOFF) displayLine(out, t);
  }
  if (cnt > TB_RECURSIVE_CUTOFF) out.push(repeatedMessage(cnt - TB_RECURSIVE_CUTOFF));
  return out.join('');
}

function repeatedMessage(n: number): string {
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

/** The name an exception type prints as: module.qualname unless builtins or __main__. */
export function exceptionTypeName(t: PyTypeObject): string {
  let mod = t.moduleName;
  if (t.tp_flags & TPFlags.HEAPTYPE) {
    const m = t.tp_dict !== null ? PyDict_GetItemWithError(t.tp_dict as PyDictObject, internString('__module__')) : null;
    mod = m instanceof PyUnicodeObject ? m.s : '';
  }
  const qual = t.tp_flags & TPFlags.HEAPTYPE ? t.qualname : t.tp_name.slice(t.tp_name.lastIndexOf('.') + 1);
  if (mod === '' || mod === 'builtins' || mod === '__main__') return qual;
  return `${mod}.${qual}`;
}

function safeRepr(o: PyObject): string | null {
  try {
    const s = PyObject_Repr(o) as PyUnicodeObject;
    const v = s.s;
    decref(s);
    return v;
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

function safeStr(o: PyObject): string | null {
  try {
    const s = PyObject_Str(o);
    const v = s.s;
    decref(s);
    return v;
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

/** CPython 3.11: Python/pythonrun.c print_error_text (the SyntaxError source line and carets). */
function printErrorText(out: string[], offset: number, endOffset: number, textIn: string): void {
  let text = textIn;
  offset--;
  endOffset--;
  while (text.length > 0 && (text[0] === ' ' || text[0] === '\t' || text[0] === '\f')) {
    text = text.slice(1);
    offset--;
    endOffset--;
  }
  let len = text.length;
  if (len > 0 && text[len - 1] === '\n') len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl < 0 || nl >= offset) break;
    const inl = nl + 1;
    text = text.slice(inl);
    len -= inl;
    offset -= inl;
    endOffset -= inl;
  }
  out.push('    ' + text);
  if (text[len] !== '\n' || text.length === len) {
    if (!text.endsWith('\n')) out.push('\n');
  }
  if (offset < 0) return;
  let carets = '    ' + ' '.repeat(offset);
  let n = endOffset - offset;
  if (endOffset < 0 || n < 1) n = 1;
  if (offset + n > len + 1) n = Math.max(1, len + 1 - offset);
  carets += '^'.repeat(n);
  out.push(carets + '\n');
}

/** The "  File ..., line N" block of a SyntaxError (print_exception's parse_syntax_error part). */
function formatSyntaxErrorHead(out: string[], exc: PyBaseExceptionObject): string | null {
  const msg = getField(exc, 'msg');
  const filename = getField(exc, 'filename');
  const lineno = getField(exc, 'lineno');
  const offset = getField(exc, 'offset');
  const endOffset = getField(exc, 'end_offset');
  const text = getField(exc, 'text');
  const fname = filename instanceof PyUnicodeObject ? filename.s : '<string>';
  const line = lineno instanceof PyLongObject ? Number(lineno.v) : 1;
  out.push(`  File "${fname}", line ${line}\n`);
  if (text instanceof PyUnicodeObject) {
    const off = offset instanceof PyLongObject ? Number(offset.v) : -1;
    const end = endOffset instanceof PyLongObject ? Number(endOffset.v) : -1;
    // CPython 3.11 draws a single caret under an IndentationError, whatever its end_offset.
    const single = PyObject_TypeCheck(exc, PyExc_IndentationError);
    if (off >= 0 || text.s.length > 0) printErrorText(out, off < 0 ? 0 : off, single ? -1 : end, text.s);
  }
  return msg instanceof PyUnicodeObject ? msg.s : msg !== null && msg !== Py_None ? safeStr(msg) : null;
}

/** CPython 3.11: Python/pythonrun.c print_exception (one exception, no chain). */
function formatOne(out: string[], exc: PyObject, withTraceback = true): void {
  if (!(exc instanceof PyBaseExceptionObject)) {
    out.push(`TypeError: print_exception(): Exception expected for value, ${exc.ob_type.tp_name} found\n`);
    return;
  }
  if (withTraceback && exc.traceback !== null && exc.traceback !== Py_None) out.push(formatTraceback(exc.traceback as PyTracebackObject));
  const typeName = exceptionTypeName(exc.ob_type);
  let msg: string | null;
  if (PyObject_TypeCheck(exc, PyExc_SyntaxError) && getField(exc, 'lineno') !== null && getField(exc, 'lineno') !== Py_None) {
    msg = formatSyntaxErrorHead(out, exc);
  } else {
    msg = safeStr(exc);
  }
  if (msg === null) out.push(`${typeName}: <exception str() failed>\n`);
  else if (msg.length === 0) out.push(`${typeName}\n`);
  else out.push(`${typeName}: ${msg}\n`);
  const suggestion = suggestionFor(exc);
  if (suggestion !== null) {
    out.pop();
    out.push(`${msg === null || msg.length === 0 ? typeName : `${typeName}: ${msg}`}${suggestion}\n`);
  }
  // print_exception_notes: __notes__ is an attribute (add_note keeps it in the __dict__).
  const notes = excNotes(exc);
  if (notes !== null) {
    try {
      if (notes instanceof PyListObject || notes instanceof PyTupleObject) {
        for (const n of notes.items) {
          const s = n instanceof PyUnicodeObject ? n.s : safeStr(n) ?? '<note str() failed>';
          out.push(s + '\n');
        }
      } else {
        out.push((safeRepr(notes) ?? '<__notes__ repr() failed>') + '\n');
      }
    } finally {
      decref(notes);
    }
  }
}

const CAUSE_MESSAGE = 'The above exception was the direct cause of the following exception:\n';
const CONTEXT_MESSAGE = 'During handling of the above exception, another exception occurred:\n';

const enum GroupLimits {
  /** max_group_width: sub-exceptions shown per group. */
  MAX_WIDTH = 15,
  /** max_group_depth: nesting levels shown. */
  MAX_DEPTH = 10,
}

/** CPython 3.11: Python/pythonrun.c struct exception_print_context. */
interface PrintContext {
  out: string[];
  depth: number;
  needClose: boolean;
  seen: Set<PyObject>;
}

function indent(ctx: PrintContext): string {
  return ' '.repeat(2 * ctx.depth);
}

function margin(ctx: PrintContext): string {
  return ctx.depth > 0 ? '| ' : '';
}

/** Writes text with every line prefixed by the indent and margin (_Py_WriteIndentedMargin). */
function writeIndented(ctx: PrintContext, text: string): void {
  if (ctx.depth === 0) {
    ctx.out.push(text);
    return;
  }
  const prefix = indent(ctx) + margin(ctx);
  for (const line of text.split(/(?<=\n)/)) if (line.length > 0) ctx.out.push(prefix + line);
}

function isGroup(exc: PyObject): boolean {
  return exc instanceof PyBaseExceptionObject && PyObject_TypeCheck(exc, PyExc_BaseExceptionGroup);
}

/** CPython 3.11: Python/pythonrun.c print_chained */
function printChained(ctx: PrintContext, value: PyObject, message: string): void {
  const needClose = ctx.needClose;
  printRecursive(ctx, value);
  ctx.needClose = needClose;
  writeIndented(ctx, '\n');
  writeIndented(ctx, message);
  writeIndented(ctx, '\n');
}

/** CPython 3.11: Python/pythonrun.c print_exception_recursive */
function printRecursive(ctx: PrintContext, exc: PyObject): void {
  ctx.seen.add(exc);
  if (exc instanceof PyBaseExceptionObject) {
    const cause = exc.cause;
    if (cause !== null && cause !== Py_None && !ctx.seen.has(cause)) printChained(ctx, cause, CAUSE_MESSAGE);
    else if (!exc.suppressContext) {
      const context = exc.context;
      if (context !== null && context !== Py_None && !ctx.seen.has(context)) printChained(ctx, context, CONTEXT_MESSAGE);
    }
  }
  if (isGroup(exc)) printExceptionGroup(ctx, exc as PyBaseExceptionObject);
  else {
    const lines: string[] = [];
    formatOne(lines, exc);
    writeIndented(ctx, lines.join(''));
  }
}

/** CPython 3.11: Python/pythonrun.c print_exception_group */
function printExceptionGroup(ctx: PrintContext, exc: PyBaseExceptionObject): void {
  if (ctx.depth > GroupLimits.MAX_DEPTH) {
    writeIndented(ctx, `... (max_group_depth is ${GroupLimits.MAX_DEPTH})\n`);
    return;
  }
  const outermost = ctx.depth === 0;
  if (outermost) ctx.depth = 1;
  // The traceback, under its "Exception Group Traceback" header.
  if (exc.traceback !== null && exc.traceback !== Py_None) {
    const tb = formatTraceback(exc.traceback as PyTracebackObject);
    const body = tb.slice(tb.indexOf('\n') + 1);
    ctx.out.push(indent(ctx) + (ctx.depth === 1 ? '+ ' : margin(ctx)) + 'Exception Group Traceback (most recent call last):\n');
    writeIndented(ctx, body);
  }
  const lines: string[] = [];
  formatOne(lines, exc, false);
  writeIndented(ctx, lines.join(''));
  const excs = (getField(exc, 'exceptions') as unknown as { items: PyObject[] }).items;
  const n = excs.length > GroupLimits.MAX_WIDTH ? GroupLimits.MAX_WIDTH + 1 : excs.length;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= GroupLimits.MAX_WIDTH;
    const label = truncated ? '...' : String(i + 1);
    ctx.out.push(indent(ctx) + `${i === 0 ? '+-' : '  '}+---------------- ${label} ----------------\n`);
    ctx.depth++;
    if (!truncated) printRecursive(ctx, excs[i]);
    else {
      const more = excs.length - GroupLimits.MAX_WIDTH;
      writeIndented(ctx, `and ${more} more exception${more > 1 ? 's' : ''}\n`);
    }
    ctx.depth--;
    if (last && ctx.needClose) {
      ctx.out.push(indent(ctx) + '  +------------------------------------\n');
      ctx.needClose = false;
    }
  }
  if (outermost) ctx.depth = 0;
}

/** CPython 3.11: Python/pythonrun.c print_exception_recursive from the top. */
export function formatException(exc: PyObject): string {
  const ctx: PrintContext = { out: [], depth: 0, needClose: false, seen: new Set() };
  printRecursive(ctx, exc);
  return ctx.out.join('');
}
