/**
 * The gc module: the Python interface to the collector.
 * CPython 3.11: Modules/gcmodule.c (the gc_*_impl functions, PyInit_gc, invoke_gc_callback),
 * Modules/clinic/gcmodule.c.h (argument parsing and its messages).
 */
import { type MethodDef, PyObject, PyTypeObject, TPFlags } from '../objects/pyobject.ts';
import { decref, incref } from '../memory/refcount.ts';
import { PyErr, raise } from '../vm/errors.ts';
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from '../objects/exceptions.ts';
import { Py_None, none } from '../objects/object.ts';
import { PyBool_FromBool } from '../objects/boolobject.ts';
import { PyLongObject, PyLong_FromNumber } from '../objects/longobject.ts';
import { PyUnicode_FromString, internString } from '../objects/unicodeobject.ts';
import { tupleFromArraySteal } from '../objects/tupleobject.ts';
import { PyListObject, PyList_New, PyList_Append } from '../objects/listobject.ts';
import { PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { PyModuleObject, PyModule_New, addFunctions, moduleSetSteal, moduleSet } from '../objects/moduleobject.ts';
import { PyNumber_Index, PyObject_Call } from '../objects/abstract.ts';
import { GcLayout, gcstate, isTracked } from '../gc/gcstate.ts';
import { GcDebug, GcFlag, gcCollect, gcHooks, gcListMerge, gcListSize, generationStats } from '../gc/collect.ts';
import { noArgs, noKeywords, oneArg, unpackArgs } from '../objects/getargs.ts';
import { writeUnraisable } from '../host/init.ts';
import { sysGet, writeStderr } from './sysmodule.ts';
import { callMethod } from '../objects/abstract.ts';

/** gcstate->garbage and gcstate->callbacks (created with the module, shared by every import). */
let garbage: PyListObject | null = null;
let callbacks: PyListObject | null = null;
/** The interpreter (gcstate.epoch) the two lists belong to. */
let listsEpoch = -1;

export function gcGarbageList(): PyListObject | null {
  return garbage;
}

export function gcCallbacksList(): PyListObject | null {
  return callbacks;
}

const enum CInt {
  MAX = 2147483647,
  MIN = -2147483648,
}

/** The `int` converter of Argument Clinic (_PyLong_AsInt through __index__). */
function cInt(o: PyObject): number {
  const i = PyNumber_Index(o);
  const v = i.v;
  decref(i);
  if (v > CInt.MAX || v < CInt.MIN) raise(PyExc_OverflowError, 'Python int too large to convert to C int');
  return Number(v);
}

/** PyArg_ParseTuple's "i" format: the same, with its own overflow messages. */
function parseTupleInt(o: PyObject): number {
  const i = PyNumber_Index(o);
  const v = i.v;
  decref(i);
  if (v > CInt.MAX) raise(PyExc_OverflowError, 'signed integer is greater than maximum');
  if (v < CInt.MIN) raise(PyExc_OverflowError, 'signed integer is less than minimum');
  return Number(v);
}

/**
 * _PyObject_IS_GC: the type has Py_TPFLAGS_HAVE_GC, and its tp_is_gc agrees (static types are
 * not GC objects: type_is_gc answers by Py_TPFLAGS_HEAPTYPE).
 */
export function isGcObject(o: PyObject): boolean {
  if ((o.ob_type.tp_flags & TPFlags.HAVE_GC) === 0) return false;
  if (o instanceof PyTypeObject) return (o.tp_flags & TPFlags.HEAPTYPE) !== 0;
  return true;
}

/**
 * CPython 3.11: Modules/gcmodule.c invoke_gc_callback: each callback is called with the phase
 * and an info dict; an error is reported as unraisable and the next callback still runs.
 */
function invokeCallbacks(phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number): void {
  if (callbacks === null || callbacks.items.length === 0) return;
  const info = PyDict_New();
  for (const [k, v] of [['generation', generation], ['collected', collected], ['uncollectable', uncollectable]] as const) {
    const n = PyLong_FromNumber(v);
    PyDict_SetItem(info, internString(k), n);
    decref(n);
  }
  try {
    for (let i = 0; i < callbacks.items.length; i++) {
      const cb = callbacks.items[i];
      incref(cb);
      const phaseObj = PyUnicode_FromString(phase);
      try {
        decref(PyObject_Call(cb, [phaseObj, info], null));
      } catch (e) {
        if (!(e instanceof PyErr)) throw e;
        writeUnraisable(e.exc, cb);
      } finally {
        decref(phaseObj);
        decref(cb);
      }
    }
  } finally {
    decref(info);
  }
}

/**
 * CPython 3.11: Python/sysmodule.c PySys_FormatStderr (sys_format, sys_pyfile_write_unicode):
 * the message goes to sys.stderr.write(); when sys has no stderr or writing fails (sys.stderr is
 * None, or write raises) the error is dropped and the message goes to the process's stderr.
 * The collector writes its DEBUG_* output this way, from inside the collection. (Its
 * "collecting generation" and "done" lines go through PySys_WriteStderr, which would cut a
 * message at 1000 characters; those lines are always shorter.)
 */
export function sysFormatStderr(text: string): void {
  if (!pyfileWrite(text, sysGet('stderr'))) writeStderr(text);
}

/** sys_pyfile_write: file.write(text); false when there is no file or the call fails. */
function pyfileWrite(text: string, file: PyObject | null): boolean {
  if (file === null) return false;
  const unicode = PyUnicode_FromString(text);
  try {
    decref(callMethod(file, 'write', [unicode]));
    return true;
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    // _PyErr_Clear
    decref(e.exc);
    return false;
  } finally {
    decref(unicode);
  }
}

/** gc_collect_impl's argument: an int in 0..2. */
function collectGeneration(args: PyObject[], kwnames: string[] | null): number {
  const [g] = unpackArgs('collect', args, kwnames, ['generation'], 0);
  if (g === null) return GcLayout.NUM_GENERATIONS - 1;
  const generation = cInt(g);
  if (generation < 0 || generation >= GcLayout.NUM_GENERATIONS) raise(PyExc_ValueError, 'invalid generation');
  return generation;
}

/** append_objects: the objects of one list, excluding the result list itself. */
function appendObjects(result: PyListObject, head: PyObject): void {
  for (let gc = head.gcNext!; gc !== head; gc = gc.gcNext!) {
    if (gc !== result) PyList_Append(result, gc);
  }
}

/** CPython 3.11: Modules/gcmodule.c gc_get_objects_impl */
function getObjects(args: PyObject[], kwnames: string[] | null): PyObject {
  const [g] = unpackArgs('get_objects', args, kwnames, ['generation'], 0);
  let generation = -1;
  if (g !== null && g !== Py_None) {
    if (!(g instanceof PyLongObject) && g.ob_type.nb_index === null) {
      raise(PyExc_TypeError, `argument should be integer or None, not '${g.ob_type.tp_name}'`);
    }
    const i = PyNumber_Index(g);
    generation = Number(i.v);
    decref(i);
  }
  // The result exists before the lists are read: its allocation may start a collection.
  const result = PyList_New();
  gcstate.introspections++;
  try {
    if (generation !== -1) {
      if (generation >= GcLayout.NUM_GENERATIONS) {
        raise(PyExc_ValueError, `generation parameter must be less than the number of available generations (${GcLayout.NUM_GENERATIONS})`);
      }
      if (generation < 0) raise(PyExc_ValueError, 'generation parameter cannot be negative');
      appendObjects(result, gcstate.generations[generation].head);
      return result;
    }
    for (const gen of gcstate.generations) appendObjects(result, gen.head);
    return result;
  } catch (e) {
    decref(result);
    throw e;
  }
}

/** referentsvisit over each argument's tp_traverse (gc_get_referents). */
function getReferents(args: PyObject[], kwnames: string[] | null): PyObject {
  noKeywords('get_referents', kwnames);
  const result = PyList_New();
  for (const obj of args) {
    if (!isGcObject(obj)) continue;
    const traverse = obj.ob_type.tp_traverse;
    if (traverse === null) continue;
    traverse(obj, (r) => PyList_Append(result, r));
  }
  return result;
}

/**
 * CPython 3.11: Modules/gcmodule.c gc_get_referrers / gc_referrers_for: every tracked object of
 * the generations whose traversal visits one of `objs` (the permanent generation is not
 * searched, nor untracked containers).
 */
function getReferrers(args: PyObject[], kwnames: string[] | null): PyObject {
  noKeywords('get_referrers', kwnames);
  const result = PyList_New();
  gcstate.introspections++;
  const wanted = new Set(args);
  for (const gen of gcstate.generations) {
    const head = gen.head;
    for (let gc = head.gcNext!; gc !== head; gc = gc.gcNext!) {
      if (gc === result) continue;
      const traverse = gc.ob_type.tp_traverse;
      if (traverse === null) continue;
      let found = false;
      traverse(gc, (r) => {
        if (!found && wanted.has(r)) found = true;
      });
      if (found) PyList_Append(result, gc);
    }
  }
  return result;
}

function statsList(): PyObject {
  // A snapshot first: building the result allocates, which may run a collection.
  const snapshot = generationStats.map((s) => ({ ...s }));
  const result = PyList_New();
  for (const s of snapshot) {
    const d = PyDict_New();
    for (const [k, v] of [['collections', s.collections], ['collected', s.collected], ['uncollectable', s.uncollectable]] as const) {
      const n = PyLong_FromNumber(v);
      PyDict_SetItem(d, internString(k), n);
      decref(n);
    }
    PyList_Append(result, d);
    decref(d);
  }
  return result;
}

/** gc_set_threshold: "i|ii:set_threshold". */
function setThreshold(args: PyObject[], kwnames: string[] | null): PyObject {
  noKeywords('set_threshold', kwnames);
  if (args.length < 1) raise(PyExc_TypeError, `set_threshold() takes at least 1 argument (${args.length} given)`);
  if (args.length > 3) raise(PyExc_TypeError, `set_threshold() takes at most 3 arguments (${args.length} given)`);
  // PyArg_ParseTuple stores each value as it converts it.
  for (let i = 0; i < args.length; i++) gcstate.generations[i].threshold = parseTupleInt(args[i]);
  return none();
}

function countsTuple(values: number[]): PyObject {
  return tupleFromArraySteal(values.map((v) => PyLong_FromNumber(v)));
}

const gcFunctions: MethodDef[] = [
  {
    name: 'enable',
    fn: (_m, args, kw) => {
      noArgs('gc.enable', args, kw);
      gcstate.enabled = true;
      return none();
    },
  },
  {
    name: 'disable',
    fn: (_m, args, kw) => {
      noArgs('gc.disable', args, kw);
      gcstate.enabled = false;
      return none();
    },
  },
  {
    name: 'isenabled',
    fn: (_m, args, kw) => {
      noArgs('gc.isenabled', args, kw);
      return PyBool_FromBool(gcstate.enabled);
    },
  },
  {
    name: 'set_debug',
    fn: (_m, args, kw) => {
      gcstate.debug = cInt(oneArg('gc.set_debug', args, kw));
      return none();
    },
  },
  {
    name: 'get_debug',
    fn: (_m, args, kw) => {
      noArgs('gc.get_debug', args, kw);
      return PyLong_FromNumber(gcstate.debug);
    },
  },
  {
    name: 'get_count',
    fn: (_m, args, kw) => {
      noArgs('gc.get_count', args, kw);
      return countsTuple(gcstate.generations.map((g) => g.count));
    },
  },
  { name: 'set_threshold', fn: (_m, args, kw) => setThreshold(args, kw) },
  {
    name: 'get_threshold',
    fn: (_m, args, kw) => {
      noArgs('gc.get_threshold', args, kw);
      return countsTuple(gcstate.generations.map((g) => g.threshold));
    },
  },
  { name: 'collect', fn: (_m, args, kw) => PyLong_FromNumber(gcCollect(collectGeneration(args, kw))) },
  { name: 'get_objects', fn: (_m, args, kw) => getObjects(args, kw) },
  {
    name: 'get_stats',
    fn: (_m, args, kw) => {
      noArgs('gc.get_stats', args, kw);
      return statsList();
    },
  },
  {
    name: 'is_tracked',
    fn: (_m, args, kw) => {
      const o = oneArg('gc.is_tracked', args, kw);
      return PyBool_FromBool(isGcObject(o) && isTracked(o));
    },
  },
  {
    name: 'is_finalized',
    fn: (_m, args, kw) => {
      const o = oneArg('gc.is_finalized', args, kw);
      return PyBool_FromBool(isGcObject(o) && (o.gcFlags & GcFlag.FINALIZED) !== 0);
    },
  },
  { name: 'get_referrers', fn: (_m, args, kw) => getReferrers(args, kw) },
  { name: 'get_referents', fn: (_m, args, kw) => getReferents(args, kw) },
  {
    name: 'freeze',
    fn: (_m, args, kw) => {
      noArgs('gc.freeze', args, kw);
      // _PyGC_Freeze
      for (const g of gcstate.generations) {
        gcListMerge(g.head, gcstate.permanent.head);
        g.count = 0;
      }
      return none();
    },
  },
  {
    name: 'unfreeze',
    fn: (_m, args, kw) => {
      noArgs('gc.unfreeze', args, kw);
      gcListMerge(gcstate.permanent.head, gcstate.generations[GcLayout.NUM_GENERATIONS - 1].head);
      return none();
    },
  },
  {
    name: 'get_freeze_count',
    fn: (_m, args, kw) => {
      noArgs('gc.get_freeze_count', args, kw);
      return PyLong_FromNumber(gcListSize(gcstate.permanent.head));
    },
  },
];

const GC_DOC =
  'This module provides access to the garbage collector for reference cycles.\n\n' +
  'enable() -- Enable automatic garbage collection.\n' +
  'disable() -- Disable automatic garbage collection.\n' +
  'isenabled() -- Returns true if automatic collection is enabled.\n' +
  'collect() -- Do a full collection right now.\n' +
  'get_count() -- Return the current collection counts.\n' +
  'get_stats() -- Return list of dictionaries containing per-generation stats.\n' +
  'set_debug() -- Set debugging flags.\n' +
  'get_debug() -- Get debugging flags.\n' +
  'set_threshold() -- Set the collection thresholds.\n' +
  'get_threshold() -- Return the current the collection thresholds.\n' +
  'get_objects() -- Return a list of all objects tracked by the collector.\n' +
  'is_tracked() -- Returns true if a given object is tracked.\n' +
  'is_finalized() -- Returns true if a given object has been already finalized.\n' +
  'get_referrers() -- Return the list of objects that refer to an object.\n' +
  'get_referents() -- Return the list of objects that an object refers to.\n' +
  'freeze() -- Freeze all tracked objects and ignore them for future collections.\n' +
  'unfreeze() -- Unfreeze all objects in the permanent generation.\n' +
  'get_freeze_count() -- Return the number of objects in the permanent generation.\n';

/** CPython 3.11: Modules/gcmodule.c PyInit_gc (garbage and callbacks live in the gc state). */
export function makeGcModule(): PyModuleObject {
  const m = PyModule_New('gc');
  moduleSetSteal(m, '__doc__', PyUnicode_FromString(GC_DOC));
  addFunctions(m, gcFunctions);
  if (garbage === null || callbacks === null || listsEpoch !== gcstate.epoch) {
    // _PyGC_Init: the gc state owns these references for the interpreter's lifetime.
    garbage = PyList_New();
    callbacks = PyList_New();
    listsEpoch = gcstate.epoch;
  }
  moduleSet(m, 'garbage', garbage);
  moduleSet(m, 'callbacks', callbacks);
  for (const [k, v] of [['DEBUG_STATS', GcDebug.STATS], ['DEBUG_COLLECTABLE', GcDebug.COLLECTABLE], ['DEBUG_UNCOLLECTABLE', GcDebug.UNCOLLECTABLE], ['DEBUG_SAVEALL', GcDebug.SAVEALL], ['DEBUG_LEAK', GcDebug.LEAK]] as const) {
    moduleSetSteal(m, k, PyLong_FromNumber(v));
  }
  gcHooks.invokeCallbacks = invokeCallbacks;
  gcHooks.appendGarbage = (o) => {
    if (garbage !== null) PyList_Append(garbage, o);
  };
  return m;
}

