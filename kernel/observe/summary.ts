/**
 * NON-CPYTHON: the short value text a diagram writes in an object's box, made by the kernel
 * from the object's fields. No `__repr__`, `__str__`, `__len__` or property is called (a class
 * may define them with side effects), nothing is allocated and no count changes, so the text
 * of a builtin value is its repr and an instance of a class is `<C object>`.
 */
import { type PyObject, PyTypeObject, TPFlags } from '../objects/pyobject.ts';
import { PyLongObject } from '../objects/longobject.ts';
import { PyFloatObject } from '../objects/floatobject.ts';
import { PyComplexObject, complexReprString } from '../objects/complexobject.ts';
import { PyUnicodeObject, unicodeReprString } from '../objects/unicodeobject.ts';
import { PyBytesObject, bytesReprString } from '../objects/bytesobject.ts';
import { PyByteArrayObject } from '../objects/bytearrayobject.ts';
import { PyListObject } from '../objects/listobject.ts';
import { PyTupleObject } from '../objects/tupleobject.ts';
import { PyDictObject } from '../objects/dictobject.ts';
import { PySetObject, PyFrozenSet_Type, PySet_Type } from '../objects/setobject.ts';
import { PyFunctionObject } from '../objects/funcobject.ts';
import { PyCellObject, PyCodeObject } from '../objects/codeobject.ts';
import { PyMethodObject } from '../objects/classobject.ts';
import { PyGenObject } from '../objects/genobject.ts';
import { PyModuleObject } from '../objects/moduleobject.ts';
import { PyCFunctionObject } from '../objects/methodobject.ts';
import { PyBaseExceptionObject } from '../objects/exceptions.ts';
import { PyWeakReference } from '../objects/weakrefobject.ts';
import { PyRangeObject } from '../objects/rangeobject.ts';
import { PySliceObject } from '../objects/sliceobject.ts';
import { floatRepr } from '../objects/pystrtod.ts';
import { PyBool_Type } from '../objects/boolobject.ts';

const enum Cut {
  /** A summary is cut (with '…') past this many characters. */
  MAX = 60,
  /** Items of a container written before '…'. */
  MAX_ITEMS = 12,
  /** Containers inside containers written before '…'. */
  MAX_DEPTH = 3,
}

function isHeapType(t: PyTypeObject): boolean {
  return (t.tp_flags & TPFlags.HEAPTYPE) !== 0;
}

/** type(o).__name__: a class's qualified name, a builtin type's name without its module. */
export function typeNameOf(o: PyObject): string {
  const t = o.ob_type;
  if (isHeapType(t)) {
    const q = t.htQualname;
    return q instanceof PyUnicodeObject ? q.s : t.qualname;
  }
  let name = builtinNames.get(t);
  if (name === undefined) builtinNames.set(t, (name = t.tp_name.slice(t.tp_name.lastIndexOf('.') + 1)));
  return name;
}

/** The names of builtin types (their tp_name never changes), made once each. */
const builtinNames = new Map<PyTypeObject, string>();

/** The short text of an object, at most ~60 characters. */
export function summarize(o: PyObject): string {
  return cut(text(o, 0, new Set()));
}

function cut(s: string): string {
  return s.length > Cut.MAX ? s.slice(0, Cut.MAX - 1) + '…' : s;
}

function text(o: PyObject, depth: number, seen: Set<PyObject>): string {
  const scalar = scalarText(o);
  if (scalar !== null) return scalar;
  if (seen.has(o)) return recursionMark(o);
  if (depth >= Cut.MAX_DEPTH) return '…';
  seen.add(o);
  try {
    return containerText(o, depth, seen) ?? otherText(o);
  } finally {
    seen.delete(o);
  }
}

function recursionMark(o: PyObject): string {
  if (o instanceof PyListObject) return '[...]';
  if (o instanceof PyDictObject) return '{...}';
  return '...';
}

/** Values whose repr the kernel writes without looking inside anything. */
function scalarText(o: PyObject): string | null {
  const t = o.ob_type;
  if (t.tp_name === 'NoneType') return 'None';
  if (t.tp_name === 'ellipsis') return 'Ellipsis';
  if (t.tp_name === 'NotImplementedType') return 'NotImplemented';
  if (o instanceof PyLongObject) {
    if (t === PyBool_Type) return o.v === 0 ? 'False' : 'True';
    return String(o.v);
  }
  if (o instanceof PyFloatObject) return floatRepr(o.v);
  if (o instanceof PyComplexObject) return complexReprString(o.real, o.imag);
  if (o instanceof PyUnicodeObject) return unicodeReprString(o.s.length > Cut.MAX ? o.s.slice(0, Cut.MAX) : o.s);
  if (o instanceof PyBytesObject) return bytesReprString(o.b.length > Cut.MAX ? o.b.subarray(0, Cut.MAX) : o.b);
  if (o instanceof PyByteArrayObject) return `bytearray(${bytesReprString(o.b.subarray(0, Cut.MAX))})`;
  return null;
}

