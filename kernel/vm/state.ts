/**
 * The thread and interpreter state the eval loop and the objects share.
 * CPython 3.11: Include/cpython/pystate.h (PyThreadState: recursion_remaining, cframe,
 * exc_info), Include/internal/pycore_interp.h (PyInterpreterState).
 *
 * One interpreter runs at a time in a JavaScript realm, so the state is module-level:
 * createInterpreter resets it.
 */
import { raise } from './errors.ts';
import type { PyObject, PyTypeObject } from '../objects/pyobject.ts';

let recursionErrorType: PyTypeObject | null = null;

export function setRecursionErrorType(t: PyTypeObject): void {
  recursionErrorType = t;
}

export const tstate = {
  /** sys.getrecursionlimit() */
  recursionLimit: 1000,
  /** Python frames plus C-level recursive calls currently entered (3.11 shares one counter). */
  recursionDepth: 0,
  /** While handling a RecursionError CPython allows 50 more levels (recursion_headroom). */
  recursionHeadroom: 0,
  /** The exception currently being handled (exc_info->exc_value), for sys.exc_info and __context__. */
  excInfo: [] as (PyObject | null)[],
  /** Instructions left before KeyboardInterrupt (NON-CPYTHON: the host's step budget). */
  stepsLeft: Infinity,
  /** Set by the host to interrupt the running program (NON-CPYTHON: stands in for SIGINT). */
  interruptRequested: false,
  /** A shared flag (SharedArrayBuffer) a host on another thread sets to interrupt. */
  interruptBuffer: null as Int32Array | null,
  /**
   * NON-CPYTHON: instructions translated code (kernel/vm/jit.ts) runs before its next check of
   * the step budget and the interrupt (the eval loop counts its own in a local).
   */
  jitTicks: 1024,
};

/** CPython 3.11: Include/internal/pycore_ceval.h _Py_EnterRecursiveCallTstate */
export function enterRecursiveCall(where: string): void {
  if (++tstate.recursionDepth > tstate.recursionLimit + tstate.recursionHeadroom) {
    tstate.recursionDepth--;
    if (recursionErrorType === null) throw new Error('recursion limit');
    raise(recursionErrorType, 'maximum recursion depth exceeded' + where);
  }
}

export function leaveRecursiveCall(): void {
  tstate.recursionDepth--;
}

export function resetThreadState(): void {
  tstate.recursionLimit = 1000;
  tstate.recursionDepth = 0;
  tstate.recursionHeadroom = 0;
  tstate.jitTicks = 1024;
  tstate.excInfo = [];
  tstate.stepsLeft = Infinity;
  tstate.interruptRequested = false;
  tstate.interruptBuffer = null;
}
