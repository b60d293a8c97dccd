/**
 * The time module: clocks and sleep.
 * CPython 3.11: Modules/timemodule.c.
 */
import type { PyObject } from '../objects/pyobject.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_TypeError, PyExc_ValueError } from '../objects/exceptions.ts';
import { none, Py_None } from '../objects/object.ts';
import type { PyTypeObject } from '../objects/pyobject.ts';
import { PyUnicodeObject, PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { makeStructSeqType, makeStructSeq } from './sysmodule.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { PyFloatObject, PyFloat_FromDouble } from '../objects/floatobject.ts';
import { PyLongObject, PyLong_FromValue } from '../objects/longobject.ts';
import { PyModuleObject, PyModule_New, addFunctions } from '../objects/moduleobject.ts';
import { checkPositional, noKeywords } from '../objects/getargs.ts';

const origin = typeof performance !== 'undefined' ? performance.timeOrigin : Date.now();

function nowSeconds(): number {
  return typeof performance !== 'undefined' ? (origin + performance.now()) / 1000 : Date.now() / 1000;
}

function monotonicSeconds(): number {
  return typeof performance !== 'undefined' ? performance.now() / 1000 : Date.now() / 1000;
}

/** Blocks the thread (the kernel runs in a worker or in Node, where Atomics.wait is allowed). */
function sleepSeconds(secs: number): void {
  const ms = secs * 1000;
  if (ms <= 0) return;
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  } catch {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      /* busy wait where Atomics.wait is not allowed */
    }
  }
}

function toSeconds(o: PyObject): number {
  if (o instanceof PyFloatObject) return o.v;
  if (o instanceof PyLongObject) return Number(o.v);
  raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer or float`);
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FULL_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

let structTimeType: PyTypeObject | null = null;

/** The nine struct_time fields of a UTC instant (the kernel has no time zone: local time is UTC). */
function brokenDown(secs: number): number[] {
  const d = new Date(Math.floor(secs) * 1000);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const yday = Math.floor((d.getTime() - start) / 86400000) + 1;
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), (d.getUTCDay() + 6) % 7, yday, 0];
}

function structTime(secs: number): PyObject {
  if (structTimeType === null) {
    structTimeType = makeStructSeqType('time.struct_time', ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst']);
  }
  return makeStructSeq(structTimeType, brokenDown(secs).map((v) => PyLong_FromNumber(v)));
}

function fieldsOf(o: PyObject | undefined): number[] {
  if (o === undefined) return brokenDown(nowSeconds());
  const items = (o as unknown as { items?: PyObject[] }).items;
  if (!items || items.length < 9) raise(PyExc_TypeError, 'Tuple or struct_time argument required');
  return items.slice(0, 9).map((x) => Number((x as PyLongObject).v));
}

function pad(n: number, w = 2, c = '0'): string {
  return String(n).padStart(w, c);
}

/** strftime for the common directives (C locale). */
function strftime(fmt: string, t: number[]): string {
  const [Y, mo, d, H, M, S, wd, yd] = t;
  return fmt.replace(/%([a-zA-Z%])/g, (all, c: string) => {
    switch (c) {
      case 'Y': return String(Y);
      case 'y': return pad(Y % 100);
      case 'm': return pad(mo);
      case 'd': return pad(d);
      case 'e': return pad(d, 2, ' ');
      case 'H': return pad(H);
      case 'I': return pad(H % 12 === 0 ? 12 : H % 12);
      case 'M': return pad(M);
      case 'S': return pad(S);
      case 'p': return H < 12 ? 'AM' : 'PM';
      case 'a': return DAYS[wd];
      case 'A': return FULL_DAYS[wd];
      case 'b': return MONTHS[mo - 1];
      case 'B': return FULL_MONTHS[mo - 1];
      case 'j': return pad(yd, 3);
      case 'w': return String((wd + 1) % 7);
      case 'Z': return 'UTC';
      case 'z': return '+0000';
      case '%': return '%';
      default: return all;
    }
  });
}

function asctime(t: number[]): string {
  const [Y, mo, d, H, M, S, wd] = t;
  return `${DAYS[wd]} ${MONTHS[mo - 1]} ${pad(d, 2, ' ')} ${pad(H)}:${pad(M)}:${pad(S)} ${Y}`;
}

export function makeTimeModule(): PyModuleObject {
  const m = PyModule_New('time');
  addFunctions(m, [
    { name: 'gmtime', fn: (_s, args) => structTime(args.length && args[0] !== Py_None ? toSeconds(args[0]) : nowSeconds()) },
    { name: 'localtime', fn: (_s, args) => structTime(args.length && args[0] !== Py_None ? toSeconds(args[0]) : nowSeconds()) },
    {
      name: 'mktime',
      fn: (_s, args) => {
        const [Y, mo, d, H, M, S] = fieldsOf(args[0]);
        return PyFloat_FromDouble(Date.UTC(Y, mo - 1, d, H, M, S) / 1000);
      },
    },
    { name: 'strftime', fn: (_s, args) => PyUnicode_FromString(strftime((args[0] as PyUnicodeObject).s, fieldsOf(args[1]))) },
    { name: 'asctime', fn: (_s, args) => PyUnicode_FromString(asctime(fieldsOf(args[0]))) },
    { name: 'ctime', fn: (_s, args) => PyUnicode_FromString(asctime(brokenDown(args.length && args[0] !== Py_None ? toSeconds(args[0]) : nowSeconds()))) },
    { name: 'time', fn: () => PyFloat_FromDouble(nowSeconds()) },
    { name: 'time_ns', fn: () => PyLong_FromValue(BigInt(Math.round(nowSeconds() * 1e9))) },
    { name: 'perf_counter', fn: () => PyFloat_FromDouble(monotonicSeconds()) },
    { name: 'perf_counter_ns', fn: () => PyLong_FromValue(BigInt(Math.round(monotonicSeconds() * 1e9))) },
    { name: 'monotonic', fn: () => PyFloat_FromDouble(monotonicSeconds()) },
    { name: 'monotonic_ns', fn: () => PyLong_FromValue(BigInt(Math.round(monotonicSeconds() * 1e9))) },
    { name: 'process_time', fn: () => PyFloat_FromDouble(monotonicSeconds()) },
    {
      name: 'sleep',
      fn: (_s, args, kw) => {
        noKeywords('sleep', kw);
        checkPositional('sleep', args.length, 1, 1);
        const secs = toSeconds(args[0]);
        if (secs < 0) raise(PyExc_ValueError, 'sleep length must be non-negative');
        sleepSeconds(secs);
        return none();
      },
    },
  ]);
  return m;
}
