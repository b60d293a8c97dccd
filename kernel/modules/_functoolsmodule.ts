/**
 * The C-level part of kernel/lib/functools.ts's lru_cache wrapper: its traverse.
 * CPython 3.11: Modules/_functoolsmodule.c lru_cache_tp_traverse: the wrapper's type, then for
 * each link of its list, oldest first, the link's key, result and type (the links are not GC
 * objects: their references count as the wrapper's), then the cache dict, the function,
 * kwd_mark, the link type, the CacheInfo type and the instance dict.
 * NON-CPYTHON: the wrapper is a Python class of kernel/lib/functools.ts whose slots hold these
 * objects; its links (untracked _lru_list_elem instances) are kept in LRU order in the `_order`
 * dict, which holds no GC object and so stays untracked, as the list it stands for.
 */
import type { PyObject, PyTypeObject } from '../objects/pyobject.ts';
import { PyDictObject, dictForEach } from '../objects/dictobject.ts';
import { registerCTypeTraverse } from '../objects/typeobject.ts';

type Visit = (o: PyObject) => void;

/** The slots of `type` (a class right under object) by name: their index in inst.slots. */
function slotIndex(type: PyTypeObject, name: string): number {
  const i = type.slotNames.indexOf(name);
  if (i < 0) throw new Error(`functools: no slot ${name} in ${type.tp_name}`);
  return type.nslots - type.slotNames.length + i;
}

function slot(o: PyObject, index: number): PyObject | null {
  return o.inst?.slots?.[index] ?? null;
}

/** lru_cache_tp_traverse for the class kernel/lib/functools.ts defines. */
function lruCacheTraverseFor(type: PyTypeObject): (o: PyObject, visit: Visit) => void {
  const order = slotIndex(type, '_order');
  const tail = ['_cache', '_func', '_kwd_mark', '_elem_type', '_cache_info_type'].map((n) => slotIndex(type, n));
  let linkKey = -1;
  let linkResult = -1;
  return (o, visit) => {
    visit(o.ob_type);
    const links = slot(o, order);
    if (links instanceof PyDictObject) {
      dictForEach(links, (_id, link) => {
        if (linkKey < 0) {
          linkKey = slotIndex(link.ob_type, 'key');
          linkResult = slotIndex(link.ob_type, 'result');
        }
        const key = slot(link, linkKey);
        const result = slot(link, linkResult);
        if (key !== null) visit(key);
        if (result !== null) visit(result);
        visit(link.ob_type);
      });
    }
    for (const i of tail) {
      const v = slot(o, i);
      if (v !== null) visit(v);
    }
    // The instance dict (inline values while it has not been made).
    const inst = o.inst;
    if (inst !== null) {
      if (inst.values !== null) for (const v of inst.values) if (v !== null) visit(v);
      if (inst.dict !== null) visit(inst.dict);
    }
  };
}

/** Installs the traverse (kernel/modules/registry.ts, at start-up). */
export function registerFunctoolsTraverse(): void {
  registerCTypeTraverse('functools._lru_cache_wrapper', lruCacheTraverseFor);
}
