/**
 * list.sort(): the adaptive, stable, natural merge sort ("timsort") with the powersort merge
 * policy, calling `<` in exactly the order CPython 3.11 does (user __lt__ methods can see it).
 * CPython 3.11: Objects/listobject.c list_sort_impl and its helpers (count_run, binarysort,
 * gallop_left/right, merge_lo/hi, merge_at, powerloop, found_new_run, merge_force_collapse),
 * Objects/listsort.txt.
 */
import { CompareOp, type PyObject, type PyTypeObject } from './pyobject.ts';
import type { PyListObject } from './listobject.ts';
import { memFree, memMalloc } from '../memory/heap.ts';
import { decref } from '../memory/refcount.ts';
import { raise } from '../vm/errors.ts';
import { PyExc_ValueError } from './exceptions.ts';
import { PyObject_IsTrue, PyObject_RichCompareBool, Py_None, Py_NotImplemented } from './object.ts';
import { Py_True, Py_False } from './boolobject.ts';
import { PyObject_Call } from './abstract.ts';
import { PyTupleObject, PyTuple_Type } from './tupleobject.ts';
import { PyLongObject, PyLong_Type } from './longobject.ts';
import { PyFloatObject, PyFloat_Type } from './floatobject.ts';
import { PyUnicodeObject, PyUnicode_Type } from './unicodeobject.ts';

const enum Sort {
  /** MIN_GALLOP: galloping starts after this many consecutive wins of one run. */
  MIN_GALLOP = 7,
  /** MERGESTATE_TEMP_SIZE: slots of the temp array that live on the C stack. */
  TEMP_SIZE = 256,
  /** Lists shorter than this are sorted by binary insertion alone (merge_compute_minrun). */
  MAX_MINRUN = 64,
  PTR = 8,
}

/** Returns true if x < y (the ISLT macro); Python errors propagate as exceptions. */
type Compare = (x: PyObject, y: PyObject) => boolean;

/** A pending run: keys[base .. base+len), with its powersort "power". */
interface Run {
  base: number;
  len: number;
  power: number;
}

/** CPython 3.11: Objects/listobject.c struct s_MergeState */
class MergeState {
  minGallop: number = Sort.MIN_GALLOP;
  /** Temp storage for merges: keys (and values when sorting with a key function). */
  tempKeys: PyObject[] = [];
  tempValues: PyObject[] = [];
  /** Slots the temp storage has (the stack array, or a PyMem block). */
  alloced: number;
  /** Address of the PyMem block once the stack array is too small (0 before). */
  tempAddr = 0;
  pending: Run[] = [];
  n = 0;

  constructor(
    readonly keys: PyObject[],
    readonly values: PyObject[] | null,
    readonly listlen: number,
    readonly lt: Compare,
  ) {
    // merge_init: with a key function the stack array also holds the keys and values.
    this.alloced = values !== null ? Math.min((listlen + 1) >> 1, Sort.TEMP_SIZE / 2) : Sort.TEMP_SIZE;
  }

  /** merge_getmem: a fresh block, the old contents are not needed. */
  getmem(need: number): void {
    if (need <= this.alloced) return;
    const multiplier = this.values !== null ? 2 : 1;
    this.freemem();
    this.tempAddr = memMalloc(multiplier * need * Sort.PTR);
    this.alloced = need;
  }

