/**
 * str.format and str.format_map: the markup parser, field lookup (`{0.attr[key]}`), conversions
 * (!r !s !a), nested format specs and automatic numbering.
 * CPython 3.11: Objects/stringlib/unicode_format.h (MarkupIterator, parse_field,
 * field_name_split, FieldNameIterator, get_field_object, render_field, build_string).
 *
 * Positions are UTF-16 offsets into the format string: every character the parser looks for is
 * ASCII, so surrogate pairs pass through untouched.
 */
import type { PyObject } from './pyobject.ts';
import { decref } from '../memory/refcount.ts';
import { raise, raiseObject } from '../vm/errors.ts';
import { PyExc_IndexError, PyExc_ValueError, newKeyError } from './exceptions.ts';
import { PyObject_GetAttr, PyObject_Repr, PyObject_Str } from './object.ts';
import { PyLong_FromNumber, PyLong_Type, PyLongObject } from './longobject.ts';
import { PyFloat_Type, PyFloatObject } from './floatobject.ts';
import { PyObject_GetItem } from './abstract.ts';
import { PyTupleObject, tupleFromArray } from './tupleobject.ts';
import { PyDictObject, PyDict_New, PyDict_SetItem, PyDict_Type } from './dictobject.ts';
import { oneArg } from './getargs.ts';
import { PyObject_ASCII, PyUnicodeObject, PyUnicode_FromString, PyUnicode_Type } from './unicodeobject.ts';
import { decimalValue } from './unicodectype.ts';
import {
  UnicodeWriter, floatFormatInto, formatObject, longFormatInto, unicodeFormatInto,
} from './formatting.ts';
import { complexFormatInto, PyComplex_Type, PyComplexObject } from './complexobject.ts';

const enum FormatLimits {
  /** PEP 3101: "{0:{1}}" works, "{0:{1:{2}}}" does not. */
  RECURSION_DEPTH = 2,
  /** build_string: writer.min_length is the format string's length plus this. */
  MIN_LENGTH_EXTRA = 100,
}

/** AutoNumberState */
const enum AutoState {
  INIT,
  AUTO,
  MANUAL,
}

class AutoNumber {
  state = AutoState.INIT;
  fieldNumber = 0;
}

/** A parsed replacement field. */
interface Field {
  name: string;
  /** null when the field has no ':' part (SubString with a NULL str). */
  spec: string | null;
  specNeedsExpanding: boolean;
  /** '' when there is no conversion. */
  conversion: string;
}

const PY_SSIZE_T_MAX = 9223372036854775807n;

/** CPython 3.11: unicode_format.h get_integer: -1 when not all decimal digits. */
function getInteger(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0n;
  for (const ch of s) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    acc = acc * 10n + BigInt(d);
    if (acc > PY_SSIZE_T_MAX) raise(PyExc_ValueError, 'Too many decimal digits in format string');
  }
  return Number(acc);
}

/** The MarkupIterator over a format string. */
class MarkupIterator {
  pos: number;
  constructor(
    readonly str: string,
    start: number,
    readonly end: number,
  ) {
    this.pos = start;
  }

  /** MarkupIterator_next: [literal, field or null], or null at the end. */
  next(): [string, Field | null] | null {
    const s = this.str;
    if (this.pos >= this.end) return null;
    const start = this.pos;
    let c = '';
    let markupFollows = false;
    // Literal text up to an escaped brace or an unescaped '{'.
    while (this.pos < this.end) {
      c = s[this.pos++];
      if (c === '{' || c === '}') {
        markupFollows = true;
        break;
      }
    }
    const atEnd = this.pos >= this.end;
    let len = this.pos - start;
    if (c === '}' && markupFollows && (atEnd || c !== s[this.pos])) {
      raise(PyExc_ValueError, "Single '}' encountered in format string");
    }
    if (atEnd && c === '{' && markupFollows) raise(PyExc_ValueError, "Single '{' encountered in format string");
    if (!atEnd && markupFollows) {
      if (c === s[this.pos]) {
        // An escaped brace: the literal includes one, no field follows.
        this.pos++;
        markupFollows = false;
      } else len--;
    }
    const literal = s.slice(start, start + len);
    if (!markupFollows) return [literal, null];
    return [literal, this.parseField()];
  }

