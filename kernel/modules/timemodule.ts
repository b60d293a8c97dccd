/**
 * The time module: clocks and sleep.
 * CPython 3.11: Modules/timemodule.c.
 */
import type { PyObject } from '../objects/pyobject.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_TypeError, PyExc_ValueError } from '../objects/exceptions.ts';
import { none } from '../objects/object.ts';
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

export function makeTimeModule(): PyModuleObject {
  const m = PyModule_New('time');
  addFunctions(m, [
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
