/**
 * The memory of David Gay's dtoa: the counterpart of the allocation side of Python/dtoa.c
 * (CPython 3.11). The digits themselves come from pystrtod.ts.
 *
 * dtoa.c keeps its Bigints in Kmax+1 pools: Balloc takes a freed one from freelist[k], else
 * carves it from the static private_mem array (PRIVATE_MEM bytes), else PyMem_Mallocs it, and
 * Bfree puts it back on the free list; pooled memory is never freed. Only a Bigint of more
 * than 1 << Kmax words is PyMem_Malloc'd by Balloc and PyMem_Free'd by Bfree each time, and
 * in _Py_dg_dtoa that is the result string (rv_alloc) of more than 536 characters.
 * NON-CPYTHON: the pools (and the one-off PyMem_Malloc of a pooled Bigint once private_mem is
 * used up) are not modelled: by the time a program runs they are warm.
 */
import { memFree, memMalloc } from '../memory/heap.ts';

/** Layout numbers of Python/dtoa.c on a 64-bit build. */
export const enum DtoaLayout {
  /** Kmax: Bigints of up to 1 << Kmax words live in the pools. */
  KMAX = 7,
  /** sizeof(Bigint): next, k, maxwds, sign, wds and x[1], padded to 8. */
  BIGINT = 32,
  /** sizeof(ULong): one word of a Bigint. */
  ULONG = 4,
  /** sizeof(int): rv_alloc keeps the pool index k before the characters. */
  INT = 4,
  /** sizeof(double): Balloc allocates whole doubles. */
  DOUBLE = 8,
  /** Ten_pmax: the largest k for which tens[k] = 10**k is exact. */
  TEN_PMAX = 22,
  /** Bias of the double exponent. */
  BIAS = 1023,
  /** Bias + (P-1) - 1 of the denormal case. */
  DENORM_SHIFT = 1074,
}

/** The dtoa modes of _Py_dg_dtoa that CPython uses (as pystrtod.ts DtoaMode). */
const enum Mode {
  SHORTEST = 0,
  SIGNIFICANT = 2,
  FIXED = 3,
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** tens[k] of dtoa.c: the exact powers of ten up to Ten_pmax. */
const TENS: number[] = Array.from({ length: DtoaLayout.TEN_PMAX + 1 }, (_, k) => Number(`1e${k}`));

/**
 * CPython 3.11: Python/dtoa.c _Py_dg_dtoa, its first guess k at floor(log10(|x|)) for a finite
 * nonzero x: the Taylor estimate ds, floored, and corrected against tens[k] when 0 <= k <= 22.
 * Elsewhere it may still be one too large (k_check, fixed later): rv_alloc sees this value.
 */
export function dtoaEstimateK(x: number): number {
  f64[0] = x;
  const hi = u32[HI] & 0x7fffffff;
  const lo = u32[LO];
  let i = hi >>> 20;
  let d2: number;
  if (i !== 0) {
    // The mantissa with a zero exponent: 1 <= d2 < 2.
    u32[HI] = (hi & 0xfffff) | 0x3ff00000;
    d2 = f64[0];
    i -= DtoaLayout.BIAS;
  } else {
    // Denormal: the top 32 bits of the mantissa, scaled into [1, 2).
    i = bitLength(hi & 0xfffff, lo);
    const top = i > 32 ? ((hi << (64 - i)) | (lo >>> (i - 32))) >>> 0 : (lo << (32 - i)) >>> 0;
    d2 = top / 2147483648;
    i -= DtoaLayout.DENORM_SHIFT + 1;
  }
  const ds = (d2 - 1.5) * 0.289529654602168 + 0.1760912590558 + i * 0.301029995663981;
  let k = Math.trunc(ds);
  if (ds < 0 && ds !== k) k--;
  if (k >= 0 && k <= DtoaLayout.TEN_PMAX && Math.abs(x) < TENS[k]) k--;
  return k;
}

/** Bit length of the 52-bit denormal mantissa hi:lo. */
function bitLength(hi: number, lo: number): number {
  if (hi !== 0) return 64 - Math.clz32(hi);
  return 32 - Math.clz32(lo);
}

/**
 * CPython 3.11: _Py_dg_dtoa's `i` before rv_alloc: 18 for mode 0, ndigits (at least 1) for
 * mode 2, ndigits + k + 1 (at least 1) for mode 3. Zero, inf and nan take nrv_alloc's short
 * strings instead (pool 0), reported as 1.
 */
export function dtoaResultLength(x: number, mode: number, ndigits: number): number {
  if (x === 0 || !Number.isFinite(x)) return 1;
  switch (mode) {
    case Mode.SHORTEST:
      return 18;
    case Mode.SIGNIFICANT:
      return ndigits <= 0 ? 1 : ndigits;
    case Mode.FIXED: {
      const i = ndigits + dtoaEstimateK(x) + 1;
      return i <= 0 ? 1 : i;
    }
    default:
      return 1;
  }
}

/** CPython 3.11: rv_alloc: the pool k whose Bigint holds the int k and i characters. */
export function rvAllocPool(i: number): number {
  let k = 0;
  for (let j = DtoaLayout.ULONG; DtoaLayout.BIGINT - DtoaLayout.ULONG - DtoaLayout.INT + j <= i; j *= 2) k++;
  return k;
}

/** CPython 3.11: Balloc's request for pool k: len doubles of sizeof(Bigint) + (2**k - 1) words. */
export function ballocSize(k: number): number {
  const x = 2 ** k;
  const len = Math.floor((DtoaLayout.BIGINT + (x - 1) * DtoaLayout.ULONG + DtoaLayout.DOUBLE - 1) / DtoaLayout.DOUBLE);
  return len * DtoaLayout.DOUBLE;
}

/**
 * CPython 3.11: the result string of _Py_dg_dtoa(x, mode, ndigits) (rv_alloc -> Balloc): the
 * block PyMem_Malloc gave it, or 0 when it came from the pools. Release it with
 * _Py_dg_freedtoa.
 */
export function dtoaResultAlloc(x: number, mode: number, ndigits: number): number {
  const k = rvAllocPool(dtoaResultLength(x, mode, ndigits));
  if (k <= DtoaLayout.KMAX) return 0;
  return memMalloc(ballocSize(k));
}

/** CPython 3.11: _Py_dg_freedtoa (Bfree: a Bigint past Kmax is PyMem_Free'd). */
export function _Py_dg_freedtoa(addr: number): void {
  if (addr !== 0) memFree(addr);
}
