/**
 * NON-CPYTHON: every strong reference an object holds, labelled for a diagram. CPython's
 * tp_traverse visits only what can take part in a cycle (a type's name, a code object's
 * constants are skipped); a diagram that adds reference counts up needs all of them, so this
 * file lists them per object kind, in tp_traverse's order where there is one.
 *
 * Each reference is reported to a RefSink either as a referent (`ref`, a row of the object's
 * box), a dict entry (`entry`: a key and a value), a weak reference (`weak`), or as `hidden`: a
 * reference the object really holds but that a diagram leaves out (a function's `__name__`, a
 * class's dict keys). Some references pass through an inner object a diagram usually does not
 * draw (a function's defaults tuple, a class's dict and `__mro__`, a code object's constants):
 * they are reported as the outer object's, with `via` naming the inner object. When the inner
 * object is drawn after all (the program holds `f.__defaults__`), the sink shows one edge to it
 * instead.
 *
 * Nothing here changes state, allocates kernel objects or runs Python code.
 */
import { LruCache_Type, LruCacheObject, LruListElem } from '../modules/_functools_lru.ts';
import type { ReferentKind } from '../protocol.ts';
import { PyBaseObject_Type, type PyObject, PyTypeObject, PyType_Type, TPFlags } from '../objects/pyobject.ts';
import { type PyListIterObject, PyListIter_Type, type PyListObject, PyListRevIter_Type, PyList_Type } from '../objects/listobject.ts';
import { type PyTupleIterObject, PyTupleIter_Type, PyTupleObject, PyTuple_Type } from '../objects/tupleobject.ts';
import { DictKind, PyDictObject, PyDict_Type } from '../objects/dictobject.ts';
import { PyFrozenSet_Type, type PySetObject, PySet_Type, type SetIterObject, PySetIter_Type } from '../objects/setobject.ts';
import { PyClassMethod_Type, type PyFunctionObject, PyFunction_Type, PyStaticMethod_Type, type PyWrappedCallable } from '../objects/funcobject.ts';
import { type PyCellObject, PyCell_Type, type PyCodeObject, PyCode_Type } from '../objects/codeobject.ts';
import { type PyMethodObject, PyMethod_Type } from '../objects/classobject.ts';
import { GenState, type PyGenObject, PyGen_Type } from '../objects/genobject.ts';
import { PyModuleObject, PyModule_Type } from '../objects/moduleobject.ts';
import { type PyCFunctionObject, PyCFunction_Type } from '../objects/methodobject.ts';
import {
  PyClassMethodDescr_Type, PyDescrObject, PyDictProxy_Type, PyGetSetDescr_Type, type PyMappingProxyObject, PyMemberDescr_Type,
  PyMethodDescr_Type, type PyMethodWrapperObject, PyMethodWrapper_Type, type PyPropertyObject, PyProperty_Type, PyWrapperDescr_Type,
} from '../objects/descrobject.ts';
import { PyBaseExceptionObject } from '../objects/exceptions.ts';
import { type PyWeakReference, PyWeakref_CallableProxyType, PyWeakref_ProxyType, PyWeakref_RefType } from '../objects/weakrefobject.ts';
import { type LongRangeIterObject, PyLongRangeIter_Type, PyRangeIter_Type, type PyRangeObject, PyRange_Type } from '../objects/rangeobject.ts';
import { PyEllipsis_Type, type PySliceObject, PySlice_Type } from '../objects/sliceobject.ts';
import { type PySuperObject, PySuper_Type } from '../objects/superobject.ts';
import { type EnumObject, PyEnum_Type, PyReversed_Type, type ReversedObject } from '../objects/enumobject.ts';
import {
  type DictIterObject, type DictViewObject, PyDictItems_Type, PyDictIterItem_Type, PyDictIterKey_Type, PyDictIterValue_Type, PyDictKeys_Type,
  PyDictRevIterItem_Type, PyDictRevIterKey_Type, PyDictRevIterValue_Type, PyDictValues_Type,
} from '../objects/dictviews.ts';
import { type CallIterObject, PyCallIter_Type, PySeqIter_Type, type SeqIterObject } from '../objects/iterobject.ts';
import { PyUnicodeASCIIIter_Type, type PyUnicodeIterObject, PyUnicodeIter_Type, PyUnicodeObject, PyUnicode_Type } from '../objects/unicodeobject.ts';
import { PyLong_Type } from '../objects/longobject.ts';
import { PyBool_Type } from '../objects/boolobject.ts';
import { PyFloat_Type } from '../objects/floatobject.ts';
import { PyComplex_Type } from '../objects/complexobject.ts';
import { PyBytes_Type } from '../objects/bytesobject.ts';
import { PyByteArray_Type } from '../objects/bytearrayobject.ts';
import { PyNone_Type, PyNotImplemented_Type } from '../objects/object.ts';
import { summarize } from './summary.ts';
import { FrameOwner, type Frame, type PyFrameObjectT, PyFrame_Type, type PyTracebackObject, PyTraceBack_Type } from '../vm/frame.ts';

