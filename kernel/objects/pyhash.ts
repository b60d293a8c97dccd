// Hash functions of Python/pyhash.c and the type-specific hashes built on them
// (Objects/longobject.c long_hash, Objects/tupleobject.c tuplehash, Objects/setobject.c
// frozenset_hash, Objects/complexobject.c complex_hash).
//
// Return convention: a hash is a signed 64-bit Py_hash_t in the PyInt form of longmath.ts:
// a JS number when it is a safe integer (|h| <= 2**53 - 1), else a bigint. Inputs that are
// hashes accept either form. Hashes are never -1 (CPython reserves it for errors).

/** Constants of Include/pyhash.h for 64-bit builds. */
export const enum HashConst {
  /** _PyHASH_BITS */
  BITS = 61,
  /** _PyHASH_INF: hash(float('inf')) */
  INF = 314159,
  /** _PyHASH_IMAG: multiplier of the imaginary part in complex_hash */
  IMAG = 1000003,
}

/** _PyHASH_MODULUS = 2**61 - 1, a Mersenne prime. */
const MODULUS = (1n << 61n) - 1n;
const MAX_SAFE = 9007199254740991;

type Hash = number | bigint;

function normHash(b: bigint): Hash {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** CPython 3.11: Objects/longobject.c long_hash: sign * (|v| mod (2**61 - 1)), -1 -> -2. */
export function hashInt(v: number | bigint): Hash {
  if (typeof v === 'number') return v === -1 ? -2 : v; // |v| < 2**53 < modulus
  const neg = v < 0n;
  let r = (neg ? -v : v) % MODULUS;
  if (neg) r = -r;
  return r === -1n ? -2 : normHash(r);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/**
 * CPython 3.11: Python/pyhash.c _Py_HashDouble. identityHash is the hash CPython uses for a NaN
 * since 3.10: _Py_HashPointer of the float object (see hashPointer).
 */
export function hashFloat(x: number, identityHash: Hash = 0): Hash {
  if (Number.isNaN(x)) return identityHash;
  if (!Number.isFinite(x)) return x > 0 ? HashConst.INF : -HashConst.INF;
  // Integral values hash like the equal int.
  if (Number.isInteger(x) && x >= -MAX_SAFE && x <= MAX_SAFE) return x === -1 ? -2 : x + 0;
  // x = sign * mant * 2**exp exactly; 2**61 == 1 (mod P), so 2**exp == 2**(exp mod 61).
  f64[0] = x;
  const hi = u32[HI];
  const biased = (hi >>> 20) & 0x7ff;
  let mhi = hi & 0xfffff;
  const mlo = u32[LO];
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mhi |= 0x100000;
    exp = biased - 1075;
  }
  const e = ((exp % HashConst.BITS) + HashConst.BITS) % HashConst.BITS;
  // mant < 2**53 < P; multiplying by 2**e modulo a Mersenne prime is a 61-bit rotation.
  shl61(mhi, mlo, e);
  const ah = R32[1];
  const al = R32[0];
  shr61(mhi, mlo, HashConst.BITS - e);
  let rH = (ah | R32[1]) >>> 0;
  let rL = (al | R32[0]) >>> 0;
  if (rH === 0x1fffffff && rL === 0xffffffff) rH = rL = 0; // == P
  if (x < 0) {
    // Negate in 64-bit two's complement.
    rL = (~rL + 1) >>> 0;
    rH = (~rH + (rL === 0 ? 1 : 0)) >>> 0;
  }
  if (rH === 0xffffffff && rL === 0xffffffff) return -2;
  return join64(rH, rL);
}

/** (hi:lo << n) keeping the low 61 bits, 0 <= n < 61, into R32[1]:R32[0]. */
function shl61(hi: number, lo: number, n: number): void {
  if (n === 0) {
    R32[1] = hi;
    R32[0] = lo;
  } else if (n < 32) {
    R32[1] = ((hi << n) | (lo >>> (32 - n))) & 0x1fffffff;
    R32[0] = (lo << n) >>> 0;
  } else {
    R32[1] = (lo << (n - 32)) & 0x1fffffff;
    R32[0] = 0;
  }
}

/** (hi:lo >>> n), 0 < n <= 61, into R32[1]:R32[0]. */
function shr61(hi: number, lo: number, n: number): void {
  if (n >= 61) {
    R32[1] = R32[0] = 0;
  } else if (n < 32) {
    R32[0] = ((lo >>> n) | (n === 0 ? 0 : hi << (32 - n))) >>> 0;
    R32[1] = hi >>> n;
  } else {
    R32[0] = hi >>> (n - 32);
    R32[1] = 0;
  }
}

/**
 * CPython 3.11: Python/pyhash.c _Py_HashPointer (object identity hash, also the hash of NaN):
 * the address rotated right by 4 bits, as a signed 64-bit value; -1 -> -2.
 */
export function hashPointer(address: number | bigint): Hash {
  const y = BigInt.asUintN(64, BigInt(address));
  const rotated = (y >> 4n) | ((y & 0xfn) << 60n);
  const x = BigInt.asIntN(64, rotated);
  return x === -1n ? -2 : normHash(x);
}

// ---------------------------------------------------------------------------------------------
// 64-bit unsigned arithmetic on two 32-bit halves (no bigint in the hot paths).

// Result words of the 64-bit helpers; a typed array keeps them unboxed.
const R32 = new Uint32Array(2);

/** (ah:al) * (bh:bl) mod 2**64 into R32[1]:R32[0]. */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const low = a0 * b0;
  const mid = a1 * b0 + a0 * b1; // < 2**33
  const lowSum = low + (mid % 65536) * 65536;
  R32[0] = lowSum >>> 0;
  const carry = Math.floor(lowSum / 4294967296);
  R32[1] = (a1 * b1 + Math.floor(mid / 65536) + carry + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/** (ah:al) + (bh:bl) mod 2**64 into R32[1]:R32[0]. */
function add64(ah: number, al: number, bh: number, bl: number): void {
  const lo = (al >>> 0) + (bl >>> 0);
  R32[0] = lo >>> 0;
  R32[1] = (ah + bh + (lo > 0xffffffff ? 1 : 0)) >>> 0;
}

/** Splits a signed 64-bit hash into R32[1]:R32[0] (two's complement). */
function split64(h: Hash): void {
  if (typeof h === 'number') {
    R32[0] = h >>> 0; // ToUint32 is modulo 2**32, also for negative numbers
    R32[1] = Math.floor(h / 4294967296) >>> 0;
  } else {
    const u = BigInt.asUintN(64, h);
    R32[0] = Number(u & 0xffffffffn);
    R32[1] = Number(u >> 32n);
  }
}

const joinBuf = new BigInt64Array(1);
const joinWords = new Uint32Array(joinBuf.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Joins hi:lo as a signed 64-bit hash (one BigInt allocation when it is not a safe integer). */
function join64(hi: number, lo: number): Hash {
  const value = (hi | 0) * 4294967296 + (lo >>> 0);
  if (value >= -MAX_SAFE && value <= MAX_SAFE) return value;
  joinWords[LITTLE ? 0 : 1] = lo;
  joinWords[LITTLE ? 1 : 0] = hi;
  return joinBuf[0];
}

// ---------------------------------------------------------------------------------------------
// tuple and frozenset

/** The xxHash primes of Objects/tupleobject.c for 64-bit Py_uhash_t, as hi/lo words. */
const enum XXPrime {
  /** _PyHASH_XXPRIME_1 = 11400714785074694791 */
  P1_HI = 0x9e3779b1,
  P1_LO = 0x85ebca87,
  /** _PyHASH_XXPRIME_2 = 14029467366897019727 */
  P2_HI = 0xc2b2ae3d,
  P2_LO = 0x27d4eb4f,
  /** _PyHASH_XXPRIME_5 = 2870177450012600261 */
  P5_HI = 0x27d4eb2f,
  P5_LO = 0x165667c5,
}

/** Incremental form of tuplehash, so callers need not build an array of item hashes. */
export class TupleHasher {
  private hi: number = XXPrime.P5_HI;
  private lo: number = XXPrime.P5_LO;

  /** CPython 3.11: one round of the tuplehash loop for an item whose hash is h. */
  add(h: Hash): void {
    split64(h);
    mul64(R32[1], R32[0], XXPrime.P2_HI, XXPrime.P2_LO);
    add64(this.hi, this.lo, R32[1], R32[0]);
    // Rotate left by 31 bits.
    const hi = ((R32[1] << 31) | (R32[0] >>> 1)) >>> 0;
    const lo = ((R32[0] << 31) | (R32[1] >>> 1)) >>> 0;
    mul64(hi, lo, XXPrime.P1_HI, XXPrime.P1_LO);
    this.hi = R32[1];
    this.lo = R32[0];
  }

  /** CPython 3.11: the end of tuplehash; len is the number of items. */
  finish(len: number): Hash {
    // acc += len ^ (XXPRIME_5 ^ 3527539), keeping the historical value of hash(()).
    const mixLo = (XXPrime.P5_LO ^ 3527539 ^ len) >>> 0;
    const mixHi = (XXPrime.P5_HI ^ Math.floor(len / 4294967296)) >>> 0;
    add64(this.hi, this.lo, mixHi, mixLo);
    if (R32[1] === 0xffffffff && R32[0] === 0xffffffff) return 1546275796;
    return join64(R32[1], R32[0]);
  }
}

/** CPython 3.11: Objects/tupleobject.c tuplehash, from the items' hashes. */
export function hashTuple(itemHashes: ArrayLike<Hash>): Hash {
  const h = new TupleHasher();
  for (let i = 0; i < itemHashes.length; i++) h.add(itemHashes[i]);
  return h.finish(itemHashes.length);
}

/** CPython 3.11: Objects/setobject.c _shuffle_bits, into R32[1]:R32[0]. */
function shuffleBits(hi: number, lo: number): void {
  // ((h ^ 89869747) ^ (h << 16)) * 3644798167
  const xhi = (hi ^ ((hi << 16) | (lo >>> 16))) >>> 0;
  const xlo = (lo ^ 89869747 ^ (lo << 16)) >>> 0;
  mul64(xhi, xlo, 0, 3644798167);
}

/**
 * CPython 3.11: Objects/setobject.c frozenset_hash, from the members' hashes. The table walk
 * in CPython also folds in NULL and dummy slots and then cancels them, so only members count.
 */
export function hashFrozenset(memberHashes: ArrayLike<Hash>): Hash {
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < memberHashes.length; i++) {
    split64(memberHashes[i]);
    shuffleBits(R32[1], R32[0]);
    hi ^= R32[1];
    lo ^= R32[0];
  }
  // Factor in the number of active entries.
  const n = memberHashes.length + 1;
  mul64(Math.floor(n / 4294967296) >>> 0, n >>> 0, 0, 1927868237);
  hi = (hi ^ R32[1]) >>> 0;
  lo = (lo ^ R32[0]) >>> 0;
  // Disperse patterns arising in nested frozensets: hash ^= (hash >> 11) ^ (hash >> 25).
  const s11lo = ((lo >>> 11) | (hi << 21)) >>> 0;
  const s11hi = hi >>> 11;
  const s25lo = ((lo >>> 25) | (hi << 7)) >>> 0;
  const s25hi = hi >>> 25;
  hi = (hi ^ s11hi ^ s25hi) >>> 0;
  lo = (lo ^ s11lo ^ s25lo) >>> 0;
  // hash = hash * 69069 + 907133923
  mul64(hi, lo, 0, 69069);
  add64(R32[1], R32[0], 0, 907133923);
  if (R32[1] === 0xffffffff && R32[0] === 0xffffffff) return 590923713;
  return join64(R32[1], R32[0]);
}

/** CPython 3.11: Objects/complexobject.c complex_hash, from the parts' float hashes. */
export function hashComplexParts(realHash: Hash, imagHash: Hash): Hash {
  split64(imagHash);
  mul64(R32[1], R32[0], 0, HashConst.IMAG);
  const ih = R32[1];
  const il = R32[0];
  split64(realHash);
  add64(R32[1], R32[0], ih, il);
  if (R32[1] === 0xffffffff && R32[0] === 0xffffffff) return -2;
  return join64(R32[1], R32[0]);
}

// ---------------------------------------------------------------------------------------------
// SipHash-1-3 for str and bytes (Py_HASH_ALGORITHM == Py_HASH_SIPHASH13, the 3.11 default).

/** The 128-bit key (_Py_HashSecret.siphash k0, k1) as four little-endian 32-bit words. */
const key = new Uint32Array(4); // all zero: the key of PYTHONHASHSEED=0

/**
 * CPython 3.11: Python/bootstrap_hash.c _Py_HashRandomization_Init with PYTHONHASHSEED=seed:
 * seed 0 gives the all-zero key, any other seed the lcg_urandom stream. The kernel seeds
 * this once per run (from PYTHONHASHSEED, or randomly) so str hashes are stable within a run.
 */
export function setHashSeed(seed: number): void {
  const bytes = new Uint8Array(16);
  if (seed !== 0) {
    let x = seed >>> 0;
    for (let i = 0; i < 16; i++) {
      x = (Math.imul(x, 214013) + 2531011) >>> 0;
      bytes[i] = (x >>> 16) & 0xff;
    }
  }
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) key[i] = view.getUint32(4 * i, true);
}

/**
 * CPython 3.11: Python/pyhash.c siphash13, with the final "(v0 ^ v1) ^ (v2 ^ v3)". The 64-bit
 * lanes are hi/lo word pairs in locals; one loop runs the message rounds, the round for the
 * last block (with the length byte) and the three finalisation rounds (SINGLE_ROUND each).
 */
function siphash13(src: Uint8Array, len: number): Hash {
  let v0h = (key[1] ^ 0x736f6d65) >>> 0;
  let v0l = (key[0] ^ 0x70736575) >>> 0;
  let v1h = (key[3] ^ 0x646f7261) >>> 0;
  let v1l = (key[2] ^ 0x6e646f6d) >>> 0;
  let v2h = (key[1] ^ 0x6c796765) >>> 0;
  let v2l = (key[0] ^ 0x6e657261) >>> 0;
  let v3h = (key[3] ^ 0x74656462) >>> 0;
  let v3l = (key[2] ^ 0x79746573) >>> 0;
  const blocks = len >>> 3;
  for (let blk = 0; blk <= blocks + 3; blk++) {
    let mh = 0;
    let ml = 0;
    if (blk < blocks) {
      const i = blk << 3;
      ml = (src[i] | (src[i + 1] << 8) | (src[i + 2] << 16) | (src[i + 3] << 24)) >>> 0;
      mh = (src[i + 4] | (src[i + 5] << 8) | (src[i + 6] << 16) | (src[i + 7] << 24)) >>> 0;
    } else if (blk === blocks) {
      // The last block: the remaining bytes and the length in the top byte.
      mh = (len & 0xff) << 24;
      for (let i = blk << 3, j = 0; i < len; i++, j++) {
        if (j < 4) ml |= src[i] << (8 * j);
        else mh |= src[i] << (8 * (j - 4));
      }
      ml >>>= 0;
      mh >>>= 0;
    }
    v3h = (v3h ^ mh) >>> 0;
    v3l = (v3l ^ ml) >>> 0;
    // HALF_ROUND(v0, v1, v2, v3, 13, 16)
    let lo = v0l + v1l;
    v0h = (v0h + v1h + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    v0l = lo >>> 0;
    lo = v2l + v3l;
    v2h = (v2h + v3h + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    v2l = lo >>> 0;
    let th = ((v1h << 13) | (v1l >>> 19)) >>> 0;
    let tl = ((v1l << 13) | (v1h >>> 19)) >>> 0;
    v1h = (th ^ v0h) >>> 0;
    v1l = (tl ^ v0l) >>> 0;
    th = ((v3h << 16) | (v3l >>> 16)) >>> 0;
    tl = ((v3l << 16) | (v3h >>> 16)) >>> 0;
    v3h = (th ^ v2h) >>> 0;
    v3l = (tl ^ v2l) >>> 0;
    th = v0h;
    v0h = v0l;
    v0l = th;
    // HALF_ROUND(v2, v1, v0, v3, 17, 21)
    lo = v2l + v1l;
    v2h = (v2h + v1h + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    v2l = lo >>> 0;
    lo = v0l + v3l;
    v0h = (v0h + v3h + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    v0l = lo >>> 0;
    th = ((v1h << 17) | (v1l >>> 15)) >>> 0;
    tl = ((v1l << 17) | (v1h >>> 15)) >>> 0;
    v1h = (th ^ v2h) >>> 0;
    v1l = (tl ^ v2l) >>> 0;
    th = ((v3h << 21) | (v3l >>> 11)) >>> 0;
    tl = ((v3l << 21) | (v3h >>> 11)) >>> 0;
    v3h = (th ^ v0h) >>> 0;
    v3l = (tl ^ v0l) >>> 0;
    th = v2h;
    v2h = v2l;
    v2l = th;
    v0h = (v0h ^ mh) >>> 0;
    v0l = (v0l ^ ml) >>> 0;
    if (blk === blocks) v2l = (v2l ^ 0xff) >>> 0;
  }
  return join64((v0h ^ v1h ^ v2h ^ v3h) >>> 0, (v0l ^ v1l ^ v2l ^ v3l) >>> 0);
}

/**
 * siphash13 over the 1- or 2-byte little-endian representation of s's code units, read
 * straight from the string (the common str kinds, without a byte buffer).
 */
function hashCodeUnits(s: string, kind: 1 | 2): Hash {
  const nbytes = s.length * kind;
  const src = kind === 1 ? latin1View(s) : ucs2View(s);
  const x = siphash13(src, nbytes);
  return x === -1 ? -2 : x;
}

let scratch = new Uint8Array(256);

function ensureScratch(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  return scratch;
}

function latin1View(s: string): Uint8Array {
  const buf = ensureScratch(s.length);
  for (let i = 0; i < s.length; i++) buf[i] = s.charCodeAt(i);
  return buf;
}

function ucs2View(s: string): Uint8Array {
  const buf = ensureScratch(2 * s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    buf[2 * i] = c & 0xff;
    buf[2 * i + 1] = c >>> 8;
  }
  return buf;
}

/** CPython 3.11: Python/pyhash.c _Py_HashBytes (bytes, memoryview, and the data of str). */
export function hashBytes(data: Uint8Array): Hash {
  if (data.length === 0) return 0;
  const x = siphash13(data, data.length);
  return x === -1 ? -2 : x;
}

/**
 * CPython 3.11: Objects/unicodeobject.c unicode_hash: _Py_HashBytes over the canonical
 * representation (1, 2 or 4 bytes per code point by the largest code point, little-endian).
 * A JS string's surrogate pairs count as one code point, lone surrogates as themselves.
 */
export function hashStr(s: string): Hash {
  if (s.length === 0) return 0;
  let max = 0;
  let pairs = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
        max = 0x10000;
      }
    }
  }
  const kind = max < 256 ? 1 : max < 0x10000 ? 2 : 4;
  const n = s.length - pairs;
  if (kind !== 4) return hashCodeUnits(s, kind);
  const buf = new Uint8Array(n * kind);
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (kind === 4 && c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    buf[k++] = c & 0xff;
    if (kind >= 2) buf[k++] = (c >>> 8) & 0xff;
    if (kind === 4) {
      buf[k++] = (c >>> 16) & 0xff;
      buf[k++] = 0;
    }
  }
  return hashBytes(buf);
}
