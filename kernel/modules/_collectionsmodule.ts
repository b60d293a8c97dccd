/**
 * The _collections builtin module: the C half of collections, whose Python half
 * (kernel/lib/collections.ts) imports deque from here as Lib/collections/__init__.py does.
 * CPython 3.11: Modules/_collectionsmodule.c collections_exec: deque, defaultdict,
 * _deque_iterator, _deque_reverse_iterator, _tuplegetter, and _count_elements.
 * NON-CPYTHON: only the deque types are here; defaultdict, OrderedDict, _tuplegetter and
 * _count_elements are Python stand-ins in kernel/lib/collections.ts. The deque type itself is
 * kernel/objects/dequeobject.ts.
 */
import { PyModuleObject, PyModule_New, moduleSet, moduleSetSteal } from '../objects/moduleobject.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { builtinModules } from '../vm/import.ts';
import { PyDequeIter_Type, PyDequeRevIter_Type, PyDeque_Type } from '../objects/dequeobject.ts';

const MODULE_DOC = 'High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n';

/** CPython 3.11: PyInit__collections / collections_exec */
export function make_collectionsModule(): PyModuleObject {
  const m = PyModule_New('_collections');
  moduleSetSteal(m, '__doc__', PyUnicode_FromString(MODULE_DOC));
  moduleSet(m, 'deque', PyDeque_Type);
  moduleSet(m, '_deque_iterator', PyDequeIter_Type);
  moduleSet(m, '_deque_reverse_iterator', PyDequeRevIter_Type);
  return m;
}

/** Registers the module (kernel/modules/registry.ts, at start-up). */
export function registerCollectionsModule(): void {
  builtinModules.set('_collections', make_collectionsModule);
}