/** The inner object a reference passes through, and the name of the outer object's field. */
export interface Via {
  obj: PyObject;
  text: string;
}

/** Receives the references of one object. */
export interface RefSink {
  /** A referent row: `kind` and `text` make its label. */
  ref(kind: ReferentKind, text: string, target: PyObject, via?: Via): void;
  /** A dict entry: the key object and the value (both held). */
  entry(key: PyObject, value: PyObject): void;
  /** A non-owning reference (a weakref's referent). */
  weak(text: string, target: PyObject): void;
  /** A reference the object holds that is not drawn as a row; `what` says which. */
  hidden(target: PyObject, what: string, via?: Via): void;
}

function isHeapType(t: PyTypeObject): boolean {
  return (t.tp_flags & TPFlags.HEAPTYPE) !== 0;
}

/** The references a builtin type's part of an object holds. */
type Handler = (o: PyObject, sink: RefSink) => void;

const none: Handler = () => {};

/** Handlers by type, made on first use (every type object exists by then). */
let byType: Map<PyTypeObject, Handler> | null = null;

function handlerTable(): Map<PyTypeObject, Handler> {
  const m = new Map<PyTypeObject, Handler>();
  const set = (types: PyTypeObject[], h: Handler): void => {
    for (const t of types) m.set(t, h);
  };
  set([PyLong_Type, PyBool_Type, PyFloat_Type, PyComplex_Type, PyUnicode_Type, PyBytes_Type, PyByteArray_Type, PyRangeIter_Type, PyNone_Type, PyEllipsis_Type, PyNotImplemented_Type, PyBaseObject_Type], none);
  set([PyList_Type], (o, sink) => sequenceRefs((o as PyListObject).items, sink));
  set([PyTuple_Type], (o, sink) => sequenceRefs((o as PyTupleObject).items, sink));
  set([PyDict_Type], (o, sink) => dictRefs(o as PyDictObject, sink));
  set([PySet_Type, PyFrozenSet_Type], (o, sink) => setRefs(o as PySetObject, sink));
  set([PyFunction_Type], (o, sink) => functionRefs(o as PyFunctionObject, sink));
  set([PyCell_Type], (o, sink) => {
    const r = (o as PyCellObject).ref;
    if (r !== null) sink.ref('cell', 'cell_contents', r);
  });
  set([PyMethod_Type], (o, sink) => {
    sink.ref('attr', '__func__', (o as PyMethodObject).func);
    sink.ref('attr', '__self__', (o as PyMethodObject).self);
  });
  set([PyCode_Type], (o, sink) => codeRefs(o as PyCodeObject, sink));
  set([PyGen_Type], (o, sink) => genRefs(o as PyGenObject, sink));
  set([PyWeakref_RefType, PyWeakref_ProxyType, PyWeakref_CallableProxyType], (o, sink) => weakrefRefs(o as PyWeakReference, sink));
  set([PyCFunction_Type], (o, sink) => {
    const f = o as PyCFunctionObject;
    if (f.self !== null) sink.ref('attr', '__self__', f.self);
    if (f.module !== null) sink.hidden(f.module, '__module__');
  });
  set([PyModule_Type], (o, sink) => {
    for (const s of (o as PyModuleObject).state) sink.hidden(s, 'module state');
    sink.hidden((o as PyModuleObject).dict, '__dict__');
  });
  set([PyType_Type], (o, sink) => typeRefs(o as PyTypeObject, sink));
  set([LruCache_Type], (o, sink) => {
    // The links of the wrapper's list (lru_list_elem objects, not GC objects: their keys and
    // results are the wrapper's referents in lru_cache_tp_traverse); the list holds each link
    // besides the cache dict.
    traverseRefs(o, sink);
    const root = (o as LruCacheObject).root;
    for (let link = root.next; link !== root; link = link.next) sink.ref('other', 'lru link', link as LruListElem);
  });
  setOtherHandlers(set);
  return m;
}

