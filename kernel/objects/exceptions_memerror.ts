/**
 * MemoryError's free list: raising MemoryError must not need memory, so the interpreter keeps
 * MEMERRORS_SAVE instances, made at start-up, and revives one for each MemoryError.
 * CPython 3.11: Objects/exceptions.c MemoryError_new, MemoryError_dealloc, preallocate_memerrors,
 * Python/errors.c PyErr_NoMemory.
 */
import { decref } from '../memory/refcount.ts';
import { newReference } from '../memory/heap.ts';
import { gcTrack, gcUntrack } from '../gc/gcstate.ts';
import type { PyObject, PyTypeObject } from './pyobject.ts';
import {
  PyBaseExceptionObject, PyExc_BaseException, PyExc_MemoryError, excRelease, newExceptionOfType, setMemoryErrorFactory,
} from './exceptions.ts';
import { PyTupleObject, emptyTupleRef } from './tupleobject.ts';
import { raiseObject } from '../vm/errors.ts';

export const enum MemErrors {
  /** MEMERRORS_SAVE: instances kept for reuse. */
  SAVE = 16,
  /** The GC head before each instance. */
  PREHEADER = 16,
}

/** state->memerrors_freelist (newest last). */
let freelist: PyBaseExceptionObject[] = [];

/**
 * CPython 3.11: Objects/exceptions.c MemoryError_new, its free-list half: an instance of exactly
 * MemoryError comes back to life with the given args; null when the list is empty.
 */
export function memoryErrorFromFreelist(args: PyTupleObject): PyBaseExceptionObject | null {
  const self = freelist.pop();
  if (self === undefined) return null;
  self.args = args;
  self.ob_refcnt = 1;
  newReference(self, MemErrors.PREHEADER);
  gcTrack(self);
  return self;
}

/**
 * CPython 3.11: Objects/exceptions.c MemoryError_dealloc: cleared as any exception, then kept on
 * the free list (an exact MemoryError, while fewer than MEMERRORS_SAVE are kept) or freed.
 */
function MemoryError_dealloc(o: PyObject): void {
  const e = o as PyBaseExceptionObject;
  gcUntrack(e);
  excRelease(e);
  if (e.ob_type === PyExc_MemoryError && freelist.length < MemErrors.SAVE) freelist.push(e);
  else e.ob_type.tp_free!(e);
}

/**
 * CPython 3.11: Objects/exceptions.c MemoryError_new: MemoryError() itself revives a kept
 * instance (its args are set by __init__); subclasses are made as any exception.
 */
function MemoryError_new(baseNew: NonNullable<PyTypeObject['tp_new']>): NonNullable<PyTypeObject['tp_new']> {
  return (type, args, kwnames) => {
    if (type === PyExc_MemoryError) {
      const e = memoryErrorFromFreelist(emptyTupleRef());
      if (e !== null) return e;
    }
    return baseNew(type, args, kwnames);
  };
}

/** CPython 3.11: Objects/exceptions.c preallocate_memerrors: make MEMERRORS_SAVE, then release them. */
export function preallocateMemErrors(): void {
  const errors: PyBaseExceptionObject[] = [];
  for (let i = 0; i < MemErrors.SAVE; i++) errors.push(newExceptionOfType(PyExc_MemoryError, emptyTupleRef()));
  for (const e of errors) decref(e);
}

/**
 * CPython 3.11: Python/errors.c PyErr_NoMemory: raises MemoryError with an instance from the
 * free list. NON-CPYTHON: should the list be empty, the instance is allocated past the memory
 * limit (CPython would find no memory for it either).
 */
export function PyErr_NoMemory(): never {
  const e = memoryErrorFromFreelist(emptyTupleRef()) ?? beyondLimit(() => newExceptionOfType(PyExc_MemoryError, emptyTupleRef()));
  raiseObject(e);
}

let beyondLimit: <T>(f: () => T) => T = (f) => f();
/** Runs an allocation with the heap limit lifted (installed at start-up). */
export function setBeyondLimit(f: <T>(g: () => T) => T): void {
  beyondLimit = f;
}

/** Forgets the free list without freeing: a new interpreter starts with a new allocator. */
export function resetMemErrorFreeList(): void {
  freelist = [];
}

/**
 * Installs the free list into exception creation and deallocation (kernel/host/init.ts, after
 * the exception constructors).
 */
export function installMemoryErrorFreeList(): void {
  setMemoryErrorFactory(memoryErrorFromFreelist);
  PyExc_MemoryError.tp_new = MemoryError_new(PyExc_BaseException.tp_new!);
  PyExc_MemoryError.tp_dealloc = MemoryError_dealloc;
}