function itemsText(items: readonly PyObject[], depth: number, seen: Set<PyObject>): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; i < items.length; i++) {
    if (i >= Cut.MAX_ITEMS || length > Cut.MAX) {
      parts.push('…');
      break;
    }
    const s = text(items[i], depth + 1, seen);
    parts.push(s);
    length += s.length + 2;
  }
  return parts.join(', ');
}

function containerText(o: PyObject, depth: number, seen: Set<PyObject>): string | null {
  if (o instanceof PyListObject) return `[${itemsText(o.items, depth, seen)}]`;
  if (o instanceof PyTupleObject) {
    const inner = itemsText(o.items, depth, seen);
    return o.items.length === 1 ? `(${inner},)` : `(${inner})`;
  }
  if (o instanceof PyDictObject) return `{${dictText(o, depth, seen)}}`;
  if (o instanceof PySetObject) return setText(o, depth, seen);
  return null;
}

function dictText(d: PyDictObject, depth: number, seen: Set<PyObject>): string {
  const dk = d.keys;
  const parts: string[] = [];
  let length = 0;
  let n = 0;
  for (let i = 0; i < dk.nentries; i++) {
    const k = dk.keys[i];
    if (k === null) continue;
    if (n >= Cut.MAX_ITEMS || length > Cut.MAX) {
      parts.push(`… ${d.used} items`);
      break;
    }
    const s = `${text(k, depth + 1, seen)}: ${text(dk.values[i]!, depth + 1, seen)}`;
    parts.push(s);
    length += s.length + 2;
    n++;
  }
  return parts.join(', ');
}

function setText(s: PySetObject, depth: number, seen: Set<PyObject>): string {
  const items: PyObject[] = [];
  for (let i = 0; i <= s.mask && items.length <= Cut.MAX_ITEMS; i++) {
    const k = s.keys[i];
    if (k !== null && s.hashes[i] !== -1 && k.ob_type.tp_name !== '<dummy key> type') items.push(k);
  }
  const frozen = s.ob_type === PyFrozenSet_Type;
  if (items.length === 0) return frozen ? 'frozenset()' : 'set()';
  const inner = `{${itemsText(items, depth, seen)}}`;
  return frozen ? `frozenset(${inner})` : s.ob_type === PySet_Type ? inner : inner;
}

function qualname(u: PyObject | null, fallback: string): string {
  return u instanceof PyUnicodeObject ? u.s : fallback;
}

/** Everything else: the angle-bracket form its repr has, without the address. */
function otherText(o: PyObject): string {
  if (o instanceof PyTypeObject) return `<class '${isHeapType(o) ? qualname(o.htQualname, o.qualname) : o.tp_name}'>`;
  if (o instanceof PyFunctionObject) return `<function ${o.qualname.s}>`;
  if (o instanceof PyCFunctionObject) return builtinText(o);
  if (o instanceof PyMethodObject) return `<bound method ${methodName(o.func)} of <${typeNameOf(o.self)} object>>`;
  if (o instanceof PyCellObject) return o.ref === null ? '<cell: empty>' : `<cell: ${typeNameOf(o.ref)} object>`;
  if (o instanceof PyGenObject) return `<generator ${o.qualname.s}>`;
  if (o instanceof PyCodeObject) return `<code ${o.name.s}>`;
  if (o instanceof PyModuleObject) return `<module>`;
  if (o instanceof PyBaseExceptionObject) return exceptionText(o);
  if (o instanceof PyWeakReference) return weakrefText(o);
  if (o instanceof PyRangeObject) return rangeText(o);
  if (o instanceof PySliceObject) return `slice(${scalarText(o.start) ?? '…'}, ${scalarText(o.stop) ?? '…'}, ${scalarText(o.step) ?? '…'})`;
  return `<${typeNameOf(o)} object>`;
}

function methodName(f: PyObject): string {
  return f instanceof PyFunctionObject ? f.qualname.s : typeNameOf(f);
}

function builtinText(f: PyCFunctionObject): string {
  if (f.self === null || f.self instanceof PyModuleObject) return `<built-in function ${f.def.name}>`;
  return `<built-in method ${f.def.name} of ${typeNameOf(f.self)} object>`;
}

function exceptionText(e: PyBaseExceptionObject): string {
  const args = e.args.items.map((a) => scalarText(a) ?? `<${typeNameOf(a)} object>`);
  return `${typeNameOf(e)}(${args.join(', ')})`;
}

function weakrefText(w: PyWeakReference): string {
  const t = w.wr_object;
  if (t.ob_type.tp_name === 'NoneType') return '<weakref; dead>';
  return `<weakref to '${typeNameOf(t)}'>`;
}

function rangeText(r: PyRangeObject): string {
  const step = r.step.v;
  return step === 1 ? `range(${r.start.v}, ${r.stop.v})` : `range(${r.start.v}, ${r.stop.v}, ${step})`;
}