  /** parse_field */
  private parseField(): Field {
    const s = this.str;
    let c = '';
    const nameStart = this.pos;
    while (this.pos < this.end) {
      c = s[this.pos++];
      if (c === '{') raise(PyExc_ValueError, "unexpected '{' in field name");
      if (c === '[') {
        while (this.pos < this.end && s[this.pos] !== ']') this.pos++;
        continue;
      }
      if (c === '}' || c === ':' || c === '!') break;
    }
    const field: Field = { name: s.slice(nameStart, this.pos - 1), spec: null, specNeedsExpanding: false, conversion: '' };
    if (c === '!' || c === ':') {
      if (c === '!') {
        if (this.pos >= this.end) raise(PyExc_ValueError, 'end of string while looking for conversion specifier');
        field.conversion = String.fromCodePoint(s.codePointAt(this.pos)!);
        this.pos += field.conversion.length;
        if (this.pos < this.end) {
          const d = s[this.pos++];
          if (d === '}') return field;
          if (d !== ':') raise(PyExc_ValueError, "expected ':' after conversion specifier");
        }
      }
      const specStart = this.pos;
      let count = 1;
      while (this.pos < this.end) {
        const d = s[this.pos++];
        if (d === '{') {
          field.specNeedsExpanding = true;
          count++;
        } else if (d === '}') {
          count--;
          if (count === 0) {
            field.spec = s.slice(specStart, this.pos - 1);
            return field;
          }
        }
      }
      raise(PyExc_ValueError, "unmatched '{' in format spec");
    } else if (c !== '}') {
      raise(PyExc_ValueError, "expected '}' before end of string");
    }
    return field;
  }
}

