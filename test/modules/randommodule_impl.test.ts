import { describe, expect, it } from 'vitest';
import { Random, sha512 } from '../../kernel/modules/randommodule_impl.ts';
import { floatRepr } from '../../kernel/objects/pystrtod.ts';
import { loadFixture, outcome, pyInt, type Enc } from '../objects/numeric_fixture.ts';

interface Seq {
  seed: Enc; random: string[]; getrandbits: string[]; randint: string[]; randrange: string[]; choice: string[];
  sample_small: number[]; sample_big: number[]; sample_counts: string[]; choices: string[]; choices_w: string[];
  choices_wf: string[]; choices_cum: string[]; shuffle: number[]; floats: string[]; randbytes: number[]; after: string;
}
interface Fixture {
  random: Seq[];
  randomState: { version: number; state: number[]; gauss: number | null; next: string[] };
  randomErrors: { name: string; r: Enc }[];
}
const fx = loadFixture<Fixture>('../modules/fixtures/numeric_modules.json');

function seedOf(e: Enc): number | bigint | string | Uint8Array {
  if ('int' in e) return pyInt(e.int);
  if ('str' in e) return e.str;
  return Uint8Array.from((e as { bytes: number[] }).bytes);
}

// Functions built on libm's log/exp/cos/pow may differ in the last bit (see mathmodule_impl.test.ts).
function sameOrUlp(a: string, b: string): boolean {
  const x = Number(a);
  const y = Number(b);
  return x === y || Math.abs(x - y) <= Math.abs(y) * 4.5e-16;
}

describe('random.Random sequences equal CPython 3.11', () => {
  for (const s of fx.random) {
    it(`seed ${JSON.stringify(s.seed).slice(0, 40)}`, () => {
      const r = new Random(seedOf(s.seed));
      expect(Array.from({ length: 5 }, () => floatRepr(r.random()))).toEqual(s.random);
      expect([1, 7, 32, 33, 64, 100, 0].map((k) => String(r.getrandbits(k)))).toEqual(s.getrandbits);
      expect(Array.from({ length: 5 }, () => String(r.randint(1, 100)))).toEqual(s.randint);
      expect([r.randrange(0, 100, 7), r.randrange(10), r.randrange(50, -50, -3), r.randrange(2n ** 80n)].map(String)).toEqual(s.randrange);
      expect(Array.from({ length: 5 }, () => r.choice('abcdefg'))).toEqual(s.choice);
      expect(r.sample(Array.from({ length: 10 }, (_, i) => i), 4)).toEqual(s.sample_small);
      expect(r.sample(Array.from({ length: 1000 }, (_, i) => i), 12)).toEqual(s.sample_big);
      expect(r.sample(['a', 'b', 'c'], 5, [3, 2, 4])).toEqual(s.sample_counts);
      expect(r.choices('abc', null, null, 6)).toEqual(s.choices);
      expect(r.choices('abc', [1n, 2n, 3n], null, 6)).toEqual(s.choices_w);
      expect(r.choices('abc', [0.5, 0.25, 3.5], null, 6)).toEqual(s.choices_wf);
      expect(r.choices('abc', null, [1n, 5n, 6n], 6)).toEqual(s.choices_cum);
      const lst = Array.from({ length: 12 }, (_, i) => i);
      r.shuffle(lst);
      expect(lst).toEqual(s.shuffle);
      const floats = [r.uniform(1, 5), r.triangular(), r.triangular(0, 10, 7), r.gauss(), r.gauss(), r.normalvariate(2, 3),
        r.expovariate(1.5), r.lognormvariate(0, 1), r.vonmisesvariate(1, 2), r.gammavariate(2.5, 1), r.gammavariate(0.5, 2),
        r.gammavariate(1.0, 3), r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 2)].map(floatRepr);
      floats.forEach((f, i) => expect({ i, ok: sameOrUlp(f, s.floats[i]) }).toEqual({ i, ok: true }));
      expect(Array.from(r.randbytes(9))).toEqual(s.randbytes);
      expect(floatRepr(r.random())).toBe(s.after);
    });
  }

  it('getstate/setstate round-trips CPython state', () => {
    const st = fx.randomState;
    const r = new Random(7);
    const [version, internal, gauss] = r.getstate();
    expect([version, internal, gauss]).toEqual([st.version, st.state, st.gauss]);
    const other = new Random(1);
    other.setstate(3, st.state, null);
    expect(Array.from({ length: 3 }, () => floatRepr(other.random()))).toEqual(st.next);
  });

  it('raises CPython errors', () => {
    const r = new Random(1);
    const cases: Record<string, () => unknown> = {
      randrange0: () => r.randrange(0),
      randrange_empty: () => r.randrange(5, 5),
      randrange_step0: () => r.randrange(0, 10, 0),
      randrange_empty_step: () => r.randrange(10, 0, 2),
      choice_empty: () => r.choice([]),
      sample_big: () => r.sample([0, 1, 2], 5),
      getrandbits_neg: () => r.getrandbits(-1),
      gamma_bad: () => r.gammavariate(0, 1),
      choices_both: () => r.choices('ab', [1n, 2n], [1n, 2n]),
      choices_len: () => r.choices('ab', [1n]),
      choices_zero: () => r.choices('ab', [0n, 0n]),
      randrange_stopnone_step: () => r.randrange(10, null, 2),
    };
    for (const e of fx.randomErrors) {
      expect({ name: e.name, got: outcome(cases[e.name]) }).toEqual({ name: e.name, got: { exc: (e.r as { exc: string }).exc, msg: (e.r as { msg: string }).msg } });
    }
  });

  it('sha512 matches the FIPS test vector', () => {
    const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    expect(hex(sha512(new TextEncoder().encode('abc')))).toBe(
      'ddaf35a193617abacc417349ae204131' + '12e6fa4e89a97ea20a9eeee64b55d39a' + '2192992a274fc1a836ba3c23a3feebbd' + '454d4423643ce80e2a9ac94fa54ca49f');
    expect(hex(sha512(new Uint8Array(0))).slice(0, 16)).toBe('cf83e1357eefb8bd');
  });
});
