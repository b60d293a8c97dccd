import { describe, expect, it } from 'vitest';
import {
  DtsFlag, doubleToString, floatHex, floatRepr, fromHex, parseFloat, frexp, ldexp,
} from '../../kernel/objects/pystrtod.ts';
import { floatOf, loadFixture, type Enc } from './numeric_fixture.ts';

interface FloatCase { x: string; repr: string; pct: Record<string, Enc>; hex: string }
interface Fixture {
  floats: FloatCase[];
  parse: { s: string; v: Enc }[];
  fromhex: { s: string; v: Enc }[];
}
const fx = loadFixture<Fixture>('./fixtures/numeric_cases.json');

describe('floatRepr', () => {
  it('matches repr(float) on recorded values', () => {
    for (const c of fx.floats) expect(floatRepr(floatOf(c.x))).toBe(c.repr);
  });
  it('handles the classic cases', () => {
    expect(floatRepr(0.1)).toBe('0.1');
    expect(floatRepr(100)).toBe('100.0');
    expect(floatRepr(1e16)).toBe('1e+16');
    expect(floatRepr(1e-5)).toBe('1e-05');
    expect(floatRepr(1.5e300)).toBe('1.5e+300');
    expect(floatRepr(-0)).toBe('-0.0');
    expect(floatRepr(NaN)).toBe('nan');
    expect(floatRepr(-Infinity)).toBe('-inf');
    expect(floatRepr(2e16 + 8)).toBe('2.000000000000001e+16');
  });
});

describe('doubleToString (%-formatting of floats)', () => {
  it('matches %.Ne/f/g on recorded values', () => {
    let n = 0;
    for (const c of fx.floats) {
      const x = floatOf(c.x);
      for (const [fmt, want] of Object.entries(c.pct)) {
        const m = /^%(#?)\.(\d+)([efgEFG])$/.exec(fmt)!;
        const flags = m[1] ? DtsFlag.ALT : 0;
        const got = doubleToString(x, m[3] as 'e', Number(m[2]), flags);
        expect({ x: c.x, fmt, got }).toEqual({ x: c.x, fmt, got: (want as { str: string }).str });
        n++;
      }
    }
    expect(n).toBeGreaterThan(10000);
  });
  it('rounds exact ties half to even, unlike toFixed', () => {
    expect(doubleToString(0.125, 'f', 2, 0)).toBe('0.12');
    expect(doubleToString(0.375, 'f', 2, 0)).toBe('0.38');
    expect(doubleToString(2.5, 'f', 0, 0)).toBe('2');
    expect(doubleToString(2.675, 'f', 2, 0)).toBe('2.67');
    expect(doubleToString(1e22, 'f', 0, 0)).toBe('10000000000000000000000');
    expect(doubleToString(5e-324, 'e', 3, 0)).toBe('4.941e-324');
  });
  it('applies the sign, alternate and no-negative-zero flags', () => {
    expect(doubleToString(1.5, 'f', 1, DtsFlag.SIGN)).toBe('+1.5');
    expect(doubleToString(-0.001, 'f', 2, DtsFlag.NO_NEG_0)).toBe('0.00');
    expect(doubleToString(-0.001, 'f', 2, 0)).toBe('-0.00');
    expect(doubleToString(1, 'g', 6, DtsFlag.ALT)).toBe('1.00000');
    expect(doubleToString(1, 'r', 0, DtsFlag.ADD_DOT_0)).toBe('1.0');
    expect(doubleToString(NaN, 'F', 2, DtsFlag.SIGN)).toBe('+NAN');
  });
});

describe('parseFloat (float(str))', () => {
  it('matches float() on recorded strings', () => {
    for (const c of fx.parse) {
      const got = parseFloat(c.s);
      if ('exc' in c.v) expect({ s: c.s, got }).toEqual({ s: c.s, got: null });
      else expect({ s: c.s, got: got === null ? null : floatRepr(got) }).toEqual({ s: c.s, got: (c.v as { float: string }).float });
    }
  });
});

describe('float.hex / float.fromhex', () => {
  it('formats like float.hex', () => {
    for (const c of fx.floats) expect(floatHex(floatOf(c.x))).toBe(c.hex);
  });
  it('parses like float.fromhex', () => {
    for (const c of fx.fromhex) {
      const got = fromHex(c.s);
      if ('exc' in c.v) expect(got).toEqual({ excType: c.v.exc, msg: c.v.msg });
      else expect(floatRepr(got as number)).toBe((c.v as { float: string }).float);
    }
  });
});

describe('frexp / ldexp', () => {
  it('round-trips and rounds subnormals once', () => {
    expect(frexp(8)).toEqual([0.5, 4]);
    expect(frexp(5e-324)).toEqual([0.5, -1073]);
    expect(ldexp(0.5, -1073)).toBe(5e-324);
    expect(ldexp(0.5, -1074)).toBe(0); // the tie rounds to even
    expect(ldexp(0.75, -1074)).toBe(5e-324);
    expect(ldexp(1, 1024)).toBe(Infinity);
    expect(ldexp(-1.5, 3)).toBe(-12);
  });
});