  /** merge_freemem */
  freemem(): void {
    if (this.tempAddr !== 0) memFree(this.tempAddr);
    this.tempAddr = 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Comparison functions chosen by the pre-sort check
// ---------------------------------------------------------------------------------------------

/** safe_object_compare */
const safeCompare: Compare = (v, w) => PyObject_RichCompareBool(v, w, CompareOp.LT);

/** unsafe_object_compare: the type's tp_richcompare directly, for a homogeneous list. */
function unsafeObjectCompare(keyRichcompare: NonNullable<PyTypeObject['tp_richcompare']>): Compare {
  return (v, w) => {
    if (v.ob_type.tp_richcompare !== keyRichcompare) return PyObject_RichCompareBool(v, w, CompareOp.LT);
    const res = keyRichcompare(v, w, CompareOp.LT);
    if (res === Py_NotImplemented) {
      decref(res);
      return PyObject_RichCompareBool(v, w, CompareOp.LT);
    }
    try {
      return res === Py_True ? true : res === Py_False ? false : PyObject_IsTrue(res);
    } finally {
      decref(res);
    }
  };
}

/** unsafe_long_compare (any exact ints compare the same way, without side effects). */
const longCompare: Compare = (v, w) => (v as PyLongObject).v < (w as PyLongObject).v;

/** unsafe_float_compare */
const floatCompare: Compare = (v, w) => (v as PyFloatObject).v < (w as PyFloatObject).v;

/** unsafe_latin_compare: code units are code points for 1-byte and 2-byte strings. */
const latinCompare: Compare = (v, w) => (v as PyUnicodeObject).s < (w as PyUnicodeObject).s;

/** unsafe_tuple_compare: == on the items, then `<` on the first differing one. */
function tupleCompare(elemCompare: Compare): Compare {
  return (v, w) => {
    const vt = (v as PyTupleObject).items;
    const wt = (w as PyTupleObject).items;
    const vlen = vt.length;
    const wlen = wt.length;
    let i = 0;
    for (; i < vlen && i < wlen; i++) {
      if (!PyObject_RichCompareBool(vt[i], wt[i], 2)) break;
    }
    if (i >= vlen || i >= wlen) return vlen < wlen;
    if (i === 0) return elemCompare(vt[0], wt[0]);
    return PyObject_RichCompareBool(vt[i], wt[i], CompareOp.LT);
  };
}

/** The pre-sort check of list_sort_impl: which compare function is safe for these keys. */
function chooseCompare(keys: PyObject[]): Compare {
  const n = keys.length;
  const first = keys[0];
  let inTuples = first.ob_type === PyTuple_Type && (first as PyTupleObject).items.length > 0;
  const keyType = inTuples ? (first as PyTupleObject).items[0].ob_type : first.ob_type;
  let sameType = true;
  let latin = true;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (inTuples && !(k.ob_type === PyTuple_Type && (k as PyTupleObject).items.length !== 0)) {
      inTuples = false;
      sameType = false;
      break;
    }
    const key = inTuples ? (k as PyTupleObject).items[0] : k;
    if (key.ob_type !== keyType) {
      sameType = false;
      // Keys in tuples: keep checking that every key is a non-empty tuple.
      if (!inTuples) break;
    }
    if (sameType && keyType === PyUnicode_Type && latin && (key as PyUnicodeObject).kind === 4) latin = false;
  }
  let compare: Compare = safeCompare;
  if (sameType) {
    if (keyType === PyUnicode_Type && latin) compare = latinCompare;
    else if (keyType === PyLong_Type) compare = longCompare;
    else if (keyType === PyFloat_Type) compare = floatCompare;
    else if (keyType.tp_richcompare !== null) compare = unsafeObjectCompare(keyType.tp_richcompare);
  }
  if (inTuples) return tupleCompare(keyType === PyTuple_Type ? safeCompare : compare);
  return compare;
}

// ---------------------------------------------------------------------------------------------
// Runs
// ---------------------------------------------------------------------------------------------

/** reverse_slice of a[lo .. hi) */
function reverseSlice(a: PyObject[], lo: number, hi: number): void {
  hi--;
  while (lo < hi) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
    lo++;
    hi--;
  }
}

/** reverse_sortslice: keys and values together. */
function reverseSortslice(ms: MergeState, lo: number, n: number): void {
  reverseSlice(ms.keys, lo, lo + n);
  if (ms.values !== null) reverseSlice(ms.values, lo, lo + n);
}

/**
 * CPython 3.11: Objects/listobject.c binarysort: keys[lo .. hi) sorted by binary insertion,
 * keys[lo .. start) being sorted already.
 */
