/**
 * The object header and the type object's slot table: the data every other file shares.
 * CPython 3.11: Include/object.h (PyObject, PyTypeObject), Include/cpython/object.h.
 *
 * This file defines data only, so that every object file can import it without cycles.
 * Behaviour lives in object.ts (generic protocols) and typeobject.ts (types and classes).
 */

/** Flags of tp_flags, as Include/object.h (values matter: `__flags__` shows them). */
export const enum TPFlags {
  /** Instances have a managed dict before the object (3.11 Py_TPFLAGS_MANAGED_DICT). */
  MANAGED_DICT = 1 << 4,
  /** Set if instances are sequences, for pattern matching. */
  SEQUENCE = 1 << 5,
  /** Set if instances are mappings, for pattern matching. */
  MAPPING = 1 << 6,
  /** The type is immutable: class attributes cannot be set. */
  IMMUTABLETYPE = 1 << 8,
  /** The type was created by a class statement or type(): a heap type. */
  HEAPTYPE = 1 << 9,
  /** The type may be subclassed. */
  BASETYPE = 1 << 10,
  /** Instances are GC objects: a PyGC_Head precedes them. */
  HAVE_GC = 1 << 14,
  /** PEP 590 vectorcall (informational). */
  HAVE_VECTORCALL = 1 << 11,
  /** The type is ready (PyType_Ready ran). */
  READY = 1 << 12,
  /** The class has abstract methods left: object.__new__ refuses it (set by __abstractmethods__). */
  IS_ABSTRACT = 1 << 20,
  /** Fast subclass checks. */
  LONG_SUBCLASS = 1 << 24,
  LIST_SUBCLASS = 1 << 25,
  TUPLE_SUBCLASS = 1 << 26,
  BYTES_SUBCLASS = 1 << 27,
  UNICODE_SUBCLASS = 1 << 28,
  DICT_SUBCLASS = 1 << 29,
  BASE_EXC_SUBCLASS = 1 << 30,
  TYPE_SUBCLASS = -2147483648, // 1 << 31
}

/** Rich comparison operators, as Include/object.h Py_LT..Py_GE (COMPARE_OP's oparg). */
export const enum CompareOp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}

/**
 * A hash value: Py_hash_t. A number when it is a safe integer, a bigint otherwise (tuple and
 * float hashes use all 64 bits, and probing tables needs the exact low bits).
 */
export type Hash = number | bigint;
/**
 * A C Py_ssize_t as a length slot returns it: a JavaScript number while it is a safe integer, a
 * bigint between 2**53 and 2**63 - 1 (only a range gets that long without running out of memory).
 */
export type Py_ssize_t = number | bigint;