/** The handler for an object's builtin part: its type's, or the nearest builtin base's. */
function handlerOf(o: PyObject): Handler {
  const table = (byType ??= handlerTable());
  const t = o.ob_type;
  const h = table.get(t);
  if (h !== undefined) return h;
  let found: Handler | undefined;
  for (let b: PyTypeObject | null = t; b !== null && found === undefined; b = b.tp_base) found = table.get(b);
  // Exceptions are many static types; anything else unknown falls back to tp_traverse.
  if (o instanceof PyBaseExceptionObject) found = (x, sink) => exceptionRefs(x as PyBaseExceptionObject, sink);
  else if (found === undefined || (found === none && !isHeapType(t) && t.tp_traverse !== null)) found = traverseRefs;
  table.set(t, found);
  return found;
}

/** Reports every reference `o` holds; `o` itself is not reported. */
export function visitReferences(o: PyObject, sink: RefSink): void {
  const h = handlerOf(o);
  if (o instanceof PyTypeObject) return h(o, sink);
  // The instance's class: instances of heap types hold their type (subtype_traverse).
  if (isHeapType(o.ob_type)) sink.ref('class', '__class__', o.ob_type);
  h(o, sink);
  // A module's instance data only borrows its dict (md_dict is reported by the module's part).
  if (o.inst !== null && !(o instanceof PyModuleObject)) instanceRefs(o, sink);
}

/** '0', '1', … made once (a list of a thousand items is visited at every step). */
const indexTexts: string[] = [];

export function indexText(i: number): string {
  let t = indexTexts[i];
  if (t === undefined) {
    t = String(i);
    if (i < 100_000) indexTexts[i] = t;
  }
  return t;
}

function sequenceRefs(items: readonly (PyObject | null)[], sink: RefSink): void {
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (v !== null) sink.ref('index', indexText(i), v);
  }
}

/** dict_traverse order: entries in insertion order, the value and the key of each. */
function dictRefs(d: PyDictObject, sink: RefSink): void {
  const dk = d.keys;
  for (let i = 0; i < dk.nentries; i++) {
    const k = dk.keys[i];
    if (k === null) continue;
    sink.entry(k, dk.values[i]!);
  }
}

function setRefs(s: PySetObject, sink: RefSink): void {
  const keys = s.keys;
  for (let i = 0; i <= s.mask; i++) {
    const k = keys[i];
    // The dummy (a deleted entry) is a static object that no count of interest involves.
    if (k !== null && s.hashes[i] !== -1 && k.ob_type.tp_name !== '<dummy key> type') sink.ref('other', summarize(k), k);
  }
}

