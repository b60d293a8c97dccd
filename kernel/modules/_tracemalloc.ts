/**
 * The _tracemalloc module: traces every block the PyMem and PyObject allocators hand out while
 * tracing is on, with its requested size and the Python frames that asked for it.
 * CPython 3.11: Modules/_tracemalloc.c (tracemalloc_start/stop, the allocator hooks
 * tracemalloc_alloc/realloc/free, tracemalloc_add_trace/remove_trace, traceback_new and
 * traceback_get_frames, tracemalloc_get_frame, _get_traces, _get_object_traceback,
 * get_tracemalloc_memory), Python/hashtable.c (the tables' sizes).
 *
 * The hooks sit in kernel/memory/heap.ts (memTracer); while tracing is off they cost one null
 * test per allocation. Blocks handed out before start(), and objects a free list hands out again
 * (no allocator call), have no trace. The bookkeeping itself is JavaScript data: like CPython's
 * raw-allocated tables it is not traced.
 */
import { type MethodDef, PyObject, TPFlags } from '../objects/pyobject.ts';
import { decref, newref } from '../memory/refcount.ts';
import { type MemTracer, setMemTracer } from '../memory/heap.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_OverflowError, PyExc_ValueError } from '../objects/exceptions.ts';
import { none } from '../objects/object.ts';
import { PyBool_FromBool } from '../objects/boolobject.ts';
import { PyLongObject, PyLong_FromNumber } from '../objects/longobject.ts';
import { PyNumber_Index } from '../objects/abstract.ts';
import { PyTupleObject, tupleFromArraySteal } from '../objects/tupleobject.ts';
import { PyList_Append, PyList_New } from '../objects/listobject.ts';
import { PyUnicodeObject, PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { PyModuleObject, PyModule_New, addFunctions, moduleSetSteal } from '../objects/moduleobject.ts';
import { checkPositional, noArgs, noKeywords } from '../objects/getargs.ts';
import { currentFrame } from '../vm/ceval.ts';

export const enum TraceMalloc {
  /** MAX_NFRAME: the traceback limit start() accepts, at most (total_nframe saturates here too). */
  MAX_NFRAME = 65535,
  /** DEFAULT_DOMAIN: the domain of the PyMem/PyObject allocators. */
  DEFAULT_DOMAIN = 0,
  /** INT_MAX: start()'s argument is a C int. */
  INT_MAX = 2147483647,
}

/** Python/hashtable.c: the sizes _Py_hashtable_size adds up, and the resize policy. */
const enum Hashtable {
  /** HASHTABLE_MIN_SIZE: buckets of a new or cleared table. */
  MIN_SIZE = 16,
  /** sizeof(_Py_hashtable_t): nentries, nbuckets, buckets, 5 function pointers, allocator (2). */
  SIZEOF_TABLE = 80,
  /** sizeof(_Py_slist_t): one pointer per bucket. */
  SIZEOF_BUCKET = 8,
  /** sizeof(_Py_hashtable_entry_t): next, key_hash, key, value. */
  SIZEOF_ENTRY = 32,
}
/** HASHTABLE_HIGH / HASHTABLE_LOW: load factors that trigger a rehash. */
const HASHTABLE_HIGH = 0.5;
const HASHTABLE_LOW = 0.1;
/** HASHTABLE_REHASH_FACTOR = 2.0 / (HASHTABLE_LOW + HASHTABLE_HIGH). */
const HASHTABLE_REHASH_FACTOR = 2.0 / (HASHTABLE_LOW + HASHTABLE_HIGH);

/** The size accounting of one _Py_hashtable_t (its entries live elsewhere, in JavaScript). */
class HashtableSize {
  nentries = 0;
  nbuckets: number = Hashtable.MIN_SIZE;

  /** _Py_hashtable_set of a new key: grows past the high load factor. */
  added(): void {
    this.nentries++;
    if (Math.fround(this.nentries) / Math.fround(this.nbuckets) > HASHTABLE_HIGH) this.rehash();
  }

  /** _Py_hashtable_steal: shrinks below the low load factor. */
  removed(): void {
    this.nentries--;
    if (Math.fround(this.nentries) / Math.fround(this.nbuckets) < HASHTABLE_LOW) this.rehash();
  }

  /** _Py_hashtable_clear */
  cleared(): void {
    this.nentries = 0;
    this.rehash();
  }

  /** hashtable_rehash: round_size(nentries * HASHTABLE_REHASH_FACTOR). */
  private rehash(): void {
    const s = Math.floor(this.nentries * HASHTABLE_REHASH_FACTOR);
    let size = 1;
    while (size < s) size *= 2;
    this.nbuckets = s < Hashtable.MIN_SIZE ? Hashtable.MIN_SIZE : size;
  }

  /** _Py_hashtable_size */
  size(): number {
    return Hashtable.SIZEOF_TABLE + this.nbuckets * Hashtable.SIZEOF_BUCKET + this.nentries * Hashtable.SIZEOF_ENTRY;
  }
}

/** traceback_t: frames from the most recent, and how many frames the stack had. */
interface Traceback {
  filenames: PyUnicodeObject[];
  linenos: number[];
  totalNframe: number;
}

/** trace_t */
interface Trace {
  size: number;
  traceback: Traceback;
}

// ---------------------------------------------------------------------------------------------
// State (_Py_tracemalloc_config and the module's tables)
// ---------------------------------------------------------------------------------------------

const state = {
  tracing: false,
  maxNframe: 1,
  tracedMemory: 0,
  peakTracedMemory: 0,
  /** tracemalloc_traces: block address -> trace. */
  traces: new Map<number, Trace>(),
  /** tracemalloc_tracebacks: every distinct traceback, interned. */
  tracebacks: new Map<string, Traceback>(),
  /** tracemalloc_filenames: the interned filenames (strong references, as CPython's table). */
  filenames: new Map<string, PyUnicodeObject>(),
  tracesSize: new HashtableSize(),
  tracebacksSize: new HashtableSize(),
  filenamesSize: new HashtableSize(),
};

/** The empty traceback: allocations made with no Python frame running ('<unknown>', line 0). */
let emptyTraceback: Traceback | null = null;

/**
 * CPython 3.11: Modules/_tracemalloc.c tracemalloc_get_frame and traceback_get_frames: the
 * running frames from the most recent, the first max_nframe of them kept, all of them counted.
 */
function tracebackNew(): Traceback {
  const filenames: PyUnicodeObject[] = [];
  const linenos: number[] = [];
  let total = 0;
  for (let f = currentFrame; f !== null; f = f.previous) {
    // NON-CPYTHON: the kernel's Python stand-ins for C code (PyCodeObject.cImplemented) run in
    // frames CPython does not have; their allocations belong to the Python line that called them.
    if (f.code.cImplemented) continue;
    if (filenames.length < state.maxNframe) {
      const i = f.lasti < 0 ? 0 : f.lasti;
      const line = f.code.unit.positions[i * 4];
      filenames.push(internFilename(f.code.filename));
      linenos.push(line >= 0 ? line : 0);
    }
    if (total < TraceMalloc.MAX_NFRAME) total++;
  }
  if (filenames.length === 0) return unknownTraceback();
  return internTraceback(filenames, linenos, total);
}

function unknownTraceback(): Traceback {
  emptyTraceback ??= { filenames: [PyUnicode_FromString('<unknown>')], linenos: [0], totalNframe: 1 };
  return emptyTraceback;
}

/** The filenames table: one str object per distinct filename. */
function internFilename(name: PyUnicodeObject): PyUnicodeObject {
  const known = state.filenames.get(name.s);
  if (known !== undefined) return known;
  state.filenames.set(name.s, newref(name));
  state.filenamesSize.added();
  return name;
}

/** traceback_new: an existing equal traceback is shared (tracemalloc_tracebacks). */
function internTraceback(filenames: PyUnicodeObject[], linenos: number[], total: number): Traceback {
  let key = String(total);
  for (let k = 0; k < filenames.length; k++) key += '\0' + filenames[k].s + '\0' + linenos[k];
  const known = state.tracebacks.get(key);
  if (known !== undefined) return known;
  const tb: Traceback = { filenames, linenos, totalNframe: total };
  state.tracebacks.set(key, tb);
  state.tracebacksSize.added();
  return tb;
}

/**
 * Set while the module makes a Python object of its own from inside a hook (the '<unknown>'
 * filename): such allocations are not traced (CPython's set_reentrant).
 */
let reentrant = false;

/** CPython 3.11: Modules/_tracemalloc.c tracemalloc_add_trace (replaces the trace at ptr, if any). */
function addTrace(ptr: number, size: number): void {
  if (reentrant) return;
  reentrant = true;
  let traceback: Traceback;
  try {
    traceback = tracebackNew();
  } finally {
    reentrant = false;
  }
  const old = state.traces.get(ptr);
  if (old !== undefined) {
    state.tracedMemory -= old.size;
    old.size = size;
    old.traceback = traceback;
  } else {
    state.traces.set(ptr, { size, traceback });
    state.tracesSize.added();
  }
  state.tracedMemory += size;
  if (state.tracedMemory > state.peakTracedMemory) state.peakTracedMemory = state.tracedMemory;
}

/** CPython 3.11: Modules/_tracemalloc.c tracemalloc_remove_trace */
function removeTrace(ptr: number): void {
  const trace = state.traces.get(ptr);
  if (trace === undefined) return;
  state.traces.delete(ptr);
  state.tracesSize.removed();
  state.tracedMemory -= trace.size;
}

/** The hooks installed in kernel/memory/heap.ts while tracing. */
const tracer: MemTracer = {
  alloc: addTrace,
  /** tracemalloc_realloc: a moved block loses its old trace; the new one replaces any other. */
  realloc(oldPtr, ptr, size) {
    if (ptr !== oldPtr) removeTrace(oldPtr);
    addTrace(ptr, size);
  },
  free: removeTrace,
  newReference: updateTraceback,
};

/** CPython 3.11: Modules/_tracemalloc.c _PyTraceMalloc_NewReference (untraced blocks stay untraced). */
function updateTraceback(ptr: number): void {
  const trace = state.traces.get(ptr);
  if (trace === undefined || reentrant) return;
  reentrant = true;
  try {
    trace.traceback = tracebackNew();
  } finally {
    reentrant = false;
  }
}

/** CPython 3.11: Modules/_tracemalloc.c tracemalloc_clear_traces */
function clearTraces(): void {
  state.traces.clear();
  state.tracesSize.cleared();
  state.tracedMemory = 0;
  state.peakTracedMemory = 0;
  state.tracebacks.clear();
  state.tracebacksSize.cleared();
  const names = [...state.filenames.values()];
  state.filenames.clear();
  state.filenamesSize.cleared();
  for (const n of names) decref(n);
}

/** CPython 3.11: Modules/_tracemalloc.c tracemalloc_start (a second start changes nothing). */
function tracemallocStart(maxNframe: number): void {
  if (maxNframe < 1 || maxNframe > TraceMalloc.MAX_NFRAME) {
    raise(PyExc_ValueError, `the number of frames must be in range [1; ${TraceMalloc.MAX_NFRAME}]`);
  }
  if (state.tracing) return;
  state.maxNframe = maxNframe;
  setMemTracer(tracer);
  state.tracing = true;
}

/** CPython 3.11: Modules/_tracemalloc.c tracemalloc_stop */
export function tracemallocStop(): void {
  if (!state.tracing) return;
  state.tracing = false;
  setMemTracer(null);
  clearTraces();
}

// ---------------------------------------------------------------------------------------------
// Python objects
// ---------------------------------------------------------------------------------------------

/** traceback_to_pyobject: ((filename, lineno), ...) from the most recent frame. */
function tracebackToPyObject(tb: Traceback): PyTupleObject {
  const frames: PyObject[] = [];
  for (let k = 0; k < tb.filenames.length; k++) {
    frames.push(tupleFromArraySteal([newref(tb.filenames[k]), PyLong_FromNumber(tb.linenos[k])]));
  }
  return tupleFromArraySteal(frames);
}

/** trace_to_pyobject: (domain, size, traceback, total_nframe). */
function traceToPyObject(trace: Trace, interned: Map<Traceback, PyTupleObject>): PyTupleObject {
  let tb = interned.get(trace.traceback);
  if (tb === undefined) {
    tb = tracebackToPyObject(trace.traceback);
    interned.set(trace.traceback, tb);
  }
  return tupleFromArraySteal([
    PyLong_FromNumber(TraceMalloc.DEFAULT_DOMAIN), PyLong_FromNumber(trace.size), newref(tb),
    PyLong_FromNumber(trace.traceback.totalNframe),
  ]);
}

/**
 * CPython 3.11: Modules/_tracemalloc.c _tracemalloc__get_traces_impl: the traces are copied
 * first, so the objects made for the result are traced but not part of it.
 */
function getTraces(): PyObject {
  const list = PyList_New();
  if (!state.tracing) return list;
  const copy = [...state.traces.values()].map((t) => ({ size: t.size, traceback: t.traceback }));
  const interned = new Map<Traceback, PyTupleObject>();
  try {
    for (const trace of copy) {
      const t = traceToPyObject(trace, interned);
      PyList_Append(list, t);
      decref(t);
    }
  } finally {
    for (const tb of interned.values()) decref(tb);
  }
  return list;
}

/**
 * CPython 3.11: Modules/_tracemalloc.c _tracemalloc__get_object_traceback. It steps back over
 * the GC head only, not over the managed-dict pre-header: instances of plain classes (whose block
 * starts 16 bytes earlier) are never found, and get None.
 */
function getObjectTraceback(obj: PyObject): PyObject {
  if (!state.tracing) return none();
  const presize = obj.ob_type.tp_flags & TPFlags.HAVE_GC ? 16 : 0;
  const trace = state.traces.get(obj.addr - presize);
  if (trace === undefined) return none();
  return tracebackToPyObject(trace.traceback);
}

/** _PyLong_AsInt for start()'s argument. */
function asInt(o: PyObject): number {
  const i: PyLongObject = PyNumber_Index(o);
  const v = i.v;
  decref(i);
  if (typeof v === 'bigint' || v > TraceMalloc.INT_MAX || v < -TraceMalloc.INT_MAX - 1) {
    raise(PyExc_OverflowError, 'Python int too large to convert to C int');
  }
  return v;
}

const functions: MethodDef[] = [
  {
    name: 'is_tracing',
    fn: (_m, args, kw) => {
      noArgs('is_tracing', args, kw);
      return PyBool_FromBool(state.tracing);
    },
  },
  {
    name: 'clear_traces',
    fn: (_m, args, kw) => {
      noArgs('clear_traces', args, kw);
      if (state.tracing) clearTraces();
      return none();
    },
  },
  {
    name: '_get_traces',
    fn: (_m, args, kw) => {
      noArgs('_get_traces', args, kw);
      return getTraces();
    },
  },
  {
    name: '_get_object_traceback',
    fn: (_m, args, kw) => {
      noKeywords('_get_object_traceback', kw);
      checkPositional('_get_object_traceback', args.length, 1, 1);
      return getObjectTraceback(args[0]);
    },
  },
  {
    name: 'start',
    fn: (_m, args, kw) => {
      if (kw !== null && kw.length > 0) noKeywords('_tracemalloc.start', kw);
      checkPositional('start', args.length, 0, 1);
      tracemallocStart(args.length === 0 ? 1 : asInt(args[0]));
      return none();
    },
  },
  {
    name: 'stop',
    fn: (_m, args, kw) => {
      noArgs('stop', args, kw);
      tracemallocStop();
      return none();
    },
  },
  {
    name: 'get_traceback_limit',
    fn: (_m, args, kw) => {
      noArgs('get_traceback_limit', args, kw);
      return PyLong_FromNumber(state.maxNframe);
    },
  },
  {
    name: 'get_tracemalloc_memory',
    fn: (_m, args, kw) => {
      noArgs('get_tracemalloc_memory', args, kw);
      return PyLong_FromNumber(state.tracebacksSize.size() + state.filenamesSize.size() + state.tracesSize.size());
    },
  },
  {
    name: 'get_traced_memory',
    fn: (_m, args, kw) => {
      noArgs('get_traced_memory', args, kw);
      const current = state.tracing ? state.tracedMemory : 0;
      const peak = state.tracing ? state.peakTracedMemory : 0;
      return tupleFromArraySteal([PyLong_FromNumber(current), PyLong_FromNumber(peak)]);
    },
  },
  {
    name: 'reset_peak',
    fn: (_m, args, kw) => {
      noArgs('reset_peak', args, kw);
      if (state.tracing) state.peakTracedMemory = state.tracedMemory;
      return none();
    },
  },
];

/** The _tracemalloc module (PyInit__tracemalloc). */
export function make_tracemallocModule(): PyModuleObject {
  const m = PyModule_New('_tracemalloc');
  moduleSetSteal(m, '__doc__', PyUnicode_FromString('Debug module to trace memory blocks allocated by Python.'));
  addFunctions(m, functions);
  return m;
}

/**
 * NON-CPYTHON: a new interpreter starts untraced (CPython's _PyTraceMalloc_Fini stops tracing
 * when the previous one finalizes; the kernel may start another in the same process).
 */
export function resetTracemalloc(): void {
  tracemallocStop();
  state.maxNframe = 1;
  emptyTraceback = null;
}

