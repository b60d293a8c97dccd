// The renderer's boundary, machine-checked: site/diagram/ imports nothing from the kernel but
// types from kernel/protocol.ts (`import type`), and its library files touch neither the DOM
// nor Node. The protocol file itself imports nothing, so that `import type` stays shallow.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const diagramDir = join(repo, 'site/diagram');
/** Scripts beside the library that run in Node (they may use node: modules). */
const SCRIPTS = new Set(['render-fixture.ts']);

interface Import {
  typeOnly: boolean;
  spec: string;
  text: string;
}

/** Every import and re-export of a module, with whether it is type-only. */
function importsOf(src: string): Import[] {
  const out: Import[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?([^'";]*?\bfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const m of src.matchAll(re)) {
    const clause = m[3] ?? '';
    // `import { type A, type B } from` is type-only too, when every name says so.
    const names = /\{([^}]*)\}/.exec(clause)?.[1];
    const allTyped = names !== undefined && names.split(',').every((n) => n.trim() === '' || n.trim().startsWith('type '));
    out.push({ typeOnly: m[2] !== undefined || (allTyped && !/^\s*\w/.test(clause.replace(/\{[^}]*\}/, '').replace(/from\s+$/, ''))), spec: m[4], text: m[0].trim() });
  }
  // Dynamic imports and require are never allowed.
  for (const m of src.matchAll(/\b(import\s*\(|require\s*\()/g)) out.push({ typeOnly: false, spec: '<dynamic>', text: m[0] });
  return out;
}

function diagramFiles(): string[] {
  return readdirSync(diagramDir).filter((f) => f.endsWith('.ts'));
}

describe('site/diagram imports', () => {
  it('finds the renderer’s files', () => {
    expect(diagramFiles()).toEqual(expect.arrayContaining(['layout.ts', 'svg.ts', 'theme.ts', 'heap_view.ts', 'index.ts']));
  });

  for (const f of diagramFiles()) {
    it(`${f} takes only types from kernel/protocol.ts, and no runtime outside site/diagram`, () => {
      const src = readFileSync(join(diagramDir, f), 'utf8');
      for (const imp of importsOf(src)) {
        const target = imp.spec.startsWith('.') ? relative(repo, resolve(diagramDir, imp.spec)) : imp.spec;
        if (target.startsWith('kernel/') || target.startsWith('kernel\\')) {
          expect(target, imp.text).toBe('kernel/protocol.ts');
          expect(imp.typeOnly, `${imp.text} must be \`import type\``).toBe(true);
        } else if (SCRIPTS.has(f)) {
          expect(target.startsWith('site/diagram/') || target.startsWith('node:'), imp.text).toBe(true);
        } else {
          expect(target.startsWith('site/diagram/'), imp.text).toBe(true);
        }
      }
    });
  }

  it('library files use no DOM and no Node globals', () => {
    for (const f of diagramFiles()) {
      if (SCRIPTS.has(f)) continue;
      const code = readFileSync(join(diagramDir, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, f).not.toMatch(/\b(document|window|globalThis|process|Buffer|navigator|DOMParser|XMLSerializer)\b/);
    }
  });

  it('kernel/protocol.ts imports nothing', () => {
    const src = readFileSync(join(repo, 'kernel/protocol.ts'), 'utf8');
    expect(importsOf(src)).toEqual([]);
  });

  it('the checker itself tells type-only imports from value imports', () => {
    const cases: [string, boolean][] = [
      ["import type { A } from '../../kernel/protocol.ts';", true],
      ["import { type A, type B } from '../../kernel/protocol.ts';", true],
      ["import { type A, B } from '../../kernel/protocol.ts';", false],
      ["import { PROTOCOL_VERSION } from '../../kernel/protocol.ts';", false],
      ["import '../../kernel/protocol.ts';", false],
      ["export { x } from '../../kernel/protocol.ts';", false],
      ["export type { A } from '../../kernel/protocol.ts';", true],
    ];
    for (const [src, typeOnly] of cases) expect(importsOf(src).map((i) => i.typeOnly), src).toEqual([typeOnly]);
    expect(importsOf("const m = await import('../../kernel/index.ts');").length).toBeGreaterThan(0);
  });
});
