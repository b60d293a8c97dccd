/**
 * NON-CPYTHON: the heap a script finds when it starts.
 *
 * Before the first line of a script runs, CPython 3.11 has imported and initialised a good deal
 * that the kernel does not model object by object (the encodings, codecs, io, abc, site, os and
 * stat modules, importlib's bootstrap, their functions, code objects and dicts). Those objects
 * hold about 40,000 pymalloc blocks in every size class, and their temporary objects leave the
 * type free lists partly filled. Both shape what a program observes: a block freed in a size
 * class whose pool holds other live blocks stays in that pool (the next request of the same
 * class reuses it, a request of another class does not), and the first lists, dicts, floats and
 * tuples a program makes come from the free lists (no new block, no GC allocation).
 *
 * calibrateStartupHeap brings the kernel's state to CPython's as measured by
 * test/oracle/startup_heap.py: it fills the free lists (and the one-slice cache) to CPython's
 * lengths with objects made and released here, then reserves, per size class, the blocks CPython
 * has in use beyond those the kernel's own start-up allocated. The reserved blocks are never
 * freed (they stand for objects that live until shutdown). Tracing (tracemalloc) is off.
 *
 * holdStartupReferences does the same for reference counts: CPython's start-up objects hold
 * references to None, True, False, the small ints, the one-character strings, the empty
 * singletons, the builtin types and the static identifiers (None is in the co_consts of every
 * code object CPython loaded, `object` in every type's MRO, 'self' among the names of every
 * method's code), so `sys.getrefcount(None)` is about 5,500 in a fresh script.
 * test/oracle/startup_refs.ts runs one probe in CPython and in the kernel without these
 * references and records the difference per object; the kernel adds it when it starts, as
 * references held by the reserved start-up objects, never released. The static identifiers
 * (some 1,600 strings) get theirs when the kernel makes them (most never are).
 */
import type { PyObject } from '../objects/pyobject.ts';
import { decref } from '../memory/refcount.ts';
import { getAllocator } from '../memory/heap.ts';
import { ObjectAllocator } from '../memory/obmalloc.ts';
import { blocksInUseByClass } from '../memory/debugmallocstats.ts';
import { Obmalloc, index2size } from '../memory/pycore_obmalloc.ts';
import { PyDict_New, dictFreeListLength } from '../objects/dictobject.ts';
import { PyFloat_FromDouble, floatFreeListLength } from '../objects/floatobject.ts';
import { PyList_New, listFreeListLength } from '../objects/listobject.ts';
import { tupleFromArray, tupleFreeListLengths } from '../objects/tupleobject.ts';
import { Py_None } from '../objects/object.ts';
import { PySlice_New } from '../objects/sliceobject.ts';
import { resetTracemalloc } from '../modules/_tracemalloc.ts';
import { PyDictObject, PyDict_GetItemWithError } from '../objects/dictobject.ts';
import {
  emptyStr, installStaticIdentifierReferences, internString, latin1Char, staticIdentifierCount,
} from '../objects/unicodeobject.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { emptyTupleRef } from '../objects/tupleobject.ts';
import { PyBytes_FromBytes } from '../objects/bytesobject.ts';
import { STARTUP_REFERENCES, type StartupReferences } from './startup_refs.ts';

/** CPython's state at the first line of a script. */
export interface StartupHeap {
  /** pymalloc blocks in use per size class (the "blocks in use" column of _debugmallocstats). */
  blocksInUse: readonly number[];
  freeDicts: number;
  freeFloats: number;
  freeLists: number;
  /** Free tuples of sizes 1..20. */
  freeTuples: readonly number[];
}


/** CPython 3.11.7 on x86-64 Linux, `python3 -X utf8 probe.py` (test/oracle/startup_heap.py). */
export const CPYTHON_STARTUP_HEAP: StartupHeap = {
  blocksInUse: [
    106, 1149, 4223, 12591, 7463, 1524, 730, 1188, 266, 2685, 195, 216, 503, 464, 380, 267, 245, 191, 131, 102, 106,
    88, 90, 71, 236, 63, 46, 41, 43, 37, 34, 50,
  ],
  freeDicts: 8,
  freeFloats: 4,
  freeLists: 40,
  // 2-tuples: what the list holds before a script is compiled, at most; the probe's own count
  // is its compilation's constant-cache keys (test/oracle/startup_heap.py, PROBE_2TUPLES).
  freeTuples: [4, 6, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6],
};

