// The random module's numeric core: the Mersenne Twister of Modules/_randommodule.c and the
// Random methods of Lib/random.py (CPython 3.11), re-implemented on JS values so that a seeded
// generator produces exactly CPython's sequences.
//
// Conventions: ints are PyInt (longmath.ts); floats are numbers; sequences are JS arrays (or
// array-likes) that the caller builds from Python objects. Errors throw NumError.

import { NumError, intToFloat, normBig, toBig, type PyInt } from '../objects/longmath.ts';
import { libm } from './libm.ts';

/** MT19937 parameters, as Modules/_randommodule.c. */
const enum MT {
  N = 624,
  M = 397,
  /** constant vector a */
  MATRIX_A = 0x9908b0df,
  /** most significant w-r bits */
  UPPER_MASK = 0x80000000,
  /** least significant r bits */
  LOWER_MASK = 0x7fffffff,
}

/** CPython 3.11: Modules/_randommodule.c RandomObject (the C base class _random.Random). */
export class MersenneTwister {
  readonly mt = new Uint32Array(MT.N);
  index: number = MT.N + 1;

  /** CPython 3.11: genrand_uint32 */
  genrandUint32(): number {
    const mt = this.mt;
    if (this.index >= MT.N) {
      let kk = 0;
      let y: number;
      for (; kk < MT.N - MT.M; kk++) {
        y = (mt[kk] & MT.UPPER_MASK) | (mt[kk + 1] & MT.LOWER_MASK);
        mt[kk] = mt[kk + MT.M] ^ (y >>> 1) ^ (y & 1 ? MT.MATRIX_A : 0);
      }
      for (; kk < MT.N - 1; kk++) {
        y = (mt[kk] & MT.UPPER_MASK) | (mt[kk + 1] & MT.LOWER_MASK);
        mt[kk] = mt[kk + (MT.M - MT.N)] ^ (y >>> 1) ^ (y & 1 ? MT.MATRIX_A : 0);
      }
      y = (mt[MT.N - 1] & MT.UPPER_MASK) | (mt[0] & MT.LOWER_MASK);
      mt[MT.N - 1] = mt[MT.M - 1] ^ (y >>> 1) ^ (y & 1 ? MT.MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** CPython 3.11: init_genrand */
  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < MT.N; i++) {
      const prev = mt[i - 1];
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.index = MT.N;
  }

  /** CPython 3.11: init_by_array */
  initByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    const n = key.length;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = MT.N > n ? MT.N : n; k; k--) {
      const prev = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j] + j) >>> 0; // non linear
      i++;
      j++;
      if (i >= MT.N) {
        mt[0] = mt[MT.N - 1];
        i = 1;
      }
      if (j >= n) j = 0;
    }
    for (let k = MT.N - 1; k; k--) {
      const prev = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0; // non linear
      i++;
      if (i >= MT.N) {
        mt[0] = mt[MT.N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
  }

  /** CPython 3.11: random_seed for an int: init_by_array over |n|'s 32-bit words, low first. */
  seedInt(n: PyInt): void {
    let v = toBig(n);
    if (v < 0n) v = -v;
    const key: number[] = [];
    while (v > 0n) {
      key.push(Number(v & 0xffffffffn));
      v >>= 32n;
    }
    if (key.length === 0) key.push(0);
    this.initByArray(key);
  }

  /** CPython 3.11: random_seed for a non-int: hash(arg) cast to an unsigned 64-bit size_t. */
  seedHash(hash: PyInt): void {
    this.seedInt(BigInt.asUintN(64, toBig(hash)));
  }

  /**
   * CPython 3.11: random_seed_urandom (seed(None)): 624 words of OS entropy.
   * NON-CPYTHON: the entropy comes from crypto.getRandomValues, else from Math.random.
   */
  seedEntropy(): void {
    const key = new Uint32Array(MT.N);
    const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
    if (c?.getRandomValues) c.getRandomValues(key);
    else for (let i = 0; i < MT.N; i++) key[i] = Math.floor(Math.random() * 4294967296);
    this.initByArray(key);
  }

  /** CPython 3.11: _random_Random_random_impl (genrand_res53). */
  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** CPython 3.11: _random_Random_getrandbits_impl */
  getrandbits(k: number): PyInt {
    if (k < 0) throw new NumError('ValueError', 'number of bits must be non-negative');
    if (k === 0) return 0;
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    // Fill 32-bit words from least to most significant; the last one keeps its top bits.
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.genrandUint32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return normBig(result);
  }

  /** CPython 3.11: _random_Random_getstate_impl: the 624 words and the index. */
  getInternalState(): number[] {
    return [...this.mt, this.index];
  }

  /** CPython 3.11: _random_Random_setstate_impl, on already-converted words. */
  setInternalState(state: ArrayLike<PyInt>): void {
    if (state.length !== MT.N + 1) throw new NumError('ValueError', 'state vector is the wrong size');
    for (let i = 0; i < MT.N; i++) {
      const w = state[i];
      if (w < 0 || w > 0xffffffff) throw new NumError('OverflowError', 'Python int too large to convert to C unsigned long');
      this.mt[i] = Number(w);
    }
    const index = state[MT.N];
    if (index < 0 || index > MT.N) throw new NumError('ValueError', 'invalid state');
    this.index = Number(index);
  }
}

// ---------------------------------------------------------------------------------------------
// SHA-512 (FIPS 180-4), for seeding from str/bytes.

function icbrt(n: bigint): bigint {
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 3) + 1);
  for (;;) {
    const y = (2n * x + n / (x * x)) / 3n;
    if (y >= x) return x;
    x = y;
  }
}

