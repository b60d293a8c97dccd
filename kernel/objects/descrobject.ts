/**
 * Descriptors of builtin types: method_descriptor, classmethod_descriptor, getset_descriptor,
 * member_descriptor (__slots__), wrapper_descriptor and method-wrapper (slot wrappers), and
 * property.
 * CPython 3.11: Objects/descrobject.c.
 */
import { type GetSetDef, type MethodDef, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcFree, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { PyUnicode_FromString, PyUnicodeObject, internString } from './unicodeobject.ts';
import { PyObject_SetAttr, PyObject_TypeCheck, Py_None, _PyObject_IsAbstract, hexAddr, none } from './object.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_AttributeError, PyExc_TypeError } from './exceptions.ts';
import { PyCFunction_New } from './methodobject.ts';
import { PyObject_Call, binary_op, callNoArgs, callOneArg } from './abstract.ts';
import { unpackArgs } from './getargs.ts';

const DESCR_FLAGS = TPFlags.HAVE_GC;

export const PyMethodDescr_Type = registerStaticType(newStaticType('method_descriptor', 56, 0, DESCR_FLAGS));
export const PyClassMethodDescr_Type = registerStaticType(newStaticType('classmethod_descriptor', 56, 0, DESCR_FLAGS));
export const PyGetSetDescr_Type = registerStaticType(newStaticType('getset_descriptor', 48, 0, DESCR_FLAGS));
export const PyMemberDescr_Type = registerStaticType(newStaticType('member_descriptor', 48, 0, DESCR_FLAGS));
export const PyWrapperDescr_Type = registerStaticType(newStaticType('wrapper_descriptor', 56, 0, DESCR_FLAGS));
export const PyMethodWrapper_Type = registerStaticType(newStaticType('method-wrapper', 32, 0, DESCR_FLAGS));
export const PyProperty_Type = registerStaticType(newStaticType('property', 64, 0, TPFlags.BASETYPE | TPFlags.HAVE_GC));

/** The common descriptor header: PyDescrObject (d_type, d_name). */
export class PyDescrObject extends PyObject {
  dType: PyTypeObject;
  name: string;
  method: MethodDef | null = null;
  getset: GetSetDef | null = null;
  /** member_descriptor: index into the instance's __slots__ values. */
  slotIndex = -1;
  /** wrapper_descriptor: calls the slot with the bound self. */
  wrapper: ((self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject) | null = null;
  /** wrapper_descriptor: the slot function it wraps (classes inheriting it keep the fast slot). */
  wrapped: unknown = null;
  constructor(type: PyTypeObject, dType: PyTypeObject, name: string) {
    super(type, false);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.dType = dType;
    this.name = name;
  }
}

function newDescr(type: PyTypeObject, dType: PyTypeObject, name: string, size: number): PyDescrObject {
  const d = new PyDescrObject(type, dType, name);
  incref(dType);
  gcAllocObject(d, size);
  gcTrack(d);
  return d;
}

export function PyDescr_NewMethod(t: PyTypeObject, def: MethodDef): PyDescrObject {
  const d = newDescr(def.kind === 'class' ? PyClassMethodDescr_Type : PyMethodDescr_Type, t, def.name, 56);
  d.method = def;
  return d;
}

export function PyDescr_NewGetSet(t: PyTypeObject, def: GetSetDef): PyDescrObject {
  const d = newDescr(PyGetSetDescr_Type, t, def.name, 48);
  d.getset = def;
  return d;
}

export function PyDescr_NewMember(t: PyTypeObject, name: string, index: number): PyDescrObject {
  const d = newDescr(PyMemberDescr_Type, t, name, 48);
  d.slotIndex = index;
  return d;
}

export function PyDescr_NewWrapper(
  t: PyTypeObject,
  name: string,
  wrapper: (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject,
): PyDescrObject {
  const d = newDescr(PyWrapperDescr_Type, t, name, 56);
  d.wrapper = wrapper;
  return d;
}

function descr_dealloc(o: PyObject): void {
  const d = o as PyDescrObject;
  gcUntrack(d);
  decref(d.dType);
  gcDel(d);
}

function descr_traverse(o: PyObject, visit: (o: PyObject) => void): void {
  visit((o as PyDescrObject).dType);
}

for (const t of [PyMethodDescr_Type, PyClassMethodDescr_Type, PyGetSetDescr_Type, PyMemberDescr_Type, PyWrapperDescr_Type]) {
  t.tp_dealloc = descr_dealloc;
  t.tp_traverse = descr_traverse;
}

/** descr_check: the instance must be of the descriptor's type. */
export function descrCheck(d: PyDescrObject, obj: PyObject): void {
  if (!PyObject_TypeCheck(obj, d.dType)) {
    raise(
      PyExc_TypeError,
      `descriptor '${d.name}' for '${d.dType.tp_name}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`,
    );
  }
}

/** method_get: binding a method descriptor makes a builtin method (`[].append`). */
PyMethodDescr_Type.tp_descr_get = (descr, obj) => {
  const d = descr as PyDescrObject;
  if (obj === null) return newref(d);
  descrCheck(d, obj);
  return PyCFunction_New(d.method!, obj);
};
PyMethodDescr_Type.tp_call = (descr, args, kwnames) => {
  const d = descr as PyDescrObject;
  if (args.length < 1) raise(PyExc_TypeError, `unbound method ${d.dType.tp_name}.${d.name}() needs an argument`);
  descrCheck(d, args[0]);
  return d.method!.fn(args[0], args.slice(1), kwnames);
};
PyMethodDescr_Type.tp_repr = (o) => {
  const d = o as PyDescrObject;
  return PyUnicode_FromString(`<method '${d.name}' of '${d.dType.tp_name}' objects>`);
};

PyClassMethodDescr_Type.tp_descr_get = (descr, obj, type) => {
  const d = descr as PyDescrObject;
  const t = type !== null && type !== Py_None ? type : obj!.ob_type;
  return PyCFunction_New(d.method!, t);
};
PyClassMethodDescr_Type.tp_repr = (o) => {
  const d = o as PyDescrObject;
  return PyUnicode_FromString(`<method '${d.name}' of '${d.dType.tp_name}' objects>`);
};

PyGetSetDescr_Type.tp_descr_get = (descr, obj) => {
  const d = descr as PyDescrObject;
  if (obj === null) return newref(d);
  descrCheck(d, obj);
  return d.getset!.get(obj);
};
PyGetSetDescr_Type.tp_descr_set = (descr, obj, value) => {
  const d = descr as PyDescrObject;
  descrCheck(d, obj);
  const set = d.getset!.set;
  if (!set) {
    raise(PyExc_AttributeError, `attribute '${d.name}' of '${d.dType.tp_name}' objects is not writable`);
  }
  set(obj, value);
};
PyGetSetDescr_Type.tp_repr = (o) => {
  const d = o as PyDescrObject;
  return PyUnicode_FromString(`<attribute '${d.name}' of '${d.dType.tp_name}' objects>`);
};

/** member_get for a __slots__ member: the value, or AttributeError when unset. */
PyMemberDescr_Type.tp_descr_get = (descr, obj) => {
  const d = descr as PyDescrObject;
  if (obj === null) return newref(d);
  descrCheck(d, obj);
  const v = obj.inst?.slots?.[d.slotIndex] ?? null;
  if (v === null) {
    raise(PyExc_AttributeError, `'${obj.ob_type.tp_name}' object has no attribute '${d.name}'`);
  }
  return newref(v);
};
PyMemberDescr_Type.tp_descr_set = (descr, obj, value) => {
  const d = descr as PyDescrObject;
  descrCheck(d, obj);
  const slots = obj.inst!.slots!;
  const old = slots[d.slotIndex];
  if (value === null && old === null) {
    raise(PyExc_AttributeError, `'${obj.ob_type.tp_name}' object has no attribute '${d.name}'`);
  }
  if (value !== null) incref(value);
  slots[d.slotIndex] = value;
  xdecref(old);
};
PyMemberDescr_Type.tp_repr = (o) => {
  const d = o as PyDescrObject;
  return PyUnicode_FromString(`<member '${d.name}' of '${d.dType.tp_name}' objects>`);
};

// ---------------------------------------------------------------------------------------------
// Slot wrappers: `int.__add__`, `object.__init__`; bound: method-wrapper
// ---------------------------------------------------------------------------------------------

export class PyMethodWrapperObject extends PyObject {
  descr: PyDescrObject;
  self: PyObject;
  constructor(descr: PyDescrObject, self: PyObject) {
    super(PyMethodWrapper_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyMethodWrapper_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.descr = descr;
    this.self = self;
  }
}

PyWrapperDescr_Type.tp_descr_get = (descr, obj) => {
  const d = descr as PyDescrObject;
  if (obj === null) return newref(d);
  descrCheck(d, obj);
  const w = new PyMethodWrapperObject(d, obj);
  incref(d);
  incref(obj);
  gcAllocObject(w, 32);
  gcTrack(w);
  return w;
};
PyWrapperDescr_Type.tp_call = (descr, args, kwnames) => {
  const d = descr as PyDescrObject;
  if (args.length < 1) raise(PyExc_TypeError, `descriptor '${d.name}' of '${d.dType.tp_name}' object needs an argument`);
  descrCheck(d, args[0]);
  return d.wrapper!(args[0], args.slice(1), kwnames);
};
PyWrapperDescr_Type.tp_repr = (o) => {
  const d = o as PyDescrObject;
  return PyUnicode_FromString(`<slot wrapper '${d.name}' of '${d.dType.tp_name}' objects>`);
};

PyMethodWrapper_Type.tp_dealloc = (o) => {
  const w = o as PyMethodWrapperObject;
  gcUntrack(w);
  decref(w.descr);
  decref(w.self);
  gcDel(w);
};
PyMethodWrapper_Type.tp_traverse = (o, visit) => {
  visit((o as PyMethodWrapperObject).descr);
  visit((o as PyMethodWrapperObject).self);
};
PyMethodWrapper_Type.tp_call = (o, args, kwnames) => {
  const w = o as PyMethodWrapperObject;
  return w.descr.wrapper!(w.self, args, kwnames);
};
PyMethodWrapper_Type.tp_repr = (o) => {
  const w = o as PyMethodWrapperObject;
  return PyUnicode_FromString(`<method-wrapper '${w.descr.name}' of ${w.self.ob_type.tp_name} object at ${hexAddr(w.self)}>`);
};

// ---------------------------------------------------------------------------------------------
// property
// ---------------------------------------------------------------------------------------------

export class PyPropertyObject extends PyObject {
  fget: PyObject | null = null;
  fset: PyObject | null = null;
  fdel: PyObject | null = null;
  doc: PyObject | null = null;
  /** 3.11 property keeps the name it was assigned to (__set_name__) for error messages. */
  name: PyObject | null = null;
  /** getter_doc: __doc__ was taken from the getter (property_copy then takes the new getter's). */
  getterDoc = false;
}

export function newProperty(type: PyTypeObject, fget: PyObject | null, fset: PyObject | null, fdel: PyObject | null, doc: PyObject | null): PyPropertyObject {
  const p = new PyPropertyObject(type);
  const norm = (o: PyObject | null) => (o === null || o === Py_None ? null : newref(o));
  p.fget = norm(fget);
  p.fset = norm(fset);
  p.fdel = norm(fdel);
  p.doc = norm(doc);
  gcAllocObject(p, 64);
  gcTrack(p);
  return p;
}

PyProperty_Type.tp_dealloc = (o) => {
  const p = o as PyPropertyObject;
  gcUntrack(p);
  for (const f of [p.fget, p.fset, p.fdel, p.doc, p.name]) xdecref(f);
  p.ob_type.tp_free ? p.ob_type.tp_free(p) : gcDel(p);
};
PyProperty_Type.tp_free = gcFree;
/** CPython 3.11: Objects/descrobject.c property_traverse: fget, fset, fdel, __doc__, the name. */
PyProperty_Type.tp_traverse = (o, visit) => {
  const p = o as PyPropertyObject;
  if (p.fget !== null) visit(p.fget);
  if (p.fset !== null) visit(p.fset);
  if (p.fdel !== null) visit(p.fdel);
  if (p.doc !== null) visit(p.doc);
  if (p.name !== null) visit(p.name);
};

/** CPython 3.11: Objects/descrobject.c property_clear: only __doc__ (the rest cannot hold cycles alone). */
PyProperty_Type.tp_clear = (o) => {
  const p = o as PyPropertyObject;
  const doc = p.doc;
  p.doc = null;
  xdecref(doc);
};

function propertyName(p: PyPropertyObject): string | null {
  return p.name instanceof PyUnicodeObject ? p.name.s : null;
}

/** CPython 3.11: Objects/descrobject.c property_descr_get */
PyProperty_Type.tp_descr_get = (self, obj) => {
  const p = self as PyPropertyObject;
  if (obj === null || obj === Py_None) return newref(p);
  if (p.fget === null) {
    const name = propertyName(p);
    raise(PyExc_AttributeError, name !== null ? `property '${name}' of '${obj.ob_type.tp_name}' object has no getter` : `unreadable attribute`);
  }
  return callOneArg(p.fget, obj);
};

/** CPython 3.11: Objects/descrobject.c property_descr_set */
PyProperty_Type.tp_descr_set = (self, obj, value) => {
  const p = self as PyPropertyObject;
  const func = value === null ? p.fdel : p.fset;
  if (func === null) {
    const name = propertyName(p);
    const what = value === null ? 'deleter' : 'setter';
    raise(
      PyExc_AttributeError,
      name !== null ? `property '${name}' of '${obj.ob_type.tp_name}' object has no ${what}` : value === null ? `can't delete attribute` : `can't set attribute`,
    );
  }
  const res = value === null ? callOneArg(func, obj) : PyObject_Call(func, [obj, value], null);
  decref(res);
};

export { none, callNoArgs };

// property's constructor and methods (descrobject.c property_init, property_copy).
PyProperty_Type.tp_new = (type) => {
  const p = new PyPropertyObject(type);
  if (type === PyProperty_Type) {
    gcAllocObject(p, 64);
    gcTrack(p);
  } else finishAllocHook(p, type);
  return p;
};

let finishAllocHook: (o: PyObject, type: PyTypeObject) => void = () => {};
export function setPropertyFinishAlloc(f: (o: PyObject, type: PyTypeObject) => void): void {
  finishAllocHook = f;
}

/**
 * CPython 3.11: Objects/descrobject.c property_init_impl: None accessors are stored as NULL, the
 * doc as given (None included); the name is forgotten. Without a doc, the getter's __doc__ is
 * used (a subclass instance gets it as an attribute, in its own __dict__).
 */
PyProperty_Type.tp_init = (self, args, kwnames) => {
  const p = self as PyPropertyObject;
  const a = unpackArgs('property', args, kwnames, ['fget', 'fset', 'fdel', 'doc'], 0);
  const accessor = (o: PyObject | null): PyObject | null => (o === null || o === Py_None ? null : newref(o));
  const fget = accessor(a[0]);
  const fset = accessor(a[1]);
  const fdel = accessor(a[2]);
  const doc = a[3] === null ? null : newref(a[3]);
  // Py_XSETREF of each field in turn.
  xdecref(setField(p, 'fget', fget));
  xdecref(setField(p, 'fset', fset));
  xdecref(setField(p, 'fdel', fdel));
  xdecref(setField(p, 'doc', doc));
  xdecref(setField(p, 'name', null));
  p.getterDoc = false;
  if ((doc === null || doc === Py_None) && fget !== null) {
    const getDoc = lookupAttrHook(fget, '__doc__');
    if (getDoc === null) return;
    if (p.ob_type === PyProperty_Type) {
      xdecref(setField(p, 'doc', getDoc));
    } else {
      try {
        PyObject_SetAttr(p, internString('__doc__'), getDoc);
      } finally {
        decref(getDoc);
      }
    }
    p.getterDoc = true;
  }
};

function setField(p: PyPropertyObject, field: 'fget' | 'fset' | 'fdel' | 'doc' | 'name', value: PyObject | null): PyObject | null {
  const old = p[field];
  p[field] = value;
  return old;
}

let lookupAttrHook: (o: PyObject, name: string) => PyObject | null = () => null;
export function setPropertyLookupAttr(f: (o: PyObject, name: string) => PyObject | null): void {
  lookupAttrHook = f;
}

/**
 * CPython 3.11: Objects/descrobject.c property_copy: a new property of the same type with one
 * accessor replaced; a doc taken from the old getter is taken again from the new one.
 */
function propertyCopy(p: PyPropertyObject, which: 'fget' | 'fset' | 'fdel', value: PyObject): PyObject {
  const given = (v: PyObject, old: PyObject | null): PyObject => (v === Py_None ? old ?? Py_None : v);
  const get = which === 'fget' ? given(value, p.fget) : p.fget ?? Py_None;
  const set = which === 'fset' ? given(value, p.fset) : p.fset ?? Py_None;
  const del = which === 'fdel' ? given(value, p.fdel) : p.fdel ?? Py_None;
  const doc = p.getterDoc && get !== Py_None ? Py_None : p.doc ?? Py_None;
  const np = PyObject_Call(p.ob_type, [get, set, del, doc], null) as PyPropertyObject;
  if (p.name !== null && np instanceof PyPropertyObject) {
    xdecref(np.name);
    np.name = newref(p.name);
  }
  return np;
}

PyProperty_Type.methods = [
  { name: 'getter', fn: (self, args) => propertyCopy(self as PyPropertyObject, 'fget', args[0]) },
  { name: 'setter', fn: (self, args) => propertyCopy(self as PyPropertyObject, 'fset', args[0]) },
  { name: 'deleter', fn: (self, args) => propertyCopy(self as PyPropertyObject, 'fdel', args[0]) },
  {
    name: '__set_name__',
    fn: (self, args) => {
      const p = self as PyPropertyObject;
      if (args.length !== 2) raise(PyExc_TypeError, `__set_name__() takes 2 positional arguments but ${args.length} were given`);
      const old = p.name;
      p.name = newref(args[1]);
      xdecref(old);
      return none();
    },
  },
];
PyProperty_Type.getsets = [
  { name: 'fget', get: (o) => newref((o as PyPropertyObject).fget ?? Py_None) },
  { name: 'fset', get: (o) => newref((o as PyPropertyObject).fset ?? Py_None) },
  { name: 'fdel', get: (o) => newref((o as PyPropertyObject).fdel ?? Py_None) },
  {
    name: '__doc__',
    get: (o) => newref((o as PyPropertyObject).doc ?? Py_None),
    // A T_OBJECT member: any value is stored, None included; deleting stores NULL.
    set: (o, v) => {
      const p = o as PyPropertyObject;
      const old = p.doc;
      p.doc = v === null ? null : newref(v);
      xdecref(old);
    },
  },
  {
    /** CPython 3.11: Objects/descrobject.c property_get___isabstractmethod__ */
    name: '__isabstractmethod__',
    get: (o) => {
      const p = o as PyPropertyObject;
      for (const f of [p.fget, p.fset, p.fdel]) {
        if (_PyObject_IsAbstract(f)) return newref(trueObj());
      }
      return newref(falseObj());
    },
  },
];

let trueObj: () => PyObject = () => Py_None;
let falseObj: () => PyObject = () => Py_None;
export function setPropertyBools(t: () => PyObject, f: () => PyObject): void {
  trueObj = t;
  falseObj = f;
}

// ---------------------------------------------------------------------------------------------
// mappingproxy: the read-only view of a class's __dict__ (descrobject.c mappingproxy_*)
// ---------------------------------------------------------------------------------------------

export const PyDictProxy_Type = registerStaticType(newStaticType('mappingproxy', 24, 0, TPFlags.HAVE_GC | TPFlags.MAPPING));

export class PyMappingProxyObject extends PyObject {
  mapping: PyObject;
  constructor(mapping: PyObject) {
    super(PyDictProxy_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyDictProxy_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.mapping = mapping;
  }
}

export function newMappingProxy(mapping: PyObject): PyObject {
  const p = new PyMappingProxyObject(mapping);
  incref(mapping);
  gcAllocObject(p, 24);
  gcTrack(p);
  return p;
}

/**
 * CPython 3.11: Objects/descrobject.c mappingproxy_new_impl: types.MappingProxyType(mapping),
 * for any mapping but a list or a tuple (mappingproxy_check_mapping).
 */
PyDictProxy_Type.tp_new = (_type, args, kwnames) => {
  const [mapping] = unpackArgs('mappingproxy', args, kwnames, ['mapping'], 1);
  const t = mapping!.ob_type;
  if (t.mp_subscript === null || t.tp_name === 'list' || t.tp_name === 'tuple') {
    raise(PyExc_TypeError, `mappingproxy() argument must be a mapping, not ${t.tp_name}`);
  }
  return newMappingProxy(mapping!);
};

function proxyTarget(o: PyObject): PyObject {
  return (o as PyMappingProxyObject).mapping;
}

PyDictProxy_Type.tp_dealloc = (o) => {
  gcUntrack(o);
  decref(proxyTarget(o));
  gcDel(o);
};
PyDictProxy_Type.tp_traverse = (o, visit) => visit(proxyTarget(o));
PyDictProxy_Type.mp_length = (o) => proxyTarget(o).ob_type.mp_length!(proxyTarget(o));
PyDictProxy_Type.mp_subscript = (o, key) => proxyTarget(o).ob_type.mp_subscript!(proxyTarget(o), key);
PyDictProxy_Type.sq_contains = (o, key) => proxyTarget(o).ob_type.sq_contains!(proxyTarget(o), key);
PyDictProxy_Type.tp_iter = (o) => proxyTarget(o).ob_type.tp_iter!(proxyTarget(o));
PyDictProxy_Type.tp_repr = (o) => PyUnicode_FromString(`mappingproxy(${reprHook(proxyTarget(o))})`);
PyDictProxy_Type.tp_str = (o) => strHook(proxyTarget(o));
PyDictProxy_Type.tp_richcompare = (a, b, op) => richHook(proxyTarget(a), b, op);

/** CPython 3.11: Objects/descrobject.c mappingproxy_or: `|` of the mappings behind the proxies. */
PyDictProxy_Type.nb_or = (left, right) => {
  const l = PyObject_TypeCheck(left, PyDictProxy_Type) ? proxyTarget(left) : left;
  const r = PyObject_TypeCheck(right, PyDictProxy_Type) ? proxyTarget(right) : right;
  return binary_op(l, r, 'nb_or');
};

/** CPython 3.11: Objects/descrobject.c mappingproxy_ior: a proxy is read-only. */
PyDictProxy_Type.nb_inplace_or = (self) => raise(PyExc_TypeError, `'|=' is not supported by ${self.ob_type.tp_name}; use '|' instead`);

function forward(name: string) {
  return (self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject => {
    const m = getAttrHook(proxyTarget(self), name);
    try {
      return PyObject_Call(m, args, kwnames);
    } finally {
      decref(m);
    }
  };
}
PyDictProxy_Type.methods = ['keys', 'values', 'items', 'get', 'copy', '__reversed__'].map((name) => ({ name, fn: forward(name) }));

let reprHook: (o: PyObject) => string = () => '';
let strHook: (o: PyObject) => PyObject = (o) => newref(o);
let richHook: (a: PyObject, b: PyObject, op: number) => PyObject = (a) => newref(a);
let getAttrHook: (o: PyObject, name: string) => PyObject = (o) => newref(o);
export function setMappingProxyHooks(
  repr: (o: PyObject) => string,
  str: (o: PyObject) => PyObject,
  rich: (a: PyObject, b: PyObject, op: number) => PyObject,
  getAttr: (o: PyObject, name: string) => PyObject,
): void {
  reprHook = repr;
  strHook = str;
  richHook = rich;
  getAttrHook = getAttr;
}