export type Visit = (o: PyObject) => void;
export type UnaryFunc = (o: PyObject) => PyObject;
export type BinaryFunc = (a: PyObject, b: PyObject) => PyObject;
export type TernaryFunc = (a: PyObject, b: PyObject, c: PyObject) => PyObject;
/** Vectorcall convention: positional args then keyword values; kwnames names the trailing ones. */
export type CallFunc = (callable: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;

/**
 * Every Python object. ob_refcnt is the emulated reference count that sys.getrefcount returns;
 * addr is the emulated address that id() returns.
 * CPython 3.11: Include/object.h struct _object, Include/internal/pycore_gc.h PyGC_Head.
 */
export class PyObject {
  // NON-CPYTHON: the fields are declared and set by plain assignments in the constructor, in one
  // fixed order. As class-field initialisers they would be [[Define]]s run on the initial maps
  // of every subclass (dozens), which V8 handles megamorphically, slowly, on each allocation.
  declare ob_refcnt: number;
  declare ob_type: PyTypeObject;
  /** The object's address in the emulated address space (id()). */
  declare addr: number;
  /** PyGC_Head._gc_next / _gc_prev: generation list links (GC types only). */
  declare gcNext: PyObject | null;
  declare gcPrev: PyObject | null;
  /** gc_refs during a collection, and the collector's flag bits. */
  declare gcRefs: number;
  declare gcFlags: number;
  /** Instances of classes made by `class`: attribute storage (NON-CPYTHON shape, see InstanceData). */
  declare inst: InstanceData | null;

  /**
   * `header` false: the subclass's constructor sets these fields itself, in this order, right
   * after super(). NON-CPYTHON: V8 keeps one set of inline caches per function, so stores made
   * here see the objects of every subclass (megamorphic, several times slower); the classes
   * allocated most often (int, float, str, tuple, list, dict, ...) set their header themselves.
   */
  constructor(type: PyTypeObject, header = true) {
    if (!header) return;
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
  }
}

/**
 * What a heap-type instance carries besides its builtin base's fields: the 3.11 managed dict
 * pre-header (values array shared-keyed by the class, or a materialised dict), the __slots__
 * member values, and the weak-reference list.
 * CPython 3.11: Objects/dictobject.c (PyDictValues, _PyObject_InitializeDict), Objects/descrobject.c
 * (member descriptors of __slots__).
 */
export class InstanceData {
  /** The materialised __dict__ (a dict object), or null while attributes live in `values`. */
  dict: PyObject | null = null;
  /** Managed values indexed like the class's shared keys (null entries are unset attributes). */
  values: (PyObject | null)[] | null = null;
  /** Insertion order of the values (3.11 keeps an order array in PyDictValues' prefix). */
  order: number[] | null = null;
  /** __slots__ member values. */
  slots: (PyObject | null)[] | null = null;
  /** Address of the values array's block (PyMem allocation), 0 when none. */
  valuesAddr = 0;
}

/** A method of a builtin type (PyMethodDef): name, implementation and calling flags. */
export interface MethodDef {
  name: string;
  /** self, positional args, keyword names (values are the trailing args). */
  fn: (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;
  /** 'method' (instance method), 'class' (METH_CLASS), 'static' (METH_STATIC). */
  kind?: 'method' | 'class' | 'static';
  doc?: string;
}

/** A computed attribute of a builtin type (PyGetSetDef). */
export interface GetSetDef {
  name: string;
  get: (self: PyObject) => PyObject;
  set?: (self: PyObject, value: PyObject | null) => void;
}

/**
 * A type object. Slots are JavaScript functions, null when the type does not fill them
 * (inherit_slots copies them from the base in PyType_Ready).
 * CPython 3.11: Include/cpython/object.h struct _typeobject.
 */
export class PyTypeObject extends PyObject {
  tp_name: string;
  tp_basicsize: number;
  tp_itemsize: number;
  tp_flags: number;
  tp_base: PyTypeObject | null = null;
  tp_bases: PyObject | null = null; // tuple
  tp_mro: PyObject | null = null; // tuple
  tp_dict: PyObject | null = null; // dict
  /** The type's subclasses, weakly held (type.__subclasses__, method-cache invalidation). */
  tp_subclasses: Set<PyTypeObject> = new Set();
  /** Offset-free stand-ins for tp_dictoffset / tp_weaklistoffset: does an instance have them? */
  hasDict = false;
  hasWeakref = false;
  /** __slots__ names of this class only (member descriptors index into the instance's slot array). */
  slotNames: string[] = [];
  /** Number of slot values an instance carries (this class and its bases). */
  nslots = 0;
  /** The module name shown in repr for static types ('builtins' is omitted). */
  moduleName = 'builtins';
  /** Heap types: __qualname__, and the shared keys of instance dicts. */
  qualname: string;
  /** Heap types: ht_name and ht_qualname, the str objects __name__ and __qualname__ return. */
  htName: PyObject | null = null;
  htQualname: PyObject | null = null;
  /** 3.11 ht_cached_keys: attribute names of instances in insertion order, shared by all instances. */
  cachedKeys: string[] | null = null;
  cachedKeysIndex: Map<string, number> | null = null;
  /** Countdown of dk_usable of the shared keys (each new instance decrements it while > 1). */
  cachedKeysUsable = 0;
  /** Address of the shared keys' block. */
  cachedKeysAddr = 0;
  /** Static types define methods in tables that PyType_Ready turns into descriptors. */
  methods: MethodDef[] = [];
  getsets: GetSetDef[] = [];
  /** _PyType_Lookup cache (the method cache): name -> found object or null. */
  lookupCache: Map<string, PyObject | null> = new Map();
  /** For classes deriving from a builtin type: the builtin's deallocator (subtype_dealloc's basedealloc). */
  baseDealloc: ((o: PyObject) => void) | null = null;
  /** Version tag: bumped when the type's dict or bases change (invalidates lookupCache). */
  versionTag = 0;

  tp_dealloc: (o: PyObject) => void = defaultDealloc;
  tp_repr: UnaryFunc | null = null;
  tp_str: UnaryFunc | null = null;
  tp_hash: ((o: PyObject) => Hash) | null = null;
  tp_richcompare: ((a: PyObject, b: PyObject, op: CompareOp) => PyObject) | null = null;
  tp_getattro: ((o: PyObject, name: PyObject) => PyObject) | null = null;
  /** Like tp_getattro but returns null instead of raising AttributeError (NON-CPYTHON fast path). */
  tp_getattro_opt: ((o: PyObject, name: PyObject) => PyObject | null) | null = null;
  tp_setattro: ((o: PyObject, name: PyObject, value: PyObject | null) => void) | null = null;
  tp_call: CallFunc | null = null;
  /**
   * tp_vectorcall != NULL: calling this type object takes the vectorcall path. Types without it
   * (and callables whose type lacks Py_TPFLAGS_HAVE_VECTORCALL) are called through
   * _PyObject_MakeTpCall, which packs the arguments into a tuple (and a dict).
   */
  tp_vectorcall = false;
  tp_iter: UnaryFunc | null = null;
  /** Returns the next item (new reference), or null when exhausted (no StopIteration raised). */
  tp_iternext: ((o: PyObject) => PyObject | null) | null = null;
  tp_descr_get: ((descr: PyObject, obj: PyObject | null, type: PyObject | null) => PyObject) | null = null;
  tp_descr_set: ((descr: PyObject, obj: PyObject, value: PyObject | null) => void) | null = null;
  tp_init: ((self: PyObject, args: PyObject[], kwnames: string[] | null) => void) | null = null;
  tp_new: ((type: PyTypeObject, args: PyObject[], kwnames: string[] | null) => PyObject) | null = null;
  tp_traverse: ((o: PyObject, visit: Visit) => void) | null = null;
  tp_clear: ((o: PyObject) => void) | null = null;
  /** PEP 442 finalizer (__del__ of classes). */
  tp_finalize: ((o: PyObject) => void) | null = null;
  /**
   * Creates an instance of `type` (a subtype of this type) with its memory: the JavaScript
   * object of the right class (CPython 3.11: tp_alloc = PyType_GenericAlloc).
   */
  tp_alloc: ((type: PyTypeObject) => PyObject) | null = null;
  /** Frees the object's storage (PyObject_Free / PyObject_GC_Del); set by the allocator. */
  tp_free: ((o: PyObject) => void) | null = null;

  // Number protocol (PyNumberMethods).
  nb_add: BinaryFunc | null = null;
  nb_subtract: BinaryFunc | null = null;
  nb_multiply: BinaryFunc | null = null;
  nb_remainder: BinaryFunc | null = null;
  nb_divmod: BinaryFunc | null = null;
  nb_power: TernaryFunc | null = null;
  nb_negative: UnaryFunc | null = null;
  nb_positive: UnaryFunc | null = null;
  nb_absolute: UnaryFunc | null = null;
  nb_bool: ((o: PyObject) => boolean) | null = null;
  nb_invert: UnaryFunc | null = null;
  nb_lshift: BinaryFunc | null = null;
  nb_rshift: BinaryFunc | null = null;
  nb_and: BinaryFunc | null = null;
  nb_xor: BinaryFunc | null = null;
  nb_or: BinaryFunc | null = null;
  nb_int: UnaryFunc | null = null;
  nb_float: UnaryFunc | null = null;
  nb_inplace_add: BinaryFunc | null = null;
  nb_inplace_subtract: BinaryFunc | null = null;
  nb_inplace_multiply: BinaryFunc | null = null;
  nb_inplace_remainder: BinaryFunc | null = null;
  nb_inplace_power: TernaryFunc | null = null;
  nb_inplace_lshift: BinaryFunc | null = null;
  nb_inplace_rshift: BinaryFunc | null = null;
  nb_inplace_and: BinaryFunc | null = null;
  nb_inplace_xor: BinaryFunc | null = null;
  nb_inplace_or: BinaryFunc | null = null;
  nb_floor_divide: BinaryFunc | null = null;
  nb_true_divide: BinaryFunc | null = null;
  nb_inplace_floor_divide: BinaryFunc | null = null;
  nb_inplace_true_divide: BinaryFunc | null = null;
  nb_index: UnaryFunc | null = null;
  nb_matrix_multiply: BinaryFunc | null = null;
  nb_inplace_matrix_multiply: BinaryFunc | null = null;

  // Mapping and sequence protocols (PyMappingMethods, PySequenceMethods).
  mp_length: ((o: PyObject) => Py_ssize_t) | null = null;
  mp_subscript: BinaryFunc | null = null;
  mp_ass_subscript: ((o: PyObject, key: PyObject, value: PyObject | null) => void) | null = null;
  sq_length: ((o: PyObject) => Py_ssize_t) | null = null;
  sq_concat: BinaryFunc | null = null;
  sq_repeat: ((o: PyObject, n: number) => PyObject) | null = null;
  sq_item: ((o: PyObject, i: number) => PyObject) | null = null;
  sq_ass_item: ((o: PyObject, i: number, value: PyObject | null) => void) | null = null;
  sq_contains: ((o: PyObject, value: PyObject) => boolean) | null = null;
  sq_inplace_concat: BinaryFunc | null = null;
  sq_inplace_repeat: ((o: PyObject, n: number) => PyObject) | null = null;

  constructor(metatype: PyTypeObject | null, name: string, basicsize: number, itemsize: number, flags: number) {
    // The metatype of `type` is `type` itself: patched after construction.
    super(metatype as PyTypeObject);
    this.tp_name = name;
    this.qualname = name.slice(name.lastIndexOf('.') + 1);
    this.tp_basicsize = basicsize;
    this.tp_itemsize = itemsize;
    this.tp_flags = flags;
  }
}

/** The deallocator a type starts with; PyType_Ready replaces it by the base's (inherit_slots). */
export function defaultDealloc(o: PyObject): void {
  const free = o.ob_type.tp_free;
  if (free) free(o);
}

/** `type` and `object`, the two roots of the type system. */
export const PyType_Type = new PyTypeObject(null, 'type', 904, 40, TPFlags.BASETYPE | TPFlags.HAVE_GC | TPFlags.TYPE_SUBCLASS);
PyType_Type.ob_type = PyType_Type;
export const PyBaseObject_Type = new PyTypeObject(PyType_Type, 'object', 16, 0, TPFlags.BASETYPE);
PyType_Type.tp_base = PyBaseObject_Type;
// Type objects carry their dict (tp_dictoffset): classes of metaclasses add no __dict__ descriptor.
PyType_Type.hasDict = true;
PyType_Type.hasWeakref = true;

/** Creates a static (builtin) type object; PyType_Ready finishes it at interpreter start. */
export function newStaticType(
  name: string,
  basicsize: number,
  itemsize: number,
  flags: number,
  base: PyTypeObject | null = PyBaseObject_Type,
): PyTypeObject {
  const t = new PyTypeObject(PyType_Type, name, basicsize, itemsize, flags);
  t.tp_base = base;
  const dot = name.lastIndexOf('.');
  if (dot >= 0) t.moduleName = name.slice(0, dot);
  return t;
}

/** Every static type, in creation order, for PyType_Ready at start-up. */
export const staticTypes: PyTypeObject[] = [PyType_Type, PyBaseObject_Type];

export function registerStaticType(t: PyTypeObject): PyTypeObject {
  staticTypes.push(t);
  return t;
}

export function isGcType(t: PyTypeObject): boolean {
  return (t.tp_flags & TPFlags.HAVE_GC) !== 0;
}