function isqrtBig(n: bigint): bigint {
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function firstPrimes(count: number): number[] {
  const out: number[] = [];
  for (let n = 2; out.length < count; n++) if (out.every((p) => n % p !== 0)) out.push(n);
  return out;
}

const MASK64 = (1n << 64n) - 1n;
// The constants are the first 64 fraction bits of the cube roots (K) and square roots (H0)
// of the first primes; computing them avoids a hand-typed table.
let sha512Constants: { K: bigint[]; H0: bigint[] } | null = null;

/** NON-CPYTHON: SHA-512's constants, computed on first use (only seeding from str/bytes needs them). */
function sha512Tables(): { K: bigint[]; H0: bigint[] } {
  if (sha512Constants === null) {
    const primes = firstPrimes(80);
    sha512Constants = {
      K: primes.map((p) => icbrt(BigInt(p) << 192n) & MASK64),
      H0: primes.slice(0, 8).map((p) => isqrtBig(BigInt(p) << 128n) & MASK64),
    };
  }
  return sha512Constants;
}

function rotr64(x: bigint, n: bigint): bigint {
  return ((x >> n) | (x << (64n - n))) & MASK64;
}

/** SHA-512 digest of data (64 bytes). */
export function sha512(data: Uint8Array): Uint8Array {
  const bitLen = BigInt(data.length) * 8n;
  const padLen = (((data.length + 17 + 127) >> 7) << 7);
  const msg = new Uint8Array(padLen);
  msg.set(data);
  msg[data.length] = 0x80;
  for (let i = 0; i < 16; i++) msg[padLen - 1 - i] = Number((bitLen >> BigInt(8 * i)) & 0xffn);
  const { K: SHA512_K, H0: SHA512_H0 } = sha512Tables();
  const h = SHA512_H0.slice();
  const w = new Array<bigint>(80);
  const view = new DataView(msg.buffer);
  for (let off = 0; off < padLen; off += 128) {
    for (let t = 0; t < 16; t++) w[t] = view.getBigUint64(off + 8 * t, false);
    for (let t = 16; t < 80; t++) {
      const s0 = rotr64(w[t - 15], 1n) ^ rotr64(w[t - 15], 8n) ^ (w[t - 15] >> 7n);
      const s1 = rotr64(w[t - 2], 19n) ^ rotr64(w[t - 2], 61n) ^ (w[t - 2] >> 6n);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & MASK64;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let t = 0; t < 80; t++) {
      const S1 = rotr64(e, 14n) ^ rotr64(e, 18n) ^ rotr64(e, 41n);
      const ch = (e & f) ^ (~e & MASK64 & g);
      const t1 = (hh + S1 + ch + SHA512_K[t] + w[t]) & MASK64;
      const S0 = rotr64(a, 28n) ^ rotr64(a, 34n) ^ rotr64(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & MASK64;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & MASK64;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & MASK64;
    }
    const vals = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i] + vals[i]) & MASK64;
  }
  const out = new Uint8Array(64);
  const ov = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) ov.setBigUint64(8 * i, h[i], false);
  return out;
}

function bytesToBigBE(bytes: Uint8Array): bigint {
  let hex = '0x0';
  for (let i = 0; i < bytes.length; i++) hex += bytes[i].toString(16).padStart(2, '0');
  return BigInt(hex);
}

// ---------------------------------------------------------------------------------------------
// Lib/random.py Random

const TWOPI = 2.0 * Math.PI;

