// Direct tests of the str, bytes, bytearray and complex machinery (no bytecode): object identity
// rules, emulated sizes, in-place growth, codecs, reprs. Expected values are CPython 3.11's.
import { beforeAll, describe, expect, it } from 'vitest';
import { wireStrings } from './str_harness.ts';
import { createInterpreter } from '../../kernel/index.ts';
import { PyErr } from '../../kernel/vm/errors.ts';
import { strString } from '../../kernel/objects/object.ts';
import { decref } from '../../kernel/memory/refcount.ts';
import {
  PyUnicodeObject, PyUnicode_Append, PyUnicode_Concat, PyUnicode_FromString, PyUnicode_Substring, PyUnicode_Type, emptyStr,
  latin1Char, unicodeNew, unicodeReprString, unicodeSize,
} from '../../kernel/objects/unicodeobject.ts';
import { joinArray, replaceString, splitString } from '../../kernel/objects/unicode_methods.ts';
import { decodeBytes, encodeText } from '../../kernel/objects/unicode_codecs.ts';
import { PyBytes_FromBytes, bytesNew, bytesReprString, emptyBytesRef } from '../../kernel/objects/bytesobject.ts';
import { PyByteArray_FromBytes, PyByteArray_Resize, bytearrayReprString } from '../../kernel/objects/bytearrayobject.ts';
import { complexReprString } from '../../kernel/objects/complexobject.ts';
import { strhex } from '../../kernel/objects/bytes_methods.ts';

beforeAll(() => {
  wireStrings();
  createInterpreter({ write: () => {} });
});

/** The message of the Python exception f raises, as `Type: str(exc)`. */
function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyErr) {
      const s = `${e.exc.ob_type.tp_name}: ${strString(e.exc)}`;
      decref(e.exc);
      return s;
    }
    throw e;
  }
  return 'no error';
}

const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('str objects', () => {
  it('shares the empty string and the Latin-1 characters, PyUnicode_New does not', () => {
    expect(PyUnicode_FromString('')).toBe(emptyStr());
    expect(PyUnicode_FromString('a')).toBe(latin1Char(97));
    expect(PyUnicode_FromString('\xe9')).toBe(latin1Char(0xe9));
    expect(PyUnicode_FromString('\u20ac')).not.toBe(PyUnicode_FromString('\u20ac'));
    expect(unicodeNew('a')).not.toBe(latin1Char(97));
    expect(unicodeNew('')).toBe(emptyStr());
  });

  it('has CPython 3.11 sizes (sys.getsizeof of a str: no GC header)', () => {
    const size = (s: string): number => unicodeSize(new PyUnicodeObject(PyUnicode_Type, s));
    expect(size('')).toBe(49);
    expect(size('ab')).toBe(51);
    expect(size('\xe9')).toBe(74);
    expect(size('caf\xe9')).toBe(77);
    expect(size('\u20ac\u20ac')).toBe(78);
    expect(size('\u{1F600}')).toBe(80);
    expect(size('a\u{1F600}')).toBe(84);
  });

  it('slices through PyUnicode_Substring: whole string is itself, one character is cached', () => {
    const s = unicodeNew('hello');
    expect(PyUnicode_Substring(s, 0, 5)).toBe(s);
    expect(PyUnicode_Substring(s, 1, 2)).toBe(latin1Char(101));
    expect(PyUnicode_Substring(s, 3, 3)).toBe(emptyStr());
  });

  it('concatenation returns the other operand when one is empty', () => {
    const s = unicodeNew('abc');
    expect(PyUnicode_Concat(s, emptyStr())).toBe(s);
    expect(PyUnicode_Concat(emptyStr(), s)).toBe(s);
    expect((PyUnicode_Concat(s, s) as PyUnicodeObject).s).toBe('abcabc');
  });

  it('PyUnicode_Append grows an unshared string in place and copies a shared one', () => {
    const s = unicodeNew('xy');
    const r = PyUnicode_Append(s, latin1Char(122)) as PyUnicodeObject;
    expect(r).toBe(s);
    expect(r.s).toBe('xyz');
    r.ob_refcnt++; // a second reference
    const r2 = PyUnicode_Append(r, latin1Char(122)) as PyUnicodeObject;
    expect(r2).not.toBe(r);
    expect(r2.s).toBe('xyzz');
    // An ASCII string cannot take a non-ASCII character in place.
    const t = unicodeNew('ab');
    expect(PyUnicode_Append(t, latin1Char(0xe9))).not.toBe(t);
  });

  it('join returns the single exact item itself and builds fresh strings otherwise', () => {
    const a = latin1Char(97);
    expect(joinArray(unicodeNew('--'), [a])).toBe(a);
    const r = joinArray(emptyStr(), [a, emptyStr()]) as PyUnicodeObject;
    expect(r.s).toBe('a');
    expect(r).not.toBe(a);
    expect(joinArray(unicodeNew('-'), [])).toBe(emptyStr());
  });

  it('split pre-allocates its list as stringlib does (MAX_PREALLOC = 12)', () => {
    const l = splitString(unicodeNew('a b'), null, Number.MAX_SAFE_INTEGER);
    expect(l.items.length).toBe(2);
    expect(l.allocated).toBe(12);
    const l2 = splitString(unicodeNew('a,b'), unicodeNew(','), 1);
    expect(l2.allocated).toBe(2);
    const whole = unicodeNew('ab');
    expect(splitString(whole, null, Number.MAX_SAFE_INTEGER).items[0]).toBe(whole);
  });

  it('replace without a match returns the string itself', () => {
    const s = unicodeNew('abc');
    expect(replaceString(s, unicodeNew('xy'), unicodeNew('z'), -1)).toBe(s);
    expect((replaceString(s, unicodeNew(''), unicodeNew('-'), -1) as PyUnicodeObject).s).toBe('-a-b-c-');
    expect(replaceString(unicodeNew('ab'), unicodeNew('ab'), emptyStr(), -1)).toBe(emptyStr());
  });

  it('repr quotes and escapes as unicode_repr', () => {
    expect(unicodeReprString("it's")).toBe('"it\'s"');
    expect(unicodeReprString('say "hi"')).toBe("'say \"hi\"'");
    expect(unicodeReprString('\'"')).toBe("'\\'\"'");
    expect(unicodeReprString('\x00\x7f\x80\xff\t')).toBe("'\\x00\\x7f\\x80\xff\\t'");
    expect(unicodeReprString('\u200b\u2603\u{e0001}')).toBe("'\\u200b\u2603\\U000e0001'");
  });
});