/** func_traverse's fields; the tuples and dicts that hold defaults and cells are drawn through. */
function functionRefs(f: PyFunctionObject, sink: RefSink): void {
  sink.ref('other', '__code__', f.code);
  sink.ref('attr', '__globals__', f.globals);
  sink.hidden(f.builtins, '__builtins__');
  if (f.module !== null) sink.hidden(f.module, '__module__');
  if (f.defaults !== null) defaultRefs(f, f.defaults, sink);
  if (f.kwdefaults !== null) kwdefaultRefs(f.kwdefaults, sink);
  sink.hidden(f.doc, '__doc__');
  sink.hidden(f.name, '__name__');
  if (f.closure !== null) closureRefs(f, f.closure, sink);
  if (f.annotations !== null) sink.hidden(f.annotations, '__annotations__');
  sink.hidden(f.qualname, '__qualname__');
}

/** Defaults belong to the last positional parameters (co_varnames[argcount - n .. argcount]). */
function defaultRefs(f: PyFunctionObject, defaults: PyTupleObject, sink: RefSink): void {
  const via = { obj: defaults, text: '__defaults__' };
  const unit = f.code.unit;
  const n = defaults.items.length;
  for (let i = 0; i < n; i++) {
    const name = unit.varnames[unit.argcount - n + i] ?? String(i);
    sink.ref('default', name, defaults.items[i], via);
  }
}

function kwdefaultRefs(kw: PyDictObject, sink: RefSink): void {
  const via = { obj: kw, text: '__kwdefaults__' };
  const dk = kw.keys;
  for (let i = 0; i < dk.nentries; i++) {
    const k = dk.keys[i];
    if (k === null) continue;
    sink.hidden(k, '__kwdefaults__ key', via);
    sink.ref('default', k instanceof PyUnicodeObject ? k.s : '?', dk.values[i]!, via);
  }
}

function closureRefs(f: PyFunctionObject, closure: PyTupleObject, sink: RefSink): void {
  const via = { obj: closure, text: '__closure__' };
  const free = f.code.unit.freevars;
  for (let i = 0; i < closure.items.length; i++) sink.ref('closure', free[i] ?? String(i), closure.items[i], via);
}

const CODE_TUPLES = ['co_consts', 'co_names', 'co_varnames'] as const;

/** A code object's constants and name tuples; code objects are never drawn. */
function codeRefs(c: PyCodeObject, sink: RefSink): void {
  const tuples = [c.consts, c.names, c.localsplusnames];
  for (let k = 0; k < tuples.length; k++) {
    const via = { obj: tuples[k], text: CODE_TUPLES[k] };
    for (const item of tuples[k].items) sink.hidden(item, CODE_TUPLES[k], via);
  }
  sink.hidden(c.filename, 'co_filename');
  sink.hidden(c.name, 'co_name');
  sink.hidden(c.qualname, 'co_qualname');
}

/**
 * gen_traverse: gi_code, gi_name, gi_qualname, then the suspended frame (its function, locals
 * and value stack). The frame's locals are drawn as the names of a suspended frame, so they
 * are not rows of the generator (see frameRefs).
 */
function genRefs(g: PyGenObject, sink: RefSink): void {
  const f = g.frame;
  sink.ref('other', 'gi_code', f.code);
  sink.hidden(g.name, '__name__');
  sink.hidden(g.qualname, '__qualname__');
  // A running generator's frame is on the thread's stack, which accounts for its references.
  if (g.state < GenState.EXECUTING && f.owner === FrameOwner.GENERATOR) {
    if (f.frameObj !== null) sink.hidden(f.frameObj, 'gi_frame');
    if (f.locals !== null) sink.hidden(f.locals, 'f_locals');
    if (f.func !== null) sink.hidden(f.func, 'f_func');
    sink.hidden(f.code, 'f_code');
  }
  if (g.excState !== null) sink.ref('other', 'gi_exc_state', g.excState);
}

/** The locals and value stack a generator's suspended frame holds (drawn as the frame). */
export function suspendedFrameOf(g: PyGenObject): Frame | null {
  const f = g.frame;
  return g.state < GenState.EXECUTING && f.owner === FrameOwner.GENERATOR ? f : null;
}

