// The site's worker bundle leaves the kernel's deferred texts out (site/cells/build/lib-on-demand.ts
// DEFERRED) and the worker's loader (kernel/host/deferred_data.ts) brings them back on first use:
// the text the build reads out of each file must be the constant's value, and the kernel must
// read each constant only through the loader. No browser: site.test.ts checks the built site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFERRED, deferredConstant } from '../../site/cells/build/lib-on-demand.ts';
import { createInterpreter } from '../../kernel/index.ts';
import { setDataLoader } from '../../kernel/host/deferred_data.ts';
import { licenseText } from '../../kernel/modules/_sitebuiltins_license.ts';
import { ROOT } from './build.ts';

function run(code: string): string {
  let out = '';
  const interp = createInterpreter({ argv: [''], write: (_fd, text) => void (out += text) });
  interp.runMain(code, 'deferred.py');
  return out;
}

/** What the worker's bundle holds in place of each deferred constant, and the text it stands for. */
const texts = new Map<string, string>();
for (const [file, name] of DEFERRED) {
  const found = deferredConstant(readFileSync(join(ROOT, 'kernel', file), 'utf8'), name);
  if (found !== null) texts.set(`\u0000reference:${file}`, found.value);
}

describe('the kernel’s deferred texts', () => {
  afterEach(() => setDataLoader(null));

  it.each([...DEFERRED])('%s: the build finds the constant %s', (file, name) => {
    expect(deferredConstant(readFileSync(join(ROOT, 'kernel', file), 'utf8'), name)).not.toBeNull();
  });

  it('reads the license text as the module exports it', () => {
    expect(texts.get('\u0000reference:modules/_sitebuiltins_license.ts')).toBe(licenseText);
  });

  it('reads each one through the host’s loader, on first use', () => {
    // A loader standing in for the worker's: every deferred text is fetched by its reference.
    const asked: string[] = [];
    const byText = new Map([...texts].map(([ref, text]) => [text, ref]));
    setDataLoader((value) => {
      const ref = byText.get(value);
      if (ref === undefined) return value;
      asked.push(ref);
      return texts.get(ref)!;
    });
    expect(run('print("\\N{BULLET}", "\\N{latin small letter sharp s}", repr(license))\n'))
      .toBe('\u2022 \u00df Type license() to see the full license text\n');
    expect(asked.sort()).toEqual([...texts.keys()].sort());
  });

  it('with no loader, the constants are the texts', () => {
    expect(run('print(ascii("\\N{EM DASH}"))\nrepr(license)\nprint(license._Printer__lines[0], license._Printer__linecnt)\n'))
      .toBe("'\\u2014'\nA. HISTORY OF THE SOFTWARE 280\n");
  });
});