/** FieldNameIterator_next over the rest of a field name: [isAttribute, index, name], or null at the end. */
function* fieldNameRest(rest: string): Generator<[boolean, number, string]> {
  let i = 0;
  while (i < rest.length) {
    const c = rest[i++];
    let name: string;
    let isAttr: boolean;
    let index = -1;
    if (c === '.') {
      isAttr = true;
      const start = i;
      while (i < rest.length && rest[i] !== '.' && rest[i] !== '[') i++;
      name = rest.slice(start, i);
    } else if (c === '[') {
      isAttr = false;
      const start = i;
      while (i < rest.length && rest[i] !== ']') i++;
      if (i >= rest.length) raise(PyExc_ValueError, "Missing ']' in format string");
      name = rest.slice(start, i);
      i++;
      index = getInteger(name);
    } else {
      raise(PyExc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (name.length === 0) raise(PyExc_ValueError, 'Empty attribute in format string');
    yield [isAttr, index, name];
  }
}

/** PySequence_Check: sq_item and not a dict. */
function sequenceCheck(o: PyObject): boolean {
  return o.ob_type.sq_item !== null && !(o instanceof PyDictObject);
}

/** The arguments of one str.format call. */
interface FormatArgs {
  /** The positional arguments tuple, null for format_map. */
  args: PyTupleObject | null;
  /** The keyword mapping (kwargs dict, or format_map's mapping), null when none. */
  kwargs: PyObject | null;
  /** PyUnicode_GET_LENGTH(input->str): the whole format string's length, nested specs included. */
  inputLength: number;
}

/** CPython 3.11: unicode_format.h get_field_object (new reference). */
function getFieldObject(name: string, fa: FormatArgs, auto: AutoNumber): PyObject {
  // field_name_split: the part before the first '.' or '['.
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let index = getInteger(first);
  const isEmpty = first.length === 0;
  const numeric = isEmpty || index !== -1;
  if (auto.state === AutoState.INIT && numeric) auto.state = isEmpty ? AutoState.AUTO : AutoState.MANUAL;
  if (numeric) {
    if (auto.state === AutoState.MANUAL && isEmpty) {
      raise(PyExc_ValueError, 'cannot switch from manual field specification to automatic field numbering');
    }
    if (auto.state === AutoState.AUTO && !isEmpty) {
      raise(PyExc_ValueError, 'cannot switch from automatic field numbering to manual field specification');
    }
  }
  if (isEmpty) index = auto.fieldNumber++;
  let obj: PyObject;
  if (index === -1) {
    const key = PyUnicode_FromString(first);
    try {
      if (fa.kwargs === null) raiseObject(newKeyError(key));
      obj = PyObject_GetItem(fa.kwargs, key);
    } finally {
      decref(key);
    }
  } else {
    if (fa.args === null) raise(PyExc_ValueError, 'Format string contains positional fields');
    const items = fa.args.items;
    if (index >= items.length) {
      raise(PyExc_IndexError, `Replacement index ${index} out of range for positional args tuple`);
    }
    obj = items[index];
    obj.ob_refcnt++;
  }
  try {
    for (const [isAttr, idx, part] of fieldNameRest(name.slice(i))) {
      let tmp: PyObject;
      if (isAttr) {
        const n = PyUnicode_FromString(part);
        try {
          tmp = PyObject_GetAttr(obj, n);
        } finally {
          decref(n);
        }
      } else if (idx === -1) {
        const k = PyUnicode_FromString(part);
        try {
          tmp = PyObject_GetItem(obj, k);
        } finally {
          decref(k);
        }
      } else if (sequenceCheck(obj)) {
        tmp = obj.ob_type.sq_item!(obj, idx);
      } else {
        const k = PyLong_FromNumber(idx);
        try {
          tmp = PyObject_GetItem(obj, k);
        } finally {
          decref(k);
        }
      }
      decref(obj);
      obj = tmp;
    }
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}

/** do_conversion */
function doConversion(obj: PyObject, conversion: string): PyObject {
  switch (conversion) {
    case 'r': return PyObject_Repr(obj);
    case 's': return PyObject_Str(obj);
    case 'a': return PyObject_ASCII(obj);
    default: {
      const c = conversion.codePointAt(0)!;
      if (c > 32 && c < 127) raise(PyExc_ValueError, `Unknown conversion specifier ${conversion}`);
      raise(PyExc_ValueError, `Unknown conversion specifier \\x${c.toString(16)}`);
    }
  }
}

/** render_field: exact str/int/float/complex go straight to their formatter; others through __format__. */
function renderField(obj: PyObject, spec: string | null, writer: UnicodeWriter): void {
  const t = obj.ob_type;
  const s = spec ?? '';
  if (t === PyUnicode_Type) unicodeFormatInto(writer, obj as PyUnicodeObject, s);
  else if (t === PyLong_Type) longFormatInto(writer, obj as PyLongObject, s);
  else if (t === PyFloat_Type) floatFormatInto(writer, obj as PyFloatObject, s);
  else if (t === PyComplex_Type) complexFormatInto(writer, obj as PyComplexObject, s);
  else {
    const specObj = PyUnicode_FromString(s);
    let result: PyObject;
    try {
      result = formatObject(obj, specObj);
    } finally {
      decref(specObj);
    }
    try {
      writer.writeStr(result as PyUnicodeObject);
    } finally {
      decref(result);
    }
  }
}

/** output_markup */
function outputMarkup(field: Field, fa: FormatArgs, writer: UnicodeWriter, depth: number, auto: AutoNumber): void {
  let obj = getFieldObject(field.name, fa, auto);
  try {
    if (field.conversion !== '') {
      const tmp = doConversion(obj, field.conversion);
      decref(obj);
      obj = tmp;
    }
    if (field.specNeedsExpanding) {
      const expanded = buildString(field.spec!, fa, depth - 1, auto);
      try {
        renderField(obj, expanded.s, writer);
      } finally {
        decref(expanded);
      }
    } else renderField(obj, field.spec, writer);
  } finally {
    decref(obj);
  }
}

/** build_string + do_markup */
function buildString(format: string, fa: FormatArgs, depth: number, auto: AutoNumber): PyUnicodeObject {
  if (depth <= 0) raise(PyExc_ValueError, 'Max string recursion exceeded');
  const writer = new UnicodeWriter();
  writer.overallocate = true;
  writer.minLength = fa.inputLength + FormatLimits.MIN_LENGTH_EXTRA;
  const it = new MarkupIterator(format, 0, format.length);
  try {
    for (;;) {
      const r = it.next();
      if (r === null) break;
      const [literal, field] = r;
      if (literal.length > 0) {
        if (field === null && it.pos === it.end) writer.overallocate = false;
        writer.writeText(literal);
      }
      if (field !== null) {
        // The last field of the format writes into a writer that stops over-allocating.
        if (it.pos === it.end) writer.overallocate = false;
        outputMarkup(field, fa, writer, depth, auto);
      }
    }
  } catch (e) {
    writer.dealloc();
    throw e;
  }
  return writer.finish();
}

/** str.format(*args, **kwargs): METH_VARARGS | METH_KEYWORDS makes the args tuple and kwargs dict. */
export function unicode_format(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const argsTuple = tupleFromArray(args.slice(0, npos));
  let kwargs: PyDictObject | null = null;
  try {
    if (nkw > 0) {
      kwargs = PyDict_New();
      for (let k = 0; k < nkw; k++) {
        const key = PyUnicode_FromString(kwnames![k]);
        try {
          PyDict_SetItem(kwargs, key, args[npos + k]);
        } finally {
          decref(key);
        }
      }
    }
    const input = self as PyUnicodeObject;
    return buildString(input.s, { args: argsTuple, kwargs, inputLength: input.length }, FormatLimits.RECURSION_DEPTH, new AutoNumber());
  } finally {
    decref(argsTuple);
    if (kwargs !== null) decref(kwargs);
  }
}

/** str.format_map(mapping) */
export function unicode_format_map(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const mapping = oneArg('str.format_map', args, kwnames);
  const input = self as PyUnicodeObject;
  return buildString(input.s, { args: null, kwargs: mapping, inputLength: input.length }, FormatLimits.RECURSION_DEPTH, new AutoNumber());
}

export { PyDict_Type };