describe('codecs', () => {
  it('encodes and decodes UTF-8, Latin-1, ASCII, UTF-16', () => {
    expect(Array.from(encodeText(unicodeNew('caf\xe9\u20ac'), 'utf-8', 'strict'))).toEqual([99, 97, 102, 0xc3, 0xa9, 0xe2, 0x82, 0xac]);
    expect(Array.from(encodeText(unicodeNew('\xe9'), 'Latin-1', 'strict'))).toEqual([0xe9]);
    expect(Array.from(encodeText(unicodeNew('\u20ac'), 'utf-16', 'strict'))).toEqual([0xff, 0xfe, 0xac, 0x20]);
    expect(decodeBytes(bytes('caf\xc3\xa9'), 'utf-8', 'strict')).toBe('caf\xe9');
    expect(decodeBytes(bytes('\xf0\x9f\x98a'), 'utf-8', 'replace')).toBe('\ufffda');
    expect(decodeBytes(bytes('a\xffb'), 'ascii', 'ignore')).toBe('ab');
  });

  it('raises CPython messages', () => {
    expect(pyError(() => encodeText(unicodeNew('a\xe9\xe9b'), 'ascii', 'strict'))).toBe(
      "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)",
    );
    expect(pyError(() => decodeBytes(bytes('\xe9a'), 'utf-8', 'strict'))).toBe(
      "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte",
    );
    expect(pyError(() => decodeBytes(bytes('\xf0\x9f\x98'), 'utf-8', 'strict'))).toBe(
      "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data",
    );
    expect(pyError(() => encodeText(unicodeNew('x'), 'foo', 'strict'))).toBe('LookupError: unknown encoding: foo');
  });
});

describe('bytes and bytearray', () => {
  it('shares b"" and the one-byte objects', () => {
    expect(PyBytes_FromBytes(new Uint8Array(0))).toBe(emptyBytesRef());
    expect(PyBytes_FromBytes(Uint8Array.of(65))).toBe(PyBytes_FromBytes(Uint8Array.of(65)));
    expect(bytesNew(Uint8Array.of(65))).not.toBe(PyBytes_FromBytes(Uint8Array.of(65)));
  });

  it('reprs like PyBytes_Repr and bytearray_repr', () => {
    expect(bytesReprString(bytes("a'b"))).toBe('b"a\'b"');
    expect(bytesReprString(bytes('\x00\t\\\x80'))).toBe("b'\\x00\\t\\\\\\x80'");
    expect(bytearrayReprString('bytearray', bytes("x'y"))).toBe('bytearray(b"x\\\'y")');
  });

  it('grows as PyByteArray_Resize (sys.getsizeof = 56 + alloc)', () => {
    const ba = PyByteArray_FromBytes(new Uint8Array(0));
    const allocs: number[] = [];
    for (let i = 1; i <= 20; i++) {
      PyByteArray_Resize(ba, i);
      allocs.push(ba.alloc);
    }
    expect(allocs.map((a) => 56 + a)).toEqual([58, 61, 61, 61, 64, 64, 64, 68, 68, 68, 68, 75, 75, 75, 75, 75, 75, 75, 83, 83]);
    expect(PyByteArray_FromBytes(bytes('abc')).alloc).toBe(4);
  });

  it('hex with separators groups from the right', () => {
    expect(strhex(bytes('abcdef'), ':', 2)).toBe('6162:6364:6566');
    expect(strhex(bytes('abcde'), '-', 2)).toBe('61-6263-6465');
    expect(strhex(bytes('abcde'), '-', -2)).toBe('6162-6364-65');
  });
});

describe('complex', () => {
  it('reprs like complex_repr', () => {
    expect(complexReprString(1, 2)).toBe('(1+2j)');
    expect(complexReprString(0, 1)).toBe('1j');
    expect(complexReprString(-0, -0)).toBe('(-0-0j)');
    expect(complexReprString(0, -0)).toBe('-0j');
    expect(complexReprString(Infinity, NaN)).toBe('(inf+nanj)');
    expect(complexReprString(1e16, 1e-5)).toBe('(1e+16+1e-05j)');
  });
});
