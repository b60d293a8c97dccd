// The site's worker bundle leaves kernel/lib's Python sources out and fetches them when imported
// (site/cells/build/lib-on-demand.ts): the text the build reads out of each file must be exactly
// the string the module exports, and every module of the table must be one it can read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringExports } from '../../site/cells/build/lib-on-demand.ts';
import { ROOT } from '../browser/build.ts';

const LIB = join(ROOT, 'kernel/lib');
const files = readdirSync(LIB).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe('kernel/lib sources fetched on demand', () => {
  it.each(files)('%s: the build reads the exported text', async (file) => {
    const parsed = stringExports(readFileSync(join(LIB, file), 'utf8'));
    const mod = await import(join(LIB, file)) as Record<string, unknown>;
    expect(parsed).not.toBeNull();
    expect(Object.fromEntries(parsed!)).toEqual({ ...mod });
  });

  it('reads nothing out of a file with code', () => {
    expect(stringExports('export const source = String.raw`x`;\nexport function f() {}\n')).toBeNull();
    expect(stringExports('export const source = String.raw`a ${b} c`;\n')).toBeNull();
  });
});
