import { describe, expect, it } from 'vitest';
import { ballocSize, dtoaEstimateK, dtoaResultLength, rvAllocPool } from '../../kernel/objects/dtoa.ts';
import { formatFloatShortBufferSize } from '../../kernel/objects/pystrtod.ts';

describe('dtoa.c memory', () => {
  it('estimates k as floor(log10(x)), corrected exactly only for 0 <= k <= 22', () => {
    expect(dtoaEstimateK(1)).toBe(0);
    expect(dtoaEstimateK(9.99)).toBe(0);
    expect(dtoaEstimateK(1e22)).toBe(22);
    expect(dtoaEstimateK(0.001)).toBe(-3);
    expect(dtoaEstimateK(1e300)).toBe(300);
    expect(dtoaEstimateK(5e-324)).toBe(-324);
    // Outside tens[] the first estimate may be one too large (dtoa's k_check fixes it later).
    expect([23, 24]).toContain(dtoaEstimateK(9.999999999999999e23));
  });
  it('sizes rv_alloc: pool k up to 7 below 536 characters, 1056 bytes for pool 8', () => {
    expect(rvAllocPool(1)).toBe(0);
    expect(rvAllocPool(18)).toBe(0);
    expect(rvAllocPool(535)).toBe(7);
    expect(rvAllocPool(536)).toBe(8);
    expect(ballocSize(8)).toBe(1056);
    expect(ballocSize(0)).toBe(32);
  });
  it('takes i from the mode: 18, ndigits, or ndigits + k + 1', () => {
    expect(dtoaResultLength(0.5, 0, 0)).toBe(18);
    expect(dtoaResultLength(0.5, 2, 0)).toBe(1);
    expect(dtoaResultLength(1e22, 3, 513)).toBe(536);
    expect(dtoaResultLength(0, 3, 1000)).toBe(1);
  });
});

describe('format_float_short buffer', () => {
  it('is 3 + the digits shown, plus 5 with an exponent, 5 for inf and nan', () => {
    expect(formatFloatShortBufferSize('1.50')).toBe(6);
    expect(formatFloatShortBufferSize('-0.000')).toBe(7);
    expect(formatFloatShortBufferSize('1.500000e+00')).toBe(15);
    expect(formatFloatShortBufferSize('1.5E+300')).toBe(10);
    expect(formatFloatShortBufferSize('-inf')).toBe(5);
    expect(formatFloatShortBufferSize('NAN')).toBe(5);
  });
});