function exceptionRefs(e: PyBaseExceptionObject, sink: RefSink): void {
  sink.ref('attr', 'args', e.args);
  if (e.notes !== null) sink.ref('attr', '__notes__', e.notes);
  if (e.traceback !== null) sink.ref('attr', '__traceback__', e.traceback);
  if (e.cause !== null) sink.ref('attr', '__cause__', e.cause);
  if (e.context !== null) sink.ref('attr', '__context__', e.context);
  if (e.fields !== null) for (const [name, v] of e.fields) sink.ref('attr', name, v);
}

function weakrefRefs(w: PyWeakReference, sink: RefSink): void {
  const target = w.wr_object;
  // A cleared weakref points at None (which it does not own).
  if (target.ob_type.tp_name !== 'NoneType') sink.weak('referent', target);
  if (w.wr_callback !== null) sink.ref('attr', '__callback__', w.wr_callback);
}

/** Objects with a few named fields. */
function setOtherHandlers(set: (types: PyTypeObject[], h: Handler) => void): void {
  set([PyRange_Type], (o, sink) => {
    const r = o as PyRangeObject;
    sink.hidden(r.start, 'start');
    sink.hidden(r.stop, 'stop');
    sink.hidden(r.step, 'step');
    sink.hidden(r.length, 'length');
  });
  set([PyLongRangeIter_Type], (o, sink) => {
    const r = o as LongRangeIterObject;
    for (const v of [r.index, r.start, r.step, r.len]) sink.hidden(v, 'range state');
  });
  set([PySlice_Type], (o, sink) => {
    const r = o as PySliceObject;
    sink.ref('attr', 'start', r.start);
    sink.ref('attr', 'stop', r.stop);
    sink.ref('attr', 'step', r.step);
  });
  set([PyClassMethod_Type, PyStaticMethod_Type], (o, sink) => {
    const c = (o as PyWrappedCallable).callable;
    if (c !== null) sink.ref('attr', '__func__', c);
  });
  set([PyProperty_Type], (o, sink) => propertyRefs(o as PyPropertyObject, sink));
  set([PyMethodDescr_Type, PyClassMethodDescr_Type, PyGetSetDescr_Type, PyMemberDescr_Type, PyWrapperDescr_Type], (o, sink) => {
    sink.hidden((o as PyDescrObject).dType, '__objclass__');
  });
  set([PyMethodWrapper_Type], (o, sink) => {
    sink.hidden((o as PyMethodWrapperObject).descr, 'descriptor');
    sink.ref('attr', '__self__', (o as PyMethodWrapperObject).self);
  });
  set([PyDictProxy_Type], (o, sink) => sink.ref('other', 'mapping', (o as PyMappingProxyObject).mapping));
  set([PySuper_Type], (o, sink) => {
    const su = o as PySuperObject;
    if (su.obj !== null) sink.ref('attr', '__self__', su.obj);
    if (su.type !== null) sink.ref('attr', '__thisclass__', su.type);
    if (su.objType !== null) sink.ref('attr', '__self_class__', su.objType);
  });
  set([PyFrame_Type], (o, sink) => frameObjectRefs(o as PyFrameObjectT, sink));
  set([PyTraceBack_Type], (o, sink) => {
    const tb = o as PyTracebackObject;
    if (tb.next !== null) sink.ref('attr', 'tb_next', tb.next);
    sink.ref('attr', 'tb_frame', tb.frame);
  });
  setIteratorHandlers(set);
}

function propertyRefs(p: PyPropertyObject, sink: RefSink): void {
  if (p.fget !== null) sink.ref('attr', 'fget', p.fget);
  if (p.fset !== null) sink.ref('attr', 'fset', p.fset);
  if (p.fdel !== null) sink.ref('attr', 'fdel', p.fdel);
  if (p.doc !== null) sink.hidden(p.doc, '__doc__');
  if (p.name !== null) sink.hidden(p.name, '__name__');
}

