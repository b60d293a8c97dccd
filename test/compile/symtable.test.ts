/**
 * The symbol table against CPython 3.11's `symtable` module: same blocks, same symbols in the
 * same order with the same flags and scopes, same parameters, same errors.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSymtable, type SymtableEntry } from '../../kernel/compile/symtable.ts';
import { futureFromAST } from '../../kernel/compile/future.ts';
import { PySyntaxError } from '../../kernel/compile/errors.ts';
import { loadAst } from './ast_loader.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures', 'compiler');

interface TableJson {
  name: string;
  type: number;
  lineno: number;
  nested: boolean;
  symbols: [string, number][];
  varnames: string[];
  children: TableJson[];
}

interface SymtableOracle {
  source: string;
  ast: unknown;
  table?: TableJson;
  error?: { msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number | null };
}

function oracle(files: string[], split: boolean): Record<string, SymtableOracle> {
  const args = [path.join(here, 'symtable_to_json.py'), ...(split ? ['--split'] : []), ...files];
  return JSON.parse(execFileSync('python3', args, { encoding: 'utf8', maxBuffer: 1 << 28 }));
}

function tableJson(ste: SymtableEntry): TableJson {
  return {
    name: ste.name,
    type: ste.type,
    lineno: ste.lineno,
    nested: ste.nested,
    symbols: [...ste.symbols.entries()],
    varnames: [...ste.varnames],
    children: ste.children.map(tableJson),
  };
}

/** Our symbol table of the same (unoptimized, as `symtable.symtable` does) tree. */
function ours(name: string, o: SymtableOracle): { table?: TableJson; error?: unknown } {
  const tree = loadAst(o.ast);
  const src = { filename: name, source: o.source };
  try {
    const st = buildSymtable(tree, src, futureFromAST(tree, src));
    return { table: tableJson(st.top) };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return {
      error: {
        msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno,
        end_offset: e.end_offset === -1 ? null : e.end_offset,
      },
    };
  }
}

/**
 * Free variables that only pass through a block are added to its symbols while iterating a
 * set of strings, in hash order (random per process in CPython): compare those as a set.
 */
function normalize(t: TableJson): TableJson {
  const PASS_THROUGH = 4 << 11; // FREE << SCOPE_OFFSET with no DEF_* flag
  const kept = t.symbols.filter(([, v]) => v !== PASS_THROUGH);
  const passing = t.symbols.filter(([, v]) => v === PASS_THROUGH).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { ...t, symbols: [...kept, ...passing], children: t.children.map(normalize) };
}

function check(results: Record<string, SymtableOracle>): void {
  for (const [name, o] of Object.entries(results)) {
    if (o.ast === null) continue;
    it(name.replace(here + path.sep, ''), () => {
      const mine = ours(name, o);
      if (o.error) expect(mine.error).toEqual(o.error);
      else expect(normalize(mine.table!)).toEqual(normalize(o.table!));
    });
  }
}

describe('symtable cases against CPython symtable', () => {
  check(oracle([path.join(fixtures, 'symtable_cases.txt')], true));
});

describe('symtable of the fixtures against CPython symtable', () => {
  const files = readdirSync(fixtures).filter((f) => f.endsWith('.py')).map((f) => path.join(fixtures, f));
  check(oracle(files, false));
});

describe('symtable errors against CPython', () => {
  check(oracle([path.join(fixtures, 'compile_errors.txt')], true));
});
