/**
 * Karatsuba multiplication of big ints: the blocks CPython allocates and frees on the way.
 * CPython 3.11: Objects/longobject.c k_mul, kmul_split, k_lopsided_mul, x_mul, x_add.
 *
 * The product's value is computed by JavaScript (bigint); what is emulated is the sequence of
 * _PyLong_New requests: the split halves, the result, the partial products and sums, each
 * freed where k_mul drops its reference. A factor is a magnitude with its digit count: the
 * count is Py_ABS(Py_SIZE(x)), which k_lopsided_mul sets on its slice without normalising it.
 */
import { type PyLongObject, LongLayout, bigDigits, longWithDigits, smallInt } from './longobject.ts';
import { freeObjectMemory } from '../memory/heap.ts';

export const enum Karatsuba {
  /** KARATSUBA_CUTOFF: below this many digits in the smaller factor, x_mul (grade school). */
  CUTOFF = 70,
  /** KARATSUBA_SQUARE_CUTOFF: the same for a square (a == b). */
  SQUARE_CUTOFF = 140,
}

/** A factor inside k_mul: |x| and Py_ABS(Py_SIZE(x)). */
interface Factor {
  mag: bigint;
  size: number;
}

/** A block that k_mul allocated and holds (a PyLongObject nobody else sees). */
function newTemp(digits: number): PyLongObject {
  return longWithDigits(0, digits);
}

/** Py_DECREF of a block k_mul owns alone (PyLong_FromLong(0) is the shared zero). */
function freeTemp(o: PyLongObject): void {
  if (o !== smallInt(0)) freeObjectMemory(o, 0);
}

/**
 * CPython 3.11: Objects/longobject.c k_mul. Allocates what k_mul allocates for |a| * |b| and
 * returns the result block (the caller names its value and sign); the temporaries are freed.
 * `square` is k_mul's `a == b`.
 */
export function k_mul_block(a: bigint, b: bigint, square: boolean): PyLongObject {
  const fa: Factor = { mag: a < 0n ? -a : a, size: 0 };
  fa.size = bigDigits(fa.mag);
  const fb: Factor = square ? fa : { mag: b < 0n ? -b : b, size: 0 };
  if (!square) fb.size = bigDigits(fb.mag);
  return k_mul(fa, fb);
}

function k_mul(a: Factor, b: Factor): PyLongObject {
  const square = a === b;
  // We want to split based on the larger number; fiddle so that b is largest.
  if (a.size > b.size) [a, b] = [b, a];
  // Use gradeschool math when either number is too small.
  if (a.size <= (square ? Karatsuba.SQUARE_CUTOFF : Karatsuba.CUTOFF)) {
    if (a.size === 0) return smallInt(0);
    return x_mul(a, b);
  }
  if (2 * a.size <= b.size) return k_lopsided_mul(a, b);
  // Split a & b into hi & lo pieces.
  const shift = b.size >> 1;
  const [ah, al, ahBlock, alBlock] = kmul_split(a, shift);
  const [bh, bl, bhBlock, blBlock] = square ? [ah, al, ahBlock, alBlock] : kmul_split(b, shift);
  // 1. Allocate result space.
  const ret = newTemp(a.size + b.size);
  // 2. t1 <- ah*bh; 3. t2 <- al*bl; 4 & 5. subtract them, t2 first.
  const t1 = k_mul(ah, bh);
  const t2 = k_mul(al, bl);
  freeTemp(t2);
  freeTemp(t1);
  // 6. t3 <- (ah+al)(bh+bl), and add into result.
  const s1 = x_add(ah, al);
  if (!square) {
    freeTemp(ahBlock);
    freeTemp(alBlock);
  }
  const s2 = square ? s1 : x_add(bh, bl);
  freeTemp(bhBlock);
  freeTemp(blBlock);
  const t3 = k_mul(s1.value, s2.value);
  freeTemp(s1.block);
  if (!square) freeTemp(s2.block);
  freeTemp(t3);
  return ret;
}

/** kmul_split: hi and lo pieces, each _PyLong_New'd at its unnormalised size. */
function kmul_split(n: Factor, size: number): [Factor, Factor, PyLongObject, PyLongObject] {
  const sizeLo = Math.min(n.size, size);
  const sizeHi = n.size - sizeLo;
  const hiBlock = newTemp(sizeHi);
  const loBlock = newTemp(sizeLo);
  const bits = BigInt(LongLayout.SHIFT * sizeLo);
  const hi = n.mag >> bits;
  const lo = n.mag & ((1n << bits) - 1n);
  return [{ mag: hi, size: bigDigits(hi) }, { mag: lo, size: bigDigits(lo) }, hiBlock, loBlock];
}

/** x_mul: _PyLong_New(size_a + size_b). */
function x_mul(a: Factor, b: Factor): PyLongObject {
  return newTemp(a.size + b.size);
}

/** A block k_mul holds with the normalised value it needs to go on. */
interface Sum {
  block: PyLongObject;
  value: Factor;
}

/** x_add: _PyLong_New(size_a + 1) for the larger size, normalised. */
function x_add(a: Factor, b: Factor): Sum {
  const block = newTemp(Math.max(a.size, b.size) + 1);
  const mag = a.mag + b.mag;
  return { block, value: { mag, size: bigDigits(mag) } };
}

/**
 * k_lopsided_mul: the result, one slice of b's width asize reused for every step (its size set
 * to the digits used, not normalised), and each slice's product freed once added in.
 */
function k_lopsided_mul(a: Factor, b: Factor): PyLongObject {
  const ret = newTemp(a.size + b.size);
  const bslice = newTemp(a.size);
  let bsize = b.size;
  let nbdone = 0;
  while (bsize > 0) {
    const nbtouse = Math.min(bsize, a.size);
    const lowBits = BigInt(LongLayout.SHIFT * nbdone);
    const sliceMag = (b.mag >> lowBits) & ((1n << BigInt(LongLayout.SHIFT * nbtouse)) - 1n);
    const p = k_mul(a, { mag: sliceMag, size: nbtouse });
    freeTemp(p);
    bsize -= nbtouse;
    nbdone += nbtouse;
  }
  freeTemp(bslice);
  return ret;
}