function binarysort(ms: MergeState, lo: number, hi: number, start: number): void {
  const a = ms.keys;
  const v = ms.values;
  const lt = ms.lt;
  if (lo === start) start++;
  for (; start < hi; start++) {
    let l = lo;
    let r = start;
    const pivot = a[r];
    // pivot >= all in [lo, l); pivot < all in [r, start).
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, a[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) a[p] = a[p - 1];
    a[l] = pivot;
    if (v !== null) {
      const vp = v[start];
      for (let p = start; p > l; p--) v[p] = v[p - 1];
      v[l] = vp;
    }
  }
}

/**
 * CPython 3.11: Objects/listobject.c count_run: the length of the run starting at keys[lo]
 * (no further than hi), and whether it is strictly descending.
 */
function countRun(ms: MergeState, lo: number, hi: number): [number, boolean] {
  const a = ms.keys;
  const lt = ms.lt;
  lo++;
  if (lo === hi) return [1, false];
  let n = 2;
  if (lt(a[lo], a[lo - 1])) {
    for (lo = lo + 1; lo < hi; lo++, n++) {
      if (!lt(a[lo], a[lo - 1])) break;
    }
    return [n, true];
  }
  for (lo = lo + 1; lo < hi; lo++, n++) {
    if (lt(a[lo], a[lo - 1])) break;
  }
  return [n, false];
}

/**
 * CPython 3.11: Objects/listobject.c gallop_left: k in 0..n with a[base+k-1] < key <= a[base+k],
 * searching from a[base+hint].
 */
