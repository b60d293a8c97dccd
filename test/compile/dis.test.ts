/**
 * The disassembler against CPython 3.11's `dis.dis` (with byte offsets rewritten as instruction
 * indices by dis_text.py), and the repr of constants against Python's repr().
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../kernel/compile/parser.ts';
import { compileModule } from '../../kernel/compile/compile.ts';
import { complexRepr, disassemble, floatRepr, reprConst } from '../../kernel/compile/dis.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures', 'compiler');

describe('disassembly matches dis.dis', () => {
  const files = readdirSync(fixtures).filter((f) => f.endsWith('.py')).map((f) => path.join(fixtures, f));
  const theirs: Record<string, string> = JSON.parse(
    execFileSync('python3', [path.join(here, 'dis_text.py'), ...files], { encoding: 'utf8', maxBuffer: 1 << 28 }),
  );
  for (const file of files) {
    it(path.basename(file), () => {
      const ours = disassemble(compileModule(parse(readFileSync(file, 'utf8'), file, 'exec'), file, 'exec'));
      // A frozenset's repr shows its hash order, which the VM decides when it builds the set.
      const keep = (l: string) => !l.includes('frozenset(');
      expect(ours.split('\n').filter(keep)).toEqual(theirs[file].split('\n').filter(keep));
    });
  }
});

describe('repr of constants matches Python', () => {
  const floats = [
    0, -0, 1, -1, 0.1, 0.5, 1.5, 100, 1e15, 1e16, 1e17, 123456789012345680, 1e-4, 1e-5, 0.0001234, 1e22, 1e300,
    5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.141592653589793, 2 ** 53, 2 ** 53 + 2, 1 / 3,
    Infinity, -Infinity, NaN, 12345.678, 9.999999999999999e15, 0.30000000000000004,
  ];
  const strings = ['', 'a', "it's", 'say "hi"', 'both \' and "', 'tab\tnew\nline\r', '\x00\x7f\x80', 'é ß \u200b \u2028',
    '\ud83d\ude00', 'back\\slash', '\udc80'];
  const script = `
import json, sys
floats, strings = json.loads(sys.stdin.read())
def f(s): return float(s)
out = {
  "floats": [repr(float(x)) for x in floats],
  "complex": [repr(complex(float(x), 1.5)) for x in floats] + [repr(complex(0.0, float(x))) for x in floats],
  "strings": [repr(s.encode('utf-16', 'surrogatepass').decode('utf-16', 'surrogatepass')) for s in strings],
  "bytes": [repr(bytes(range(0, 256, 7))), repr(b"'"), repr(b"'\\""), repr(b'')],
}
print(json.dumps(out))
`;
  const input = JSON.stringify([floats.map((x) => (Number.isNaN(x) ? 'nan' : x === Infinity ? 'inf' : x === -Infinity ? '-inf' : Object.is(x, -0) ? '-0.0' : String(x))), strings]);
  const py = JSON.parse(execFileSync('python3', ['-c', script], { input, encoding: 'utf8' }));

  it('float repr', () => {
    expect(floats.map((x) => floatRepr(x))).toEqual(py.floats);
  });
  it('complex repr', () => {
    const ours = [...floats.map((x) => complexRepr(x, 1.5)), ...floats.map((x) => complexRepr(0, x))];
    expect(ours).toEqual(py.complex);
  });
  it('str repr', () => {
    expect(strings.map((s) => reprConst({ t: 'str', v: s }))).toEqual(py.strings);
  });
  it('bytes repr', () => {
    const samples = [Uint8Array.from({ length: 37 }, (_, i) => i * 7), Uint8Array.of(39), Uint8Array.of(39, 34), new Uint8Array(0)];
    expect(samples.map((b) => reprConst({ t: 'bytes', v: b }))).toEqual(py.bytes);
  });
});
