/**
 * The gc module: the Python interface to the collector.
 * CPython 3.11: Modules/gcmodule.c (gc_*_impl functions).
 */
import { type MethodDef, PyObject, TPFlags } from '../objects/pyobject.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_TypeError, PyExc_ValueError } from '../objects/exceptions.ts';
import { Py_None, none } from '../objects/object.ts';
import { PyBool_FromBool } from '../objects/boolobject.ts';
import { PyLongObject, PyLong_FromNumber } from '../objects/longobject.ts';
import { PyUnicode_FromString, internString } from '../objects/unicodeobject.ts';
import { tupleFromArraySteal } from '../objects/tupleobject.ts';
import { PyListObject, PyList_New, PyList_Append } from '../objects/listobject.ts';
import { PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { PyModuleObject, PyModule_New, addFunctions, moduleSetSteal, moduleSet } from '../objects/moduleobject.ts';
import { PyObject_Call } from '../objects/abstract.ts';
import { gcstate, isTracked } from '../gc/gcstate.ts';
import { GcDebug, GcFlag, gcCollect, gcHooks, gcListMerge, gcListObjects, gcListSize, generationStats } from '../gc/collect.ts';
import { unpackArgs, noKeywords, checkPositional } from '../objects/getargs.ts';
import { PyErr } from '../vm/errors.ts';

let garbage: PyListObject | null = null;
let callbacks: PyListObject | null = null;

export function gcGarbageList(): PyListObject | null {
  return garbage;
}

function intArg(o: PyObject, what: string): number {
  if (!(o instanceof PyLongObject)) raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  void what;
  return Number(o.v);
}

/** invoke_gc_callback */
function invokeCallbacks(phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number): void {
  if (callbacks === null || callbacks.items.length === 0) return;
  const info = PyDict_New();
  const g = PyLong_FromNumber(generation);
  const c = PyLong_FromNumber(collected);
  const u = PyLong_FromNumber(uncollectable);
  PyDict_SetItem(info, internString('generation'), g);
  PyDict_SetItem(info, internString('collected'), c);
  PyDict_SetItem(info, internString('uncollectable'), u);
  decref(g);
  decref(c);
  decref(u);
  const phaseObj = PyUnicode_FromString(phase);
  try {
    for (let i = 0; i < callbacks.items.length; i++) {
      const cb = callbacks.items[i];
      incref(cb);
      try {
        decref(PyObject_Call(cb, [phaseObj, info], null));
      } catch (e) {
        if (!(e instanceof PyErr)) throw e;
        gcHooks.unraisable(e);
      } finally {
        decref(cb);
      }
    }
  } finally {
    decref(phaseObj);
    decref(info);
  }
}

function generationArg(o: PyObject | null): number {
  if (o === null) return 2;
  const g = intArg(o, 'generation');
  if (g < 0 || g >= 3) raise(PyExc_ValueError, 'invalid generation');
  return g;
}

/** tp_traverse of every GC object visited, collecting what it references. */
function referents(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  if (!(o.ob_type.tp_flags & TPFlags.HAVE_GC)) return out;
  const t = o.ob_type.tp_traverse;
  if (t !== null) t(o, (r) => out.push(r));
  return out;
}

function allTracked(): PyObject[] {
  const out: PyObject[] = [];
  for (const g of gcstate.generations) out.push(...gcListObjects(g.head));
  return out;
}

const gcFunctions: MethodDef[] = [
  {
    name: 'enable',
    fn: () => {
      gcstate.enabled = true;
      return none();
    },
  },
  {
    name: 'disable',
    fn: () => {
      gcstate.enabled = false;
      return none();
    },
  },
  { name: 'isenabled', fn: () => PyBool_FromBool(gcstate.enabled) },
  {
    name: 'collect',
    fn: (_s, args, kwnames) => {
      const a = unpackArgs('collect', args, kwnames, ['generation'], 0);
      return PyLong_FromNumber(gcCollect(generationArg(a[0])));
    },
  },
  {
    name: 'get_count',
    fn: () => tupleFromArraySteal(gcstate.generations.map((g) => PyLong_FromNumber(g.count))),
  },
  {
    name: 'get_threshold',
    fn: () => tupleFromArraySteal(gcstate.generations.map((g) => PyLong_FromNumber(g.threshold))),
  },
  {
    name: 'set_threshold',
    fn: (_s, args, kw) => {
      noKeywords('set_threshold', kw);
      if (args.length < 1 || args.length > 3) raise(PyExc_TypeError, `set_threshold() takes at most 3 arguments (${args.length} given)`);
      args.forEach((a, i) => {
        gcstate.generations[i].threshold = intArg(a, 'threshold');
      });
      return none();
    },
  },
  { name: 'get_debug', fn: () => PyLong_FromNumber(gcstate.debug) },
  {
    name: 'set_debug',
    fn: (_s, args, kw) => {
      noKeywords('set_debug', kw);
      checkPositional('set_debug', args.length, 1, 1);
      gcstate.debug = intArg(args[0], 'flags');
      return none();
    },
  },
  {
    name: 'get_objects',
    fn: (_s, args, kwnames) => {
      const a = unpackArgs('get_objects', args, kwnames, ['generation'], 0);
      let objs: PyObject[];
      if (a[0] === null || a[0] === Py_None) objs = allTracked();
      else {
        const g = intArg(a[0], 'generation');
        if (g >= 3) raise(PyExc_ValueError, `generation parameter must be less than the number of available generations (3)`);
        if (g < 0) raise(PyExc_ValueError, 'generation parameter cannot be negative');
        objs = gcListObjects(gcstate.generations[g].head);
      }
      const l = PyList_New();
      for (const o of objs) PyList_Append(l, o);
      return l;
    },
  },
  {
    name: 'get_stats',
    fn: () => {
      const l = PyList_New();
      for (const s of generationStats) {
        const d = PyDict_New();
        for (const [k, v] of [['collections', s.collections], ['collected', s.collected], ['uncollectable', s.uncollectable]] as const) {
          const n = PyLong_FromNumber(v);
          PyDict_SetItem(d, internString(k), n);
          decref(n);
        }
        PyList_Append(l, d);
        decref(d);
      }
      return l;
    },
  },
  {
    name: 'is_tracked',
    fn: (_s, args, kw) => {
      noKeywords('is_tracked', kw);
      checkPositional('is_tracked', args.length, 1, 1);
      const o = args[0];
      return PyBool_FromBool((o.ob_type.tp_flags & TPFlags.HAVE_GC) !== 0 && isTracked(o));
    },
  },
  {
    name: 'is_finalized',
    fn: (_s, args) => {
      const o = args[0];
      return PyBool_FromBool((o.ob_type.tp_flags & TPFlags.HAVE_GC) !== 0 && (o.gcFlags & GcFlag.FINALIZED) !== 0);
    },
  },
  {
    name: 'get_referents',
    fn: (_s, args, kw) => {
      noKeywords('get_referents', kw);
      const l = PyList_New();
      for (const o of args) for (const r of referents(o)) PyList_Append(l, r);
      return l;
    },
  },
  {
    name: 'get_referrers',
    fn: (_s, args, kw) => {
      noKeywords('get_referrers', kw);
      const l = PyList_New();
      for (const g of gcstate.generations) {
        for (const o of gcListObjects(g.head)) {
          if (o === l) continue;
          if (referents(o).some((r) => args.includes(r))) PyList_Append(l, o);
        }
      }
      return l;
    },
  },
  {
    name: 'freeze',
    fn: () => {
      for (const g of gcstate.generations) gcListMerge(g.head, gcstate.permanent.head);
      gcstate.generations[0].count = 0;
      return none();
    },
  },
  {
    name: 'unfreeze',
    fn: () => {
      gcListMerge(gcstate.permanent.head, gcstate.generations[2].head);
      return none();
    },
  },
  { name: 'get_freeze_count', fn: () => PyLong_FromNumber(gcListSize(gcstate.permanent.head)) },
];

export function makeGcModule(): PyModuleObject {
  const m = PyModule_New('gc');
  addFunctions(m, gcFunctions);
  garbage = PyList_New();
  callbacks = PyList_New();
  moduleSet(m, 'garbage', garbage);
  moduleSet(m, 'callbacks', callbacks);
  for (const [k, v] of [['DEBUG_STATS', GcDebug.STATS], ['DEBUG_COLLECTABLE', GcDebug.COLLECTABLE], ['DEBUG_UNCOLLECTABLE', GcDebug.UNCOLLECTABLE], ['DEBUG_SAVEALL', GcDebug.SAVEALL], ['DEBUG_LEAK', GcDebug.LEAK]] as const) {
    moduleSetSteal(m, k, PyLong_FromNumber(v));
  }
  gcHooks.invokeCallbacks = invokeCallbacks;
  gcHooks.appendGarbage = (o) => PyList_Append(garbage!, o);
  return m;
}

export { newref };