/** The iterators: what they iterate over, by CPython's field names. */
function setIteratorHandlers(set: (types: PyTypeObject[], h: Handler) => void): void {
  set([PyListIter_Type, PyListRevIter_Type, PyTupleIter_Type, PyUnicodeIter_Type, PyUnicodeASCIIIter_Type], (o, sink) => {
    const s = (o as PyListIterObject | PyTupleIterObject | PyUnicodeIterObject).seq;
    if (s !== null) sink.ref('other', 'it_seq', s);
  });
  set([PySeqIter_Type], (o, sink) => {
    const s = (o as SeqIterObject).it_seq;
    if (s !== null) sink.ref('other', 'it_seq', s);
  });
  set([PyCallIter_Type], (o, sink) => {
    const c = o as CallIterObject;
    if (c.it_callable !== null) sink.ref('other', 'it_callable', c.it_callable);
    if (c.it_sentinel !== null) sink.ref('other', 'it_sentinel', c.it_sentinel);
  });
  set([PySetIter_Type], (o, sink) => {
    const s = (o as SetIterObject).si_set;
    if (s !== null) sink.ref('other', 'si_set', s);
  });
  const dictIters = [PyDictIterKey_Type, PyDictIterValue_Type, PyDictIterItem_Type, PyDictRevIterKey_Type, PyDictRevIterValue_Type, PyDictRevIterItem_Type];
  set(dictIters, (o, sink) => {
    const di = o as DictIterObject;
    if (di.dict !== null) sink.ref('other', 'di_dict', di.dict);
    if (di.result !== null) sink.hidden(di.result, 'di_result');
  });
  set([PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type], (o, sink) => {
    const d = (o as DictViewObject).dict;
    if (d !== null) sink.ref('other', 'mapping', d);
  });
  set([PyEnum_Type], (o, sink) => {
    const en = o as EnumObject;
    if (en.en_sit !== null) sink.ref('other', 'en_sit', en.en_sit);
    if (en.en_result !== null) sink.hidden(en.en_result, 'en_result');
    if (en.en_longindex !== null) sink.hidden(en.en_longindex, 'en_longindex');
  });
  set([PyReversed_Type], (o, sink) => {
    const s = (o as ReversedObject).seq;
    if (s !== null) sink.ref('other', 'seq', s);
  });
}

/** Any other object: its tp_traverse, in order (map, filter, zip, bytes iterators...). */
function traverseRefs(o: PyObject, sink: RefSink): void {
  const traverse = o.ob_type.tp_traverse;
  if (traverse === null) return;
  // Heap types' tp_traverse is subtype_traverse, which reports the instance part too: only
  // the builtin base's own traverse is wanted here.
  let t: PyTypeObject | null = o.ob_type;
  while (t !== null && isHeapType(t)) t = t.tp_base;
  const base = t === null ? null : t.tp_traverse;
  if (base === null) return;
  // The instance __dict__ is reported with the instance part (instanceRefs).
  const dict = o.inst === null ? null : o.inst.dict;
  base(o, (r) => {
    if (r !== dict) sink.ref('other', 'referent', r);
  });
}

/**
 * A frame object: it owns the frame's locals once the activation has ended (take_ownership),
 * and holds f_back.
 */
function frameObjectRefs(fo: PyFrameObjectT, sink: RefSink): void {
  if (fo.back !== null) sink.ref('attr', 'f_back', fo.back);
  if (!fo.ownsFrame) return;
  const f = fo.f;
  frameRefs(f, (target, what) => sink.hidden(target, what));
}

/** Every reference an interpreter frame holds: function, locals, namespace, value stack. */
export function frameRefs(f: Frame, visit: (target: PyObject, what: string) => void): void {
  if (f.func !== null) visit(f.func, 'f_func');
  if (f.locals !== null) visit(f.locals, 'f_locals');
  const lp = f.localsplus;
  for (let i = 0; i < lp.length; i++) {
    const v = lp[i];
    if (v !== null) visit(v, 'local');
  }
  for (let i = 0; i < f.sp; i++) {
    const v = f.stack[i];
    if (v !== null) visit(v, 'stack');
  }
}