function gallopLeft(ms: MergeState, key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
  const lt = ms.lt;
  let lastofs = 0;
  let ofs = 1;
  if (lt(a[base + hint], key)) {
    // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs].
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(a[base + hint + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs].
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(a[base + hint - ofs], key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  // a[lastofs] < key <= a[ofs]: binary search with invariant a[lastofs-1] < key <= a[ofs].
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** CPython 3.11: Objects/listobject.c gallop_right: like gallop_left, right of equal keys. */
function gallopRight(ms: MergeState, key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
  const lt = ms.lt;
  let lastofs = 0;
  let ofs = 1;
  if (lt(key, a[base + hint])) {
    // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs].
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, a[base + hint - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs].
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, a[base + hint + ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

// ---------------------------------------------------------------------------------------------
// Merging
// ---------------------------------------------------------------------------------------------

/** Copies n slots from src[si..] to dst[di..] (keys, and values when present). */
function copyUp(dk: PyObject[], dv: PyObject[] | null, di: number, sk: PyObject[], sv: PyObject[] | null, si: number, n: number): void {
  for (let i = 0; i < n; i++) dk[di + i] = sk[si + i];
  if (dv !== null && sv !== null) for (let i = 0; i < n; i++) dv[di + i] = sv[si + i];
}

/** Copies n slots from src[si..] to dst[di..], highest first (overlapping, dst above src). */
function copyDown(dk: PyObject[], dv: PyObject[] | null, di: number, sk: PyObject[], sv: PyObject[] | null, si: number, n: number): void {
  for (let i = n - 1; i >= 0; i--) dk[di + i] = sk[si + i];
  if (dv !== null && sv !== null) for (let i = n - 1; i >= 0; i--) dv[di + i] = sv[si + i];
}

/**
 * CPython 3.11: Objects/listobject.c merge_lo: merges the na keys at ssa with the nb keys at
 * ssb = ssa + na (na <= nb), copying run A to temp storage. On an error the remaining temp
 * items are copied back, so the list is always a permutation of its items.
 */
function mergeLo(ms: MergeState, ssa: number, na: number, ssb: number, nb: number): void {
  const K = ms.keys;
  const V = ms.values;
  ms.getmem(na);
  const TK = ms.tempKeys;
  const TV = V !== null ? ms.tempValues : null;
  copyUp(TK, TV, 0, K, V, ssa, na);
  let dest = ssa;
  let pa = 0;
  let pb = ssb;
  const lt = ms.lt;
  // Fail: whatever remains of A goes back into place.
  let done = false;
  try {
    K[dest] = K[pb];
    if (V !== null) V[dest] = V[pb];
    dest++;
    pb++;
    nb--;
    if (nb === 0) return;
    if (na === 1) {
      copyB();
      return;
    }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      // Straightforward merging until one run appears to win consistently.
      for (;;) {
        if (lt(K[pb], TK[pa])) {
          K[dest] = K[pb];
          if (V !== null) V[dest] = V[pb];
          dest++;
          pb++;
          bcount++;
          acount = 0;
          nb--;
          if (nb === 0) return;
          if (bcount >= minGallop) break;
        } else {
          K[dest] = TK[pa];
          if (V !== null) V[dest] = TV![pa];
          dest++;
          pa++;
          acount++;
          bcount = 0;
          na--;
          if (na === 1) {
            copyB();
            return;
          }
          if (acount >= minGallop) break;
        }
      }
      // Galloping, until neither run wins consistently anymore.
      minGallop++;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = gallopRight(ms, K[pb], TK, pa, na, 0);
        acount = k;
        if (k) {
          copyUp(K, V, dest, TK, TV, pa, k);
          dest += k;
          pa += k;
          na -= k;
          if (na === 1) {
            copyB();
            return;
          }
          // na == 0 is impossible if the comparison is consistent, but it may not be.
          if (na === 0) return;
        }
        K[dest] = K[pb];
        if (V !== null) V[dest] = V[pb];
        dest++;
        pb++;
        nb--;
        if (nb === 0) return;
        k = gallopLeft(ms, TK[pa], K, pb, nb, 0);
        bcount = k;
        if (k) {
          copyUp(K, V, dest, K, V, pb, k);
          dest += k;
          pb += k;
          nb -= k;
          if (nb === 0) return;
        }
        K[dest] = TK[pa];
        if (V !== null) V[dest] = TV![pa];
        dest++;
        pa++;
        na--;
        if (na === 1) {
          copyB();
          return;
        }
      } while (acount >= Sort.MIN_GALLOP || bcount >= Sort.MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } finally {
    if (!done && na) copyUp(K, V, dest, TK, TV, pa, na);
  }

  /** CopyB: the last element of A belongs at the end of the merge. */
  function copyB(): void {
    copyUp(K, V, dest, K, V, pb, nb);
    K[dest + nb] = TK[pa];
    if (V !== null) V[dest + nb] = TV![pa];
    done = true;
  }
}

/**
 * CPython 3.11: Objects/listobject.c merge_hi: like merge_lo for na >= nb, copying run B to
 * temp storage and merging from the right.
 */
function mergeHi(ms: MergeState, ssa: number, na: number, ssb: number, nb: number): void {
  const K = ms.keys;
  const V = ms.values;
  ms.getmem(nb);
  const TK = ms.tempKeys;
  const TV = V !== null ? ms.tempValues : null;
  let dest = ssb + nb - 1;
  copyUp(TK, TV, 0, K, V, ssb, nb);
  const basea = ssa;
  let pb = nb - 1;
  let pa = ssa + na - 1;
  const lt = ms.lt;
  let done = false;
  try {
    K[dest] = K[pa];
    if (V !== null) V[dest] = V[pa];
    dest--;
    pa--;
    na--;
    if (na === 0) return;
    if (nb === 1) {
      copyA();
      return;
    }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (lt(TK[pb], K[pa])) {
          K[dest] = K[pa];
          if (V !== null) V[dest] = V[pa];
          dest--;
          pa--;
          acount++;
          bcount = 0;
          na--;
          if (na === 0) return;
          if (acount >= minGallop) break;
        } else {
          K[dest] = TK[pb];
          if (V !== null) V[dest] = TV![pb];
          dest--;
          pb--;
          bcount++;
          acount = 0;
          nb--;
          if (nb === 1) {
            copyA();
            return;
          }
          if (bcount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = gallopRight(ms, TK[pb], K, basea, na, na - 1);
        k = na - k;
        acount = k;
        if (k) {
          dest -= k;
          pa -= k;
          copyDown(K, V, dest + 1, K, V, pa + 1, k);
          na -= k;
          if (na === 0) return;
        }
        K[dest] = TK[pb];
        if (V !== null) V[dest] = TV![pb];
        dest--;
        pb--;
        nb--;
        if (nb === 1) {
          copyA();
          return;
        }
        k = gallopLeft(ms, K[pa], TK, 0, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k) {
          dest -= k;
          pb -= k;
          copyUp(K, V, dest + 1, TK, TV, pb + 1, k);
          nb -= k;
          if (nb === 1) {
            copyA();
            return;
          }
          // nb == 0 is impossible if the comparison is consistent, but it may not be.
          if (nb === 0) return;
        }
        K[dest] = K[pa];
        if (V !== null) V[dest] = V[pa];
        dest--;
        pa--;
        na--;
        if (na === 0) return;
      } while (acount >= Sort.MIN_GALLOP || bcount >= Sort.MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } finally {
    if (!done && nb) copyUp(K, V, dest - (nb - 1), TK, TV, 0, nb);
  }

  /** CopyA: the first element of B belongs at the front of the merge. */
  function copyA(): void {
    copyDown(K, V, dest + 1 - na, K, V, pa + 1 - na, na);
    dest -= na;
    pa -= na;
    K[dest] = TK[pb];
    if (V !== null) V[dest] = TV![pb];
    done = true;
  }
}

/** CPython 3.11: Objects/listobject.c merge_at: merges pending runs i and i+1. */
function mergeAt(ms: MergeState, i: number): void {
  const p = ms.pending;
  let ssa = p[i].base;
  let na = p[i].len;
  const ssb = p[i + 1].base;
  let nb = p[i + 1].len;
  // Record the combined length; if i is the 3rd-last run, slide the last one over.
  p[i].len = na + nb;
  if (i === ms.n - 3) {
    p[i + 1].base = p[i + 2].base;
    p[i + 1].len = p[i + 2].len;
    p[i + 1].power = p[i + 2].power;
  }
  ms.n--;
  // Where does b start in a? Elements of a before that are already in place.
  const k = gallopRight(ms, ms.keys[ssb], ms.keys, ssa, na, 0);
  ssa += k;
  na -= k;
  if (na === 0) return;
  // Where does a end in b? Elements of b after that are already in place.
  nb = gallopLeft(ms, ms.keys[ssa + na - 1], ms.keys, ssb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, ssa, na, ssb, nb);
  else mergeHi(ms, ssa, na, ssb, nb);
}

/** CPython 3.11: Objects/listobject.c powerloop: the powersort depth of the boundary. */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  // Midpoints a and b, doubled to stay integers.
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

/** CPython 3.11: Objects/listobject.c found_new_run */
function foundNewRun(ms: MergeState, n2: number): void {
  if (ms.n === 0) return;
  const p = ms.pending;
  const s1 = p[ms.n - 1].base;
  const n1 = p[ms.n - 1].len;
  const power = powerloop(s1, n1, n2, ms.listlen);
  while (ms.n > 1 && p[ms.n - 2].power > power) mergeAt(ms, ms.n - 2);
  p[ms.n - 1].power = power;
}

/** CPython 3.11: Objects/listobject.c merge_force_collapse */
function mergeForceCollapse(ms: MergeState): void {
  const p = ms.pending;
  while (ms.n > 1) {
    let n = ms.n - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len) n--;
    mergeAt(ms, n);
  }
}

/** CPython 3.11: Objects/listobject.c merge_compute_minrun */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= Sort.MAX_MINRUN) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** The merge sort proper over keys (and values in lockstep). */
function timsort(ms: MergeState): void {
  let nremaining = ms.listlen;
  if (nremaining < 2) return;
  const minrun = computeMinrun(nremaining);
  let lo = 0;
  do {
    let [n, descending] = countRun(ms, lo, lo + nremaining);
    if (descending) reverseSortslice(ms, lo, n);
    // If short, extend to min(minrun, nremaining).
    if (n < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      binarysort(ms, lo, lo + force, lo + n);
      n = force;
    }
    foundNewRun(ms, n);
    if (ms.pending.length <= ms.n) ms.pending.push({ base: 0, len: 0, power: 0 });
    const run = ms.pending[ms.n];
    run.base = lo;
    run.len = n;
    run.power = 0;
    ms.n++;
    lo += n;
    nremaining -= n;
  } while (nremaining);
  mergeForceCollapse(ms);
}

/**
 * CPython 3.11: Objects/listobject.c list_sort_impl. The list is emptied while it is sorted
 * (so that comparisons cannot corrupt it); a list the comparisons changed is an error.
 */
export function listSort(self: PyListObject, keyfunc: PyObject | null, reverse: boolean): void {
  if (keyfunc === Py_None) keyfunc = null;
  const saved = self.items;
  const savedAllocated = self.allocated;
  const savedAddr = self.itemsAddr;
  self.items = [];
  self.itemsAddr = 0;
  // Any operation on the list resets this to >= 0.
  self.allocated = -1;
  let failure: unknown = null;
  try {
    if (keyfunc === null) sortKeys(self, saved, null, reverse);
    else sortWithKeys(self, saved, keyfunc, reverse);
  } catch (e) {
    failure = e;
  }
  // keyfunc_fail: put the items back, release whatever the list acquired meanwhile.
  const finalItems = self.items;
  const finalAddr = self.itemsAddr;
  self.items = saved;
  self.allocated = savedAllocated;
  self.itemsAddr = savedAddr;
  if (finalAddr !== 0) {
    for (let i = finalItems.length - 1; i >= 0; i--) decref(finalItems[i]);
    memFree(finalAddr);
  }
  if (failure !== null) throw failure;
}

/** The part of list_sort_impl after the keys are known (keys are the items themselves here). */
function sortKeys(self: PyListObject, items: PyObject[], keys: PyObject[] | null, reverse: boolean): void {
  const n = items.length;
  const sortKeysArr = keys ?? items;
  const ms = new MergeState(sortKeysArr, keys !== null ? items : null, n, n > 1 ? chooseCompare(sortKeysArr) : safeCompare);
  let failure: unknown = null;
  try {
    if (n >= 2) {
      // Reverse stability: reverse first, sort stably, reverse the result.
      if (reverse) {
        if (keys !== null) reverseSlice(keys, 0, n);
        reverseSlice(items, 0, n);
      }
      timsort(ms);
    }
  } catch (e) {
    failure = e;
  }
  if (keys !== null) {
    for (let i = 0; i < n; i++) decref(keys[i]);
    if (n >= Sort.TEMP_SIZE / 2) memFree(keysAddrOf(keys));
  }
  if (failure === null && self.allocated !== -1) {
    // The user mucked with the list during the sort.
    try {
      raise(PyExc_ValueError, 'list modified during sort');
    } catch (e) {
      failure = e;
    }
  }
  if (reverse && n > 1) reverseSlice(items, 0, n);
  ms.freemem();
  if (failure !== null) throw failure;
}

/** The PyMem block of a key array (lists of 128 items or more do not use the stack). */
const keyBlocks = new WeakMap<PyObject[], number>();
function keysAddrOf(keys: PyObject[]): number {
  return keyBlocks.get(keys) ?? 0;
}

/** list_sort_impl with a key function: one call per item, in order, before any comparison. */
function sortWithKeys(self: PyListObject, items: PyObject[], keyfunc: PyObject, reverse: boolean): void {
  const n = items.length;
  const keys: PyObject[] = [];
  if (n >= Sort.TEMP_SIZE / 2) keyBlocks.set(keys, memMalloc(Sort.PTR * n));
  for (let i = 0; i < n; i++) {
    try {
      keys.push(PyObject_Call(keyfunc, [items[i]], null));
    } catch (e) {
      for (let j = i - 1; j >= 0; j--) decref(keys[j]);
      if (n >= Sort.TEMP_SIZE / 2) memFree(keysAddrOf(keys));
      throw e;
    }
  }
  sortKeys(self, items, keys, reverse);
}