/** Lib/random.py's NV_MAGICCONST, LOG4 and SG_MAGICCONST. */
interface MagicConstants {
  NV_MAGICCONST: number;
  LOG4: number;
  SG_MAGICCONST: number;
}
let magicConstants: MagicConstants | null = null;

/**
 * NON-CPYTHON: random.py computes its constants when imported; the kernel's module code all loads
 * with the kernel, so they are computed on first use (libm's first exp fills its tables).
 */
function magic(): MagicConstants {
  magicConstants ??= {
    NV_MAGICCONST: (4 * libm.exp(-0.5)) / Math.sqrt(2.0),
    LOG4: libm.log(4.0),
    SG_MAGICCONST: 1.0 + libm.log(4.5),
  };
  return magicConstants;
}

/** A seed argument: None (null), an int, a str or bytes/bytearray. Floats and other
 * hashable objects: call seedHash(hash(a)) (CPython hashes them). */
export type SeedArg = null | PyInt | string | Uint8Array;

/** A Python int (bigint) or float (number) value, as in mathmodule_impl.ts. */
export type Real = number | bigint;

function toFloat(x: Real): number {
  return typeof x === 'bigint' ? intToFloat(x) : x;
}

/** CPython 3.11: Lib/random.py Random (the methods seeded sequences depend on). */
export class Random extends MersenneTwister {
  gaussNext: number | null = null;

  constructor(seed: SeedArg = null) {
    super();
    this.seed(seed);
  }

  /** CPython 3.11: Random.seed(a=None, version=2) */
  seed(a: SeedArg = null, version = 2): void {
    if (version === 1 && (typeof a === 'string' || a instanceof Uint8Array)) {
      // Version 1: the narrower hash of Python 2.
      const codes = typeof a === 'string' ? Array.from(a, (ch) => ch.codePointAt(0)!) : Array.from(a);
      let x = codes.length ? BigInt(codes[0]) << 7n : 0n;
      for (const c of codes) x = ((1000003n * x) ^ BigInt(c)) & MASK64;
      x ^= BigInt(codes.length);
      this.seedInt(normBig(x));
    } else if (version === 2 && (typeof a === 'string' || a instanceof Uint8Array)) {
      // NON-CPYTHON: str.encode() is strict UTF-8 in CPython; lone surrogates become U+FFFD here.
      const bytes = typeof a === 'string' ? new TextEncoder().encode(a) : a;
      const all = new Uint8Array(bytes.length + 64);
      all.set(bytes);
      all.set(sha512(bytes), bytes.length);
      this.seedInt(normBig(bytesToBigBE(all)));
    } else if (a === null) {
      this.seedEntropy();
    } else if (typeof a === 'string' || a instanceof Uint8Array) {
      // Other versions hash str/bytes: the caller passes seedHash(hash(a)) instead.
      throw new Error('seed: str/bytes with version other than 1 or 2: call seedHash');
    } else {
      this.seedInt(a);
    }
    this.gaussNext = null;
  }

  /** CPython 3.11: Random.getstate() -> (3, internal state, gauss_next) */
  getstate(): [number, number[], number | null] {
    return [3, this.getInternalState(), this.gaussNext];
  }

  /** CPython 3.11: Random.setstate(state) for versions 3 and 2. */
  setstate(version: PyInt, internal: ArrayLike<PyInt>, gaussNext: number | null): void {
    if (version === 3) {
      this.setInternalState(internal);
    } else if (version === 2) {
      const reduced = Array.from(internal, (x) => normBig(((toBig(x) % 4294967296n) + 4294967296n) % 4294967296n));
      this.setInternalState(reduced);
    } else {
      throw new NumError('ValueError', `state with version ${version} passed to Random.setstate() of version 3`);
    }
    this.gaussNext = gaussNext;
  }

  /** CPython 3.11: Random._randbelow_with_getrandbits (n > 0). */
  randbelow(n: PyInt): PyInt {
    if (typeof n === 'number' && n < 0x100000000) {
      // bit_length of n, then rejection sampling with that many bits.
      const k = 32 - Math.clz32(n);
      let r = this.getrandbits(k) as number;
      while (r >= n) r = this.getrandbits(k) as number;
      return r;
    }
    const bn = toBig(n);
    const k = bn.toString(2).length;
    let r = this.getrandbits(k);
    while (r >= bn) r = this.getrandbits(k);
    return r;
  }

