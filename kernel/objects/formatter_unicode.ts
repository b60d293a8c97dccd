// The format-spec mini-language of format() / str.format / f-strings for int, float, complex
// and str: the counterpart of Python/formatter_unicode.c (CPython 3.11).
//
// Strings are JS strings; lengths, widths and the fill character count code points, as
// Python's str does (a surrogate pair is one character). Errors throw NumError (longmath.ts).

import { NumError, intToBaseString, intToDecimalString, intToFloat, type PyInt } from './longmath.ts';
import {
  type DoubleString, DtsFlag, type DtsCode, doubleStringOf, doubleToString, floatRepr, unicodeDecimalValue,
} from './pystrtod.ts';

export { NumError as FormatError } from './longmath.ts';

/** Thousands-separator choice, as enum LocaleType in Python/formatter_unicode.c. */
export const enum LocaleType {
  /** LT_NO_LOCALE: no grouping. */
  NO_LOCALE = 0,
  /** LT_DEFAULT_LOCALE: ',' every 3 digits. */
  DEFAULT_LOCALE = 1,
  /** LT_UNDERSCORE_LOCALE: '_' every 3 digits. */
  UNDERSCORE_LOCALE = 2,
  /** LT_UNDER_FOUR_LOCALE: '_' every 4 digits (bin/oct/hex). */
  UNDER_FOUR_LOCALE = 3,
  /** LT_CURRENT_LOCALE: type 'n'; the kernel runs in the C locale (no grouping, '.'). */
  CURRENT_LOCALE = 4,
}

/** InternalFormatSpec of Python/formatter_unicode.c. */
export interface InternalFormatSpec {
  /** One code point. */
  fill: string;
  align: string;
  alternate: boolean;
  /** '' when not given, else '+', '-' or ' '. */
  sign: string;
  /** 3.11 'z': coerce negative zero to zero. */
  noNeg0: boolean;
  /** -1 when not given. */
  width: number;
  thousands: LocaleType;
  /** -1 when not given. */
  precision: number;
  /** One code point; '' for "no type" (also a literal NUL in the spec). */
  type: string;
}

const PY_SSIZE_T_MAX = '9223372036854775807';

function codePoints(s: string): string[] | string {
  return /[\uD800-\uDFFF]/.test(s) ? Array.from(s) : s;
}

