import { describe, expect, it } from 'vitest';
import { formatComplex, formatFloat, formatInt, formatStr } from '../../kernel/objects/formatter_unicode.ts';
import { floatOf, loadFixture, outcome, pyInt, type Enc } from './numeric_fixture.ts';

interface Fixture { format: { v: Enc; spec: string; r: Enc }[] }
const fx = loadFixture<Fixture>('./fixtures/numeric_cases.json');

function formatValue(v: Enc, spec: string): string {
  if ('pow10' in v) return formatInt(10n ** BigInt(v.pow10), spec);
  if ('bool' in v) return formatInt(v.bool ? 1 : 0, spec, 'bool');
  if ('int' in v) return formatInt(pyInt(v.int), spec);
  if ('float' in v) return formatFloat(floatOf(v.float), spec);
  return formatStr((v as { str: string }).str, spec);
}

describe('format() mini-language', () => {
  it('matches format(value, spec) for ints, floats and strs', () => {
    let n = 0;
    for (const c of fx.format) {
      // An empty spec means str(obj), which is the caller's for bool.
      if ('bool' in c.v && c.spec === '') continue;
      const got = outcome(() => formatValue(c.v, c.spec));
      let want: unknown;
      if ('exc' in c.r) want = { exc: c.r.exc, msg: c.r.msg };
      else if ('len' in c.r) {
        const s = (got as { ok: string }).ok;
        expect({ spec: c.spec, len: s.length, head: s.slice(0, 30) }).toEqual({ spec: c.spec, len: c.r.len, head: c.r.head });
        continue;
      } else want = { ok: (c.r as { str: string }).str };
      expect({ v: c.v, spec: c.spec, got }).toEqual({ v: c.v, spec: c.spec, got: want });
      n++;
    }
    expect(n).toBeGreaterThan(3000);
  });

  it('formats complex numbers like complex.__format__', () => {
    expect(formatComplex(3, 4, '.2f')).toBe('3.00+4.00j');
    expect(formatComplex(0, 1, '10')).toBe('        1j');
    expect(formatComplex(3, 4, '^20.1e')).toBe('  3.0e+00+4.0e+00j  ');
    expect(formatComplex(-0, 1, '')).toBe('(-0+1j)');
    expect(() => formatComplex(3, 4, '010')).toThrowError();
    expect(outcome(() => formatComplex(3, 4, '%'))).toEqual({
      exc: 'ValueError', msg: "Unknown format code '%' for object of type 'complex'",
    });
  });
});