  /**
   * CPython 3.11: Random.randrange(start, stop=None, step=1), on ints already converted with
   * __index__ (the float deprecation path is the caller's). stop null means "not given"; a
   * step of 1 stands for the default (CPython tests `step is _ONE`, and 1 is cached).
   */
  randrange(start: PyInt, stop: PyInt | null = null, step: PyInt = 1): PyInt {
    if (stop === null) {
      if (!(step === 1 || step === 1n)) throw new NumError('TypeError', 'Missing a non-None stop argument');
      if (start > 0) return this.randbelow(start);
      throw new NumError('ValueError', 'empty range for randrange()');
    }
    const istart = toBig(start);
    const istop = toBig(stop);
    const width = istop - istart;
    const istep = toBig(step);
    if (istep === 1n) {
      if (width > 0n) return normBig(istart + toBig(this.randbelow(normBig(width))));
      throw new NumError('ValueError', `empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: bigint;
    if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
    else throw new NumError('ValueError', 'zero step for randrange()');
    if (n <= 0n) throw new NumError('ValueError', 'empty range for randrange()');
    return normBig(istart + istep * toBig(this.randbelow(normBig(n))));
  }

  /** CPython 3.11: Random.randint(a, b) */
  randint(a: PyInt, b: PyInt): PyInt {
    return this.randrange(a, normBig(toBig(b) + 1n));
  }

  /** CPython 3.11: Random.choice: the index choice makes into a sequence of length len. */
  choiceIndex(len: PyInt): PyInt {
    if (len === 0 || len === 0n) throw new NumError('IndexError', 'Cannot choose from an empty sequence');
    return this.randbelow(len);
  }

  /** CPython 3.11: Random.choice(seq) */
  choice<T>(seq: ArrayLike<T>): T {
    return seq[this.choiceIndex(seq.length) as number];
  }

  /** CPython 3.11: Random.shuffle(x), in place. */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i >= 1; i--) {
      const j = this.randbelow(i + 1) as number;
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  /**
   * CPython 3.11: Random.sample over range(n): the k selected indices, in selection order
   * (the pool branch for small populations, the set branch otherwise).
   */
  sampleIndices(n: PyInt, k: number): PyInt[] {
    if (!(k >= 0 && k <= n)) throw new NumError('ValueError', 'Sample larger than population or is negative');
    const result = new Array<PyInt>(k);
    let setsize = 21; // size of a small set minus size of an empty list
    if (k > 5) setsize += 4 ** Math.ceil(libm.log(k * 3) / libm.log(4)); // table size for big sets
    if (n <= setsize) {
      const nn = Number(n);
      const pool = Array.from({ length: nn }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(nn - i) as number;
        result[i] = pool[j];
        pool[j] = pool[nn - i - 1]; // move a non-selected item into the vacancy
      }
    } else {
      const selected = new Set<PyInt>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /** CPython 3.11: Random.sample(population, k, *, counts=None) */
  sample<T>(population: ArrayLike<T>, k: number, counts: PyInt[] | null = null): T[] {
    const n = population.length;
    if (counts !== null) {
      const cum: bigint[] = [];
      let acc = 0n;
      for (const c of counts) cum.push((acc += toBig(c)));
      if (cum.length !== n) throw new NumError('ValueError', 'The number of counts does not match the population');
      const total = cum.pop();
      if (total === undefined) throw new NumError('IndexError', 'pop from empty list');
      if (total <= 0n) throw new NumError('ValueError', 'Total of counts must be greater than zero');
      const selections = this.sampleIndices(normBig(total), k);
      return selections.map((s) => population[bisectRight(cum, s, 0, cum.length)]);
    }
    return this.sampleIndices(n, k).map((i) => population[i as number]);
  }

  /**
   * CPython 3.11: Random.choices(population, weights=None, *, cum_weights=None, k=1).
   * Weights are ints (bigint) or floats (number); they accumulate with Python's + rules.
   */
  choices<T>(population: ArrayLike<T>, weights: Real[] | null = null, cumWeights: Real[] | null = null, k = 1): T[] {
    const n = population.length;
    const out = new Array<T>(k);
    if (cumWeights === null) {
      if (weights === null) {
        for (let i = 0; i < k; i++) out[i] = population[Math.floor(this.random() * n)];
        return out;
      }
      cumWeights = [];
      let acc: Real | undefined;
      for (const w of weights) {
        acc = acc === undefined ? w : addReal(acc, w);
        cumWeights.push(acc);
      }
    } else if (weights !== null) {
      throw new NumError('TypeError', 'Cannot specify both weights and cumulative weights');
    }
    if (cumWeights.length !== n) throw new NumError('ValueError', 'The number of weights does not match the population');
    if (n === 0) throw new NumError('IndexError', 'list index out of range');
    const total = toFloat(cumWeights[n - 1]) + 0.0;
    if (total <= 0.0) throw new NumError('ValueError', 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw new NumError('ValueError', 'Total of weights must be finite');
    const hi = n - 1;
    for (let i = 0; i < k; i++) out[i] = population[bisectRight(cumWeights, this.random() * total, 0, hi)];
    return out;
  }

  /** CPython 3.11: Random.uniform(a, b) */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /** CPython 3.11: Random.triangular(low=0.0, high=1.0, mode=None) */
  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    let u = this.random();
    let c: number;
    if (mode === null) c = 0.5;
    else {
      if (high - low === 0) return low; // ZeroDivisionError in CPython, caught there
      c = (mode - low) / (high - low);
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * Math.sqrt(u * c);
  }

  /** CPython 3.11: Random.normalvariate(mu=0.0, sigma=1.0) (Kinderman and Monahan). */
  normalvariate(mu = 0.0, sigma = 1.0): number {
    const { NV_MAGICCONST } = magic();
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -libm.log(u2)) break;
    }
    return mu + z * sigma;
  }

  /** CPython 3.11: Random.gauss(mu=0.0, sigma=1.0) (Box-Muller, caching the second value). */
  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * libm.log(1.0 - this.random()));
      z = libm.cos(x2pi) * g2rad;
      this.gaussNext = libm.sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  /** CPython 3.11: Random.lognormvariate(mu, sigma) */
  lognormvariate(mu: number, sigma: number): number {
    return libm.exp(this.normalvariate(mu, sigma));
  }

  /** CPython 3.11: Random.expovariate(lambd) */
  expovariate(lambd: number): number {
    if (lambd === 0) throw new NumError('ZeroDivisionError', 'float division by zero');
    return -libm.log(1.0 - this.random()) / lambd;
  }

  /** CPython 3.11: Random.vonmisesvariate(mu, kappa) */
  vonmisesvariate(mu: number, kappa: number): number {
    if (kappa <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = libm.cos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * libm.exp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    const theta = u3 > 0.5 ? mu + libm.acos(f) : mu - libm.acos(f);
    return pyFloatMod(theta, TWOPI);
  }

  /** CPython 3.11: Random.gammavariate(alpha, beta) */
  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0.0 || beta <= 0.0) throw new NumError('ValueError', 'gammavariate: alpha and beta must be > 0.0');
    if (alpha > 1.0) {
      // Cheng's algorithm (R. C. H. Cheng, 1977).
      const { LOG4, SG_MAGICCONST } = magic();
      const ainv = Math.sqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = libm.log(u1 / (1.0 - u1)) / ainv;
        const x = alpha * libm.exp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= libm.log(z)) return x * beta;
      }
    }
    if (alpha === 1.0) return -libm.log(1.0 - this.random()) * beta;
    // alpha < 1: ALGORITHM GS of Statistical Computing (Kennedy & Gentle).
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      x = p <= 1.0 ? libm.pow(p, 1.0 / alpha) : -libm.log((b - p) / alpha);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= libm.pow(x, alpha - 1.0)) break;
      } else if (u1 <= libm.exp(-x)) break;
    }
    return x * beta;
  }

  /** CPython 3.11: Random.betavariate(alpha, beta) */
  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1.0);
    if (y) return y / (y + this.gammavariate(beta, 1.0));
    return 0.0;
  }

  /** CPython 3.11: Random.paretovariate(alpha) */
  paretovariate(alpha: number): number {
    const u = 1.0 - this.random();
    return libm.pow(u, -1.0 / alpha);
  }

  /** CPython 3.11: Random.weibullvariate(alpha, beta) */
  weibullvariate(alpha: number, beta: number): number {
    const u = 1.0 - this.random();
    return alpha * libm.pow(-libm.log(u), 1.0 / beta);
  }

  /** CPython 3.11: Random.randbytes(n): getrandbits(n * 8) as n little-endian bytes. */
  randbytes(n: number): Uint8Array {
    if (n < 0) throw new NumError('ValueError', 'number of bits must be non-negative');
    let v = toBig(this.getrandbits(n * 8));
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      out[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    return out;
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && (a < 0n !== b < 0n) ? q - 1n : q;
}

function addReal(a: Real, b: Real): Real {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a + b;
  return toFloat(a) + toFloat(b);
}

/** Python's float % (float_rem) for a finite positive modulus. */
function pyFloatMod(a: number, b: number): number {
  let m = a % b;
  if (m && m < 0 !== b < 0) m += b;
  return m;
}

/** bisect.bisect_right(a, x, lo, hi) with Python's exact int/float comparisons. */
function bisectRight(a: ArrayLike<Real>, x: Real, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