function cpLength(s: string): number {
  if (!/[\uD800-\uDFFF]/.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** CPython 3.11: get_integer: decimal digits (any Unicode Nd) into [value, count]. */
function getInteger(chars: ArrayLike<string>, pos: number, end: number): [number, number] {
  let digits = '';
  let p = pos;
  for (; p < end; p++) {
    const d = unicodeDecimalValue(chars[p].codePointAt(0)!);
    if (d < 0) break;
    digits += String.fromCharCode(48 + d);
  }
  const stripped = digits.replace(/^0+(?=.)/, '');
  if (stripped.length > PY_SSIZE_T_MAX.length || (stripped.length === PY_SSIZE_T_MAX.length && stripped > PY_SSIZE_T_MAX)) {
    throw new NumError('ValueError', 'Too many decimal digits in format string');
  }
  return [digits === '' ? 0 : Number(stripped), p - pos];
}

function typeForMessage(type: string): string {
  const c = type === '' ? 0 : type.codePointAt(0)!;
  return c > 32 && c < 128 ? `'${type}'` : `'\\x${c.toString(16)}'`;
}

/** CPython 3.11: unknown_presentation_type */
export function unknownPresentationType(type: string, typeName: string): NumError {
  return new NumError('ValueError', `Unknown format code ${typeForMessage(type)} for object of type '${typeName}'`);
}

/**
 * CPython 3.11: parse_internal_render_format_spec. typeName is the object's type name for the
 * "Invalid format specifier" message.
 */
export function parseFormatSpec(spec: string, defaultType: string, defaultAlign: string, typeName: string): InternalFormatSpec {
  const chars = codePoints(spec);
  const end = chars.length;
  let pos = 0;
  const f: InternalFormatSpec = {
    fill: ' ',
    align: defaultAlign,
    alternate: false,
    sign: '',
    noNeg0: false,
    width: -1,
    thousands: LocaleType.NO_LOCALE,
    precision: -1,
    type: defaultType,
  };
  let alignSpecified = false;
  let fillSpecified = false;
  // If the second char is an alignment token, the first is the fill char.
  if (end - pos >= 2 && isAlign(chars[pos + 1])) {
    f.align = chars[pos + 1];
    f.fill = chars[pos];
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(chars[pos])) {
    f.align = chars[pos];
    alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1 && (chars[pos] === ' ' || chars[pos] === '+' || chars[pos] === '-')) {
    f.sign = chars[pos];
    pos++;
  }
  if (end - pos >= 1 && chars[pos] === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && chars[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  // The special case for 0-padding (backwards compat).
  if (!fillSpecified && end - pos >= 1 && chars[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  let [value, consumed] = getInteger(chars, pos, end);
  pos += consumed;
  if (consumed > 0) f.width = value;
  if (end - pos > 0 && chars[pos] === ',') {
    f.thousands = LocaleType.DEFAULT_LOCALE;
    pos++;
  }
  if (end - pos > 0 && chars[pos] === '_') {
    if (f.thousands !== LocaleType.NO_LOCALE) throw new NumError('ValueError', "Cannot specify both ',' and '_'.");
    f.thousands = LocaleType.UNDERSCORE_LOCALE;
    pos++;
  }
  if (end - pos > 0 && chars[pos] === ',') throw new NumError('ValueError', "Cannot specify both ',' and '_'.");
  if (end - pos > 0 && chars[pos] === '.') {
    pos++;
    [value, consumed] = getInteger(chars, pos, end);
    pos += consumed;
    if (consumed === 0) throw new NumError('ValueError', 'Format specifier missing precision');
    f.precision = value;
  }
  if (end - pos > 1) {
    throw new NumError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) {
    f.type = chars[pos] === '\0' ? '' : chars[pos];
    pos++;
  }
  if (f.thousands !== LocaleType.NO_LOCALE) validateThousands(f);
  return f;
}

/** The grouping checks at the end of parse_internal_render_format_spec. */
function validateThousands(f: InternalFormatSpec): void {
  switch (f.type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
      return; // PEP 378
    case 'b': case 'o': case 'x': case 'X':
      // PEP 515: underscores every four digits in bin/oct/hex.
      if (f.thousands === LocaleType.UNDERSCORE_LOCALE) {
        f.thousands = LocaleType.UNDER_FOUR_LOCALE;
        return;
      }
  }
  const sep = f.thousands === LocaleType.DEFAULT_LOCALE ? ',' : '_';
  throw new NumError('ValueError', `Cannot specify '${sep}' with ${typeForMessage(f.type)}.`);
}

// ---------------------------------------------------------------------------------------------
// Layout of numbers.

/** CPython 3.11: _PyUnicode_InsertThousandsGrouping (digits padded with zeros to minWidth). */
function insertThousandsGrouping(digits: string, minWidth: number, groupLen: number, sep: string): string {
  minWidth = Math.max(0, minWidth);
  let remaining = digits.length;
  const parts: string[] = []; // right to left
  let broken = false;
  if (groupLen > 0) {
    for (;;) {
      const l = Math.min(groupLen, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, l - remaining);
      const nChars = Math.max(0, Math.min(remaining, l));
      parts.push('0'.repeat(nZeros) + digits.slice(remaining - nChars, remaining));
      remaining -= nChars;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) {
    const l = Math.max(remaining, minWidth, 1);
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    parts.push('0'.repeat(nZeros) + digits.slice(remaining - nChars, remaining));
  }
  return parts.reverse().join(sep);
}

interface LocaleInfo {
  sep: string;
  group: number;
}

/** CPython 3.11: get_locale_info (the current locale is the C locale here). */
function localeInfo(type: LocaleType): LocaleInfo {
  switch (type) {
    case LocaleType.DEFAULT_LOCALE:
      return { sep: ',', group: 3 };
    case LocaleType.UNDERSCORE_LOCALE:
      return { sep: '_', group: 3 };
    case LocaleType.UNDER_FOUR_LOCALE:
      return { sep: '_', group: 4 };
    default:
      return { sep: '', group: 0 };
  }
}

/**
 * CPython 3.11: calc_number_widths + fill_number. digits are the leading digits, remainder
 * what follows them (decimal point included), prefix e.g. "0x".
 */
function layoutNumber(
  f: InternalFormatSpec,
  signChar: string,
  prefix: string,
  digits: string,
  remainder: string,
  locale: LocaleInfo,
  upper: boolean,
): string {
  let sign = '';
  if (f.sign === '+') sign = signChar === '-' ? '-' : '+';
  else if (f.sign === ' ') sign = signChar === '-' ? '-' : ' ';
  else if (signChar === '-') sign = '-';
  const nonDigit = sign.length + prefix.length + cpLength(remainder);
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  let grouped = digits.length === 0 ? '' : insertThousandsGrouping(digits, minWidth, locale.group, locale.sep);
  if (upper) {
    grouped = grouped.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const padding = f.width - (nonDigit + grouped.length);
  let left = '';
  let inner = '';
  let right = '';
  if (padding > 0) {
    switch (f.align) {
      case '<':
        right = f.fill.repeat(padding);
        break;
      case '^':
        left = f.fill.repeat(Math.floor(padding / 2));
        right = f.fill.repeat(padding - Math.floor(padding / 2));
        break;
      case '=':
        inner = f.fill.repeat(padding);
        break;
      default:
        left = f.fill.repeat(padding);
    }
  }
  return left + sign + prefix + inner + grouped + remainder + right;
}

/** CPython 3.11: calc_padding + fill_padding for a plain run of nchars characters. */
function pad(s: string, nchars: number, width: number, align: string, fill: string): string {
  const total = width >= 0 && width > nchars ? width : nchars;
  let lpad: number;
  if (align === '>') lpad = total - nchars;
  else if (align === '^') lpad = Math.floor((total - nchars) / 2);
  else lpad = 0;
  const rpad = total - nchars - lpad;
  return (lpad ? fill.repeat(lpad) : '') + s + (rpad ? fill.repeat(rpad) : '');
}

// ---------------------------------------------------------------------------------------------
// str

/**
 * CPython 3.11: _PyUnicode_FormatAdvancedWriter (str.__format__). An empty spec returns s
 * (CPython returns str(obj) there, which only differs for subclasses with their own __str__).
 */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, 's', '<', typeName);
  if (f.type !== 's') throw unknownPresentationType(f.type, typeName);
  return formatStringInternal(s, f);
}

/** CPython 3.11: format_string_internal */
function formatStringInternal(s: string, f: InternalFormatSpec): string {
  if (f.sign === ' ') throw new NumError('ValueError', 'Space not allowed in string format specifier');
  if (f.sign !== '') throw new NumError('ValueError', 'Sign not allowed in string format specifier');
  if (f.noNeg0) throw new NumError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw new NumError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw new NumError('ValueError', "'=' alignment not allowed in string format specifier");
  let len = cpLength(s);
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return s;
  if (f.precision >= 0 && len >= f.precision) {
    s = len === s.length ? s.slice(0, f.precision) : Array.from(s).slice(0, f.precision).join('');
    len = f.precision;
  }
  return pad(s, len, f.width, f.align, f.fill);
}

// ---------------------------------------------------------------------------------------------
// int

/**
 * CPython 3.11: _PyLong_FormatAdvancedWriter (int.__format__; bool uses it with typeName
 * 'bool'). An empty spec returns the decimal string (CPython returns str(obj), which differs
 * for bool and for subclasses: the caller handles that case).
 */
export function formatInt(v: PyInt, spec: string, typeName = 'int'): string {
  if (spec === '') return intToDecimalString(v);
  const f = parseFormatSpec(spec, 'd', '>', typeName);
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatLongInternal(v, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatInternal(intToFloat(v), f).text;
    default:
      throw unknownPresentationType(f.type, typeName);
  }
}

/** CPython 3.11: format_long_internal */
function formatLongInternal(v: PyInt, f: InternalFormatSpec): string {
  if (f.precision !== -1) throw new NumError('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNeg0) throw new NumError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') throw new NumError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw new NumError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v > 9223372036854775807n || v < -9223372036854775808n) {
      throw new NumError('OverflowError', 'Python int too large to convert to C long');
    }
    if (v < 0 || v > 0x10ffff) throw new NumError('OverflowError', '%c arg not in range(0x110000)');
    // The character goes through as a "remainder": copied, never grouped.
    return layoutNumber(f, '', '', '', String.fromCodePoint(Number(v)), localeInfo(LocaleType.NO_LOCALE), false);
  }
  let body: string;
  let prefixLen = 0;
  switch (f.type) {
    case 'b':
      body = intToBaseString(v, 2, true);
      prefixLen = 2;
      break;
    case 'o':
      body = intToBaseString(v, 8, true);
      prefixLen = 2;
      break;
    case 'x':
    case 'X':
      body = intToBaseString(v, 16, true);
      prefixLen = 2;
      break;
    default:
      body = intToDecimalString(v);
  }
  let signChar = '';
  if (body.charCodeAt(0) === 45) {
    signChar = '-';
    body = body.slice(1);
  }
  const prefix = f.alternate ? body.slice(0, prefixLen) : '';
  const digits = body.slice(prefixLen);
  const locale = localeInfo(f.type === 'n' ? LocaleType.CURRENT_LOCALE : f.thousands);
  return layoutNumber(f, signChar, prefix, digits, '', locale, f.type === 'X');
}

// ---------------------------------------------------------------------------------------------
// float

/**
 * CPython 3.11: _PyFloat_FormatAdvancedWriter (float.__format__). An empty spec gives
 * repr(x) (CPython: str(obj), which differs only for subclasses overriding __str__).
 */
export function formatFloat(v: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(v);
  return formatFloatSteps(v, spec, typeName).text;
}

/**
 * _PyFloat_FormatAdvancedWriter for a non-empty spec, with the steps of format_float_internal
 * whose memory the caller models.
 */
export function formatFloatSteps(v: number, spec: string, typeName = 'float'): FloatFormatSteps {
  const f = parseFormatSpec(spec, '', '>', typeName);
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatInternal(v, f);
    default:
      throw unknownPresentationType(f.type, typeName);
  }
}

/** What format_float_internal makes. */
export interface FloatFormatSteps {
  /** What PyOS_double_to_string made. */
  dts: DoubleString;
  /** The text of its buffer ('%' appended for type '%'). */
  buf: string;
  /** The fast path: buf is the result, written with _PyUnicodeWriter_WriteASCIIString. */
  fast: boolean;
  /** The result; off the fast path, laid out from a str made of buf (unicode_tmp). */
  text: string;
  /** Type 'n': get_locale_info reads the current locale (LT_CURRENT_LOCALE). */
  currentLocale: boolean;
}

/** The type, precision and flags format_float_internal hands to PyOS_double_to_string. */
function floatConversion(f: InternalFormatSpec): { code: DtsCode; precision: number; flags: number; pct: boolean } {
  if (f.precision > 2147483647) throw new NumError('ValueError', 'precision too big');
  let flags = 0;
  if (f.alternate) flags |= DtsFlag.ALT;
  if (f.noNeg0) flags |= DtsFlag.NO_NEG_0;
  let type = f.type;
  let defaultPrecision = 6;
  if (type === '') {
    // Like repr without a precision, else like 'g' with at least one digit after the point.
    flags |= DtsFlag.ADD_DOT_0;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    pct = true;
  }
  let precision = f.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  return { code: type as DtsCode, precision, flags, pct };
}

/** Splits a formatted number into sign, leading digits and the rest (parse_number). */
function splitNumber(s: string): { signChar: string; digits: string; remainder: string } {
  let i = 0;
  let signChar = '';
  if (s.charCodeAt(0) === 45) {
    signChar = '-';
    i = 1;
  }
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  return { signChar, digits: s.slice(i, j), remainder: s.slice(j) };
}

/** CPython 3.11: format_float_internal */
function formatFloatInternal(v: number, f: InternalFormatSpec): FloatFormatSteps {
  const conv = floatConversion(f);
  const val = conv.pct ? v * 100 : v;
  const dts = doubleStringOf(val, conv.code, conv.precision, conv.flags);
  const buf = conv.pct ? dts.text + '%' : dts.text;
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.thousands === LocaleType.NO_LOCALE) {
    return { dts, buf, fast: true, text: buf, currentLocale: false };
  }
  const { signChar, digits, remainder } = splitNumber(buf);
  const locale = localeInfo(f.type === 'n' ? LocaleType.CURRENT_LOCALE : f.thousands);
  const text = layoutNumber(f, signChar, '', digits, remainder, locale, false);
  return { dts, buf, fast: false, text, currentLocale: f.type === 'n' };
}

// ---------------------------------------------------------------------------------------------
// complex

/** CPython 3.11: _PyComplex_FormatAdvancedWriter. An empty spec is repr; pass the repr. */
export function formatComplex(re: number, im: number, spec: string, typeName = 'complex'): string {
  return formatComplexSteps(re, im, spec, typeName).text;
}

/** What format_complex_internal makes. */
export interface ComplexFormatSteps {
  /** What PyOS_double_to_string made of the real and the imaginary part. */
  re: DoubleString;
  im: DoubleString;
  /** The result. */
  text: string;
  /** Type 'n': get_locale_info reads the current locale (LT_CURRENT_LOCALE). */
  currentLocale: boolean;
}

/** _PyComplex_FormatAdvancedWriter with the steps of format_complex_internal. */
export function formatComplexSteps(re: number, im: number, spec: string, typeName = 'complex'): ComplexFormatSteps {
  const f = parseFormatSpec(spec, '', '>', typeName);
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      return formatComplexInternal(re, im, f);
    default:
      throw unknownPresentationType(f.type, typeName);
  }
}

/** CPython 3.11: format_complex_internal */
function formatComplexInternal(re: number, im: number, f: InternalFormatSpec): ComplexFormatSteps {
  if (f.precision > 2147483647) throw new NumError('ValueError', 'precision too big');
  if (f.fill === '0') throw new NumError('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw new NumError('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let flags = 0;
  if (f.alternate) flags |= DtsFlag.ALT;
  if (f.noNeg0) flags |= DtsFlag.NO_NEG_0;
  let type = f.type;
  let defaultPrecision = 6;
  let skipRe = false;
  let addParens = false;
  if (type === '') {
    // Omitted type: like str(self).
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else addParens = true;
  }
  if (type === 'n') type = 'g';
  let precision = f.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const reDts = doubleStringOf(re, type as DtsCode, precision, flags);
  const imDts = doubleStringOf(im, type as DtsCode, precision, flags);
  const reBuf = reDts.text;
  const imBuf = imDts.text;
  const locale = localeInfo(f.type === 'n' ? LocaleType.CURRENT_LOCALE : f.thousands);
  // The parts are laid out without padding; padding applies to the whole.
  const partSpec: InternalFormatSpec = { ...f, fill: '\0', align: '<', width: -1 };
  const reParts = splitNumber(reBuf);
  const reText = skipRe ? '' : layoutNumber(partSpec, reParts.signChar, '', reParts.digits, reParts.remainder, locale, false);
  if (!skipRe) partSpec.sign = '+';
  const imParts = splitNumber(imBuf);
  const imText = layoutNumber(partSpec, imParts.signChar, '', imParts.digits, imParts.remainder, locale, false);
  const body = (addParens ? '(' : '') + reText + imText + 'j' + (addParens ? ')' : '');
  const text = pad(body, body.length, f.width, f.align, f.fill);
  return { re: reDts, im: imDts, text, currentLocale: f.type === 'n' };
}
