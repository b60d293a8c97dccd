// Every code point's character properties and case mappings against CPython 3.11 itself.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as uc from '../../kernel/objects/unicodectype.ts';

const SCRIPT = String.raw`
import json, sys, unicodedata
ps = {
 'alpha': str.isalpha, 'decimal': str.isdecimal, 'digit': str.isdigit, 'numeric': str.isnumeric,
 'alnum': str.isalnum, 'upper': str.isupper, 'lower': str.islower, 'space': str.isspace,
 'printable': str.isprintable, 'title': lambda c: unicodedata.category(c) == 'Lt',
 'xidcont': lambda c: ('a' + c).isidentifier(), 'xidstart': lambda c: c != '_' and c.isidentifier(),
}
out = {k: [c for c in range(0x110000) if p(chr(c))] for k, p in ps.items()}
maps = {'lower': {}, 'upper': {}, 'title': {}, 'fold': {}}
for c in range(0x110000):
    ch = chr(c)
    if 0xd800 <= c < 0xe000: continue
    for k, f in (('lower', str.lower), ('upper', str.upper), ('title', str.title), ('fold', str.casefold)):
        r = f(ch)
        if r != ch: maps[k][c] = r
out['maps'] = maps
json.dump(out, sys.stdout)
`;

// CPython is the oracle; without a python3 3.11 on the machine the comparison is skipped.
const py = spawnSync('python3', ['-c', 'import sys; assert sys.version_info[:2] == (3, 11)\n' + SCRIPT], { maxBuffer: 1 << 28, encoding: 'utf8' });
const data = py.status === 0 ? JSON.parse(py.stdout) : null;

describe.skipIf(data === null)('unicodectype against CPython', () => {
  const preds: [string, (c: number) => boolean][] = [
    ['alpha', uc.isAlpha], ['decimal', uc.isDecimal], ['digit', uc.isDigit], ['numeric', uc.isNumeric],
    ['alnum', uc.isAlnum], ['upper', uc.isUpper], ['lower', uc.isLower], ['space', uc.isSpace],
    ['printable', uc.isPrintable], ['title', uc.isTitle], ['xidcont', uc.isXidContinue], ['xidstart', uc.isXidStart],
  ];
  for (const [name, f] of preds) {
    it(name, () => {
      const want = new Set<number>(data[name]);
      const wrong: string[] = [];
      for (let c = 0; c < 0x110000; c++) if (f(c) !== want.has(c)) wrong.push(c.toString(16));
      expect(wrong.slice(0, 20)).toEqual([]);
    }, 120_000);
  }
  const mappers: [string, (c: number) => string][] = [
    ['lower', uc.lowerFull], ['upper', uc.upperFull], ['title', uc.titleFull], ['fold', uc.foldFull],
  ];
  for (const [name, f] of mappers) {
    it(`${name} mapping`, () => {
      const want = data.maps[name] as Record<string, string>;
      const wrong: string[] = [];
      for (let c = 0; c < 0x110000; c++) {
        if (c >= 0xd800 && c < 0xe000) continue;
        const ch = String.fromCodePoint(c);
        // str.lower of a lone capital sigma applies the final-sigma rule only with context.
        if (f(c) !== (want[c] ?? ch)) wrong.push(c.toString(16));
      }
      expect(wrong.slice(0, 20)).toEqual([]);
    }, 120_000);
  }
});
