/**
 * The _functools builtin module: the C code Lib/functools.py imports, partial
 * (kernel/modules/_functools_partial.ts), _lru_cache_wrapper with its link type _lru_list_elem
 * (kernel/modules/_functools_lru.ts), reduce (kernel/modules/_functools_reduce.ts) and cmp_to_key
 * with its KeyWrapper type (kernel/modules/_functools_keyobject.ts).
 * CPython 3.11: Modules/_functoolsmodule.c _functools_exec: the module state's kwd_mark (a plain
 * `object()` separating positional arguments from keywords in lru_cache keys), then the types;
 * partial and _lru_cache_wrapper are module attributes, _lru_list_elem and KeyWrapper are not.
 * NON-CPYTHON: the types are static, made once (CPython makes them per module).
 */
import { PyBaseObject_Type } from '../objects/pyobject.ts';
import { decref } from '../memory/refcount.ts';
import { callNoArgs } from '../objects/abstract.ts';
import { PyModuleObject, PyModule_New, addFunctions, moduleSet } from '../objects/moduleobject.ts';
import { PyDictObject, PyDict_SetItem } from '../objects/dictobject.ts';
import { PyUnicodeObject, PyUnicode_FromString, internString } from '../objects/unicodeobject.ts';
import { dictLookupStr } from '../objects/object.ts';
import type { PyTypeObject } from '../objects/pyobject.ts';
import { PyPartial_Type } from './_functools_partial.ts';
import { LruCache_Type, setLruKwdMark } from './_functools_lru.ts';
import { cmpToKeyMethod } from './_functools_keyobject.ts';
import { reduceMethod } from './_functools_reduce.ts';

const PARTIAL_DOC = 'partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n';
const LRU_CACHE_DOC = 'Create a cached callable that wraps another function.\n\n'
  + 'user_function:      the function being cached\n\n'
  + 'maxsize:  0         for no caching\n'
  + '          None      for unlimited cache size\n'
  + '          n         for a bounded cache\n\n'
  + 'typed:    False     cache f(3) and f(3.0) as identical calls\n'
  + '          True      cache f(3) and f(3.0) as distinct calls\n\n'
  + 'cache_info_type:    namedtuple class with the fields:\n'
  + '                        hits misses currsize maxsize\n';

/** tp_doc: the type's __doc__ (PyType_Ready leaves None where a static type has none). */
function setDoc(type: PyTypeObject, doc: string): void {
  const dict = type.tp_dict as PyDictObject;
  if (dictLookupStr(dict, '__doc__') instanceof PyUnicodeObject) return;
  const s = PyUnicode_FromString(doc);
  PyDict_SetItem(dict, internString('__doc__'), s);
  decref(s);
}

/** CPython 3.11: Modules/_functoolsmodule.c _functools_exec */
export function makeFunctoolsModule(): PyModuleObject {
  const m = PyModule_New('_functools');
  addFunctions(m, [reduceMethod, cmpToKeyMethod]);
  // The module state's kwd_mark: the module holds it, each lru_cache wrapper another reference.
  const mark = callNoArgs(PyBaseObject_Type);
  m.state.push(mark);
  setLruKwdMark(mark);
  setDoc(PyPartial_Type, PARTIAL_DOC);
  setDoc(LruCache_Type, LRU_CACHE_DOC);
  moduleSet(m, 'partial', PyPartial_Type);
  moduleSet(m, '_lru_cache_wrapper', LruCache_Type);
  return m;
}