/**
 * The instance part of an object of a class: __slots__ values, the 3.11 managed values (in
 * insertion order), or the materialised __dict__.
 */
function instanceRefs(o: PyObject, sink: RefSink): void {
  const inst = o.inst!;
  if (inst.slots !== null) slotRefs(o, inst.slots, sink);
  const values = inst.values;
  if (values !== null) {
    const names = o.ob_type.cachedKeys ?? [];
    const order = inst.order ?? [];
    for (const i of order) {
      const v = values[i];
      if (v !== null) sink.ref('attr', names[i] ?? String(i), v);
    }
  }
  if (inst.dict !== null) sink.ref('attr', '__dict__', inst.dict);
}

function slotRefs(o: PyObject, slots: readonly (PyObject | null)[], sink: RefSink): void {
  for (let t: PyTypeObject | null = o.ob_type; t !== null && isHeapType(t); t = t.tp_base) {
    const first = t.nslots - t.slotNames.length;
    const end = Math.min(t.nslots, slots.length);
    for (let i = first; i < end; i++) {
      const v = slots[i];
      if (v !== null) sink.ref('attr', t.slotNames[i - first], v);
    }
  }
}

/** Class attributes a diagram leaves out of a class's rows (kept as hidden references). */
const CLASS_NOISE = new Set(['__module__', '__doc__', '__dict__', '__weakref__', '__qualname__']);

/**
 * A heap type: its own dict's entries as attributes, its __mro__ after itself; the dict,
 * the __mro__ and __bases__ tuples are drawn through. type_traverse visits tp_dict, tp_mro,
 * tp_bases and tp_base; a type also holds its name and qualified name.
 */
function typeRefs(t: PyTypeObject, sink: RefSink): void {
  if (!isHeapType(t)) return staticTypeRefs(t, sink);
  if (isHeapType(t.ob_type)) sink.ref('class', '__class__', t.ob_type);
  const d = t.tp_dict;
  if (d instanceof PyDictObject) classDictRefs(d, sink);
  const mro = t.tp_mro;
  if (mro instanceof PyTupleObject) {
    const via = { obj: mro, text: '__mro__' };
    mro.items.forEach((m, i) => (i === 0 ? sink.hidden(m, '__mro__[0]', via) : sink.ref('mro', String(i), m, via)));
  }
  const bases = t.tp_bases;
  if (bases instanceof PyTupleObject) {
    const via = { obj: bases, text: '__bases__' };
    for (const b of bases.items) sink.hidden(b, '__bases__', via);
  }
  if (t.tp_base !== null) sink.hidden(t.tp_base, '__base__');
  if (t.htName !== null) sink.hidden(t.htName, '__name__');
  if (t.htQualname !== null) sink.hidden(t.htQualname, '__qualname__');
}

/** A builtin type holds its dict, __mro__ and __bases__ (never drawn: the runtime's). */
function staticTypeRefs(t: PyTypeObject, sink: RefSink): void {
  if (t.tp_dict !== null) sink.hidden(t.tp_dict, '__dict__');
  if (t.tp_mro !== null) sink.hidden(t.tp_mro, '__mro__');
  if (t.tp_bases !== null) sink.hidden(t.tp_bases, '__bases__');
}

function classDictRefs(d: PyDictObject, sink: RefSink): void {
  const via = { obj: d, text: '__dict__' };
  const dk = d.keys;
  for (let i = 0; i < dk.nentries; i++) {
    const k = dk.keys[i];
    if (k === null) continue;
    const v = dk.values[i]!;
    sink.hidden(k, '__dict__ key', via);
    const name = k instanceof PyUnicodeObject ? k.s : '?';
    if (CLASS_NOISE.has(name) || v instanceof PyDescrObject) sink.hidden(v, name, via);
    else sink.ref('attr', name, v, via);
  }
}

/** A dict whose keys are all str (the unicode table kind): keys need no drawing. */
export function hasStrKeys(d: PyDictObject): boolean {
  return d.keys.kind !== DictKind.GENERAL;
}