/** Fills the free lists, then reserves the blocks still missing per size class (untraced). */
export function calibrateStartupHeap(target: StartupHeap = CPYTHON_STARTUP_HEAP): void {
  resetTracemalloc();
  fillFreeLists(target);
  const a = getAllocator();
  if (a instanceof ObjectAllocator) reserveBlocks(a, target.blocksInUse);
}

/**
 * Adds the references CPython's start-up objects hold beyond those the kernel's start-up made
 * (see the file comment). `builtins` is the builtins module's dict.
 */
export function holdStartupReferences(builtins: PyDictObject, refs: StartupReferences = STARTUP_REFERENCES): void {
  const seen = new Set<PyObject>();
  for (const [name, extra] of Object.entries(refs.builtins)) {
    // OSError is also IOError and EnvironmentError: one object, measured under each name.
    const o = PyDict_GetItemWithError(builtins, internString(name));
    if (o !== null && !seen.has(o)) hold(o, extra);
    if (o !== null) seen.add(o);
  }
  refs.smallInts.forEach((extra, i) => holdNew(PyLong_FromNumber(i - 5), extra));
  refs.latin1.forEach((extra, c) => holdNew(latin1Char(c), extra));
  holdNew(emptyTupleRef(), refs.emptyTuple);
  holdNew(emptyStr(), refs.emptyStr);
  holdNew(PyBytes_FromBytes(new Uint8Array(0)), refs.emptyBytes);
  holdStaticIdentifiers(refs.staticIdentifiers);
}

/**
 * The static identifiers' references, added when each is made, once per process (the objects
 * outlive an interpreter). Not when the list of static identifiers changed since `extras` was
 * measured.
 */
function holdStaticIdentifiers(extras: readonly number[]): void {
  if (extras.length !== staticIdentifierCount()) return;
  installStaticIdentifierReferences((i) => extras[i]);
}

function hold(o: PyObject, extra: number): void {
  if (extra > 0) o.ob_refcnt += extra;
}

/** hold() for an object the caller got as a new reference. */
function holdNew(o: PyObject, extra: number): void {
  hold(o, extra);
  decref(o);
}

/**
 * Makes objects all alive at once, then releases them: each lands on its type's free list. As
 * many are made as the list should hold: the first come off the list itself (what start-up code
 * left there), so the list ends at the target length (or where it was, if that was longer).
 */
function fillFreeLists(target: StartupHeap): void {
  releaseAll(makeUpTo(Math.max(target.freeDicts, dictFreeListLength()), () => PyDict_New()));
  releaseAll(makeUpTo(Math.max(target.freeFloats, floatFreeListLength()), () => PyFloat_FromDouble(0)));
  releaseAll(makeUpTo(Math.max(target.freeLists, listFreeListLength()), () => PyList_New()));
  const have = tupleFreeListLengths();
  target.freeTuples.forEach((want, i) => {
    const items = new Array<PyObject>(i + 1).fill(Py_None);
    releaseAll(makeUpTo(Math.max(want, have[i]), () => tupleFromArray(items)));
  });
  // interp->slice_cache: start-up code slices, so a dead slice waits there (gc does not clear it).
  decref(PySlice_New(null, null, null));
}

function makeUpTo(n: number, make: () => PyObject): PyObject[] {
  const out: PyObject[] = [];
  for (let k = 0; k < n; k++) out.push(make());
  return out;
}

function releaseAll(objects: PyObject[]): void {
  for (const o of objects) decref(o);
}

function reserveBlocks(a: ObjectAllocator, target: readonly number[]): void {
  const have = blocksInUseByClass(a);
  for (let i = 0; i < Obmalloc.NB_SMALL_SIZE_CLASSES; i++) {
    const size = index2size(i);
    for (let k = have[i]; k < target[i]; k++) a.malloc(size);
  }
}
