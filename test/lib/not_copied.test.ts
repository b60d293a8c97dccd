// The standard-library modules of kernel/lib are written for the kernel, not copied from
// CPython's Lib/. This test compares each module that has a CPython counterpart with that file
// (found through `python3`'s sysconfig; the test is skipped when there is no CPython Lib).
//
// The measure: the share of the module's significant code lines that also occur, identically
// once all whitespace is removed, anywhere in CPython's file. A line is significant when it
//   - has more than 25 characters of code outside string literals and comments (so docstrings,
//     lines that only hold a literal, and error messages, which must be CPython's, do not count,
//     while lines mixing code and literals do);
//   - is not part of a `def`/`class` header or a decorator (names, parameters and defaults are
//     the public API, which a rewrite keeps);
//   - does not merely store a parameter under its own name (`self.width = width`: documented
//     attributes dictate those).
// A module fails when more than MAX_SHARE of its significant lines are CPython's and at least
// MIN_SHARED lines are: a handful of shared lines (an `__all__`, a constant) proves nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { libModules } from '../../kernel/lib/index.ts';
import { source as weakrefSource } from '../../kernel/lib/weakref_py.ts';
import { source as weakrefsetSource } from '../../kernel/lib/weakrefset_py.ts';

const MAX_SHARE = 0.3;
const MIN_SHARED = 10;

/**
 * Modules still close to CPython's file, each to be rewritten; a listed module that passes
 * fails the test (remove it from the list then).
 */
const KNOWN_EXCEPTIONS: Record<string, string> = {
  tracemalloc: 'not yet rewritten',
};

/** The lines of a Python source: code outside string literals, and the line without comments. */
function splitLines(text: string): Array<{ code: string; full: string }> {
  const lines: Array<{ code: string; full: string }> = [];
  let code = '';
  let full = '';
  const flush = (): void => {
    lines.push({ code, full });
    code = '';
    full = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') {
      flush();
      i++;
      continue;
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const literal = /^([rRbBfFuU]{0,2})('''|"""|'|")/.exec(text.slice(i, i + 5));
    const previous = i > 0 ? text[i - 1]! : ' ';
    if (literal !== null && !/[A-Za-z0-9_]/.test(previous)) {
      const quote = literal[2]!;
      code += '""';
      full += literal[0];
      let j = i + literal[0].length;
      while (j < text.length) {
        if (text[j] === '\\') {
          full += text.slice(j, j + 2);
          j += 2;
          continue;
        }
        if (text.startsWith(quote, j)) {
          full += quote;
          j += quote.length;
          break;
        }
        if (text[j] === '\n') {
          if (quote.length === 1) break;
          flush();
          j++;
          continue;
        }
        full += text[j];
        j++;
      }
      i = j;
      continue;
    }
    code += c;
    full += c;
    i++;
  }
  flush();
  return lines;
}

/** The significant lines of a Python source, whitespace removed (see the header). */
function significantLines(text: string): string[] {
  const result: string[] = [];
  let depth = 0;
  let header = false;
  for (const { code, full } of splitLines(text)) {
    const stripped = code.trim();
    if (depth === 0) header = /^(def|class|async\s+def)\b/.test(stripped) || stripped.startsWith('@');
    for (const ch of code) {
      if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch)) depth = Math.max(0, depth - 1);
    }
    const compact = code.replace(/\s+/g, '');
    if (header || compact.length <= 25) continue;
    if (/^self\.(\w+)=\1$/.test(compact)) continue;
    result.push(full.replace(/\s+/g, ''));
  }
  return result;
}

/** Shared significant lines of ours and theirs, and our count of significant lines. */
function sharedLines(ours: string, theirs: string): { shared: number; total: number } {
  const known = new Set(significantLines(theirs));
  const lines = significantLines(ours);
  return { shared: lines.filter((line) => known.has(line)).length, total: lines.length };
}

function cpythonLib(): string | null {
  try {
    const dir = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_path('stdlib'))"], {
      encoding: 'utf8',
    }).trim();
    return existsSync(join(dir, 'os.py')) ? dir : null;
  } catch {
    return null;
  }
}

/** The CPython file of a module name: a package's __init__.py, or NAME.py. */
function counterpart(lib: string, name: string): string | null {
  const base = join(lib, ...name.split('.'));
  for (const file of [join(base, '__init__.py'), `${base}.py`]) if (existsSync(file)) return file;
  return null;
}

const modules: Record<string, string> = { ...libModules, weakref: weakrefSource, _weakrefset: weakrefsetSource };
const lib = cpythonLib();

describe('the measure', () => {
  test('string literals, comments, headers and parameter stores do not count', () => {
    const src = [
      'def function_with_a_long_name(argument_one, argument_two=None):',
      '    """A docstring line that is long enough to be counted if it were code."""',
      "    raise ValueError('an error message that must stay exactly the same')",
      '    self.argument_number_one = argument_number_one',
      '    result_of_the_computation = argument_one * argument_two  # comment',
      "    joined_text = 'a string with # no comment' + another_name_here",
    ].join('\n');
    expect(significantLines(src)).toEqual([
      'result_of_the_computation=argument_one*argument_two',
      "joined_text='astringwith#nocomment'+another_name_here",
    ]);
  });

  test('a multi-line def header is left out as a whole', () => {
    const src = 'def f(a_parameter_with_a_long_name,\n      another_parameter_with_a_long_name=0):\n    return None';
    expect(significantLines(src)).toEqual([]);
  });

  test('a copied file shares all its lines; unrelated code shares none', () => {
    const src = 'total_of_the_values = sum(value for value in values)\nprint(total_of_the_values, file=stream)\n';
    expect(sharedLines(src, src)).toEqual({ shared: 2, total: 2 });
    expect(sharedLines('completely_different_line = other_function(1)\n', src)).toEqual({ shared: 0, total: 1 });
  });
});

describe.skipIf(lib === null)('kernel/lib modules are not copied from CPython (needs python3 Lib)', () => {
  const checked = Object.keys(modules)
    .sort()
    .filter((name) => lib !== null && counterpart(lib, name) !== null);

  test('the modules with a CPython counterpart are found', () => {
    expect(checked).toContain('collections');
    expect(checked).toContain('weakref');
  });

  for (const name of checked) {
    test(name, () => {
      const theirs = readFileSync(counterpart(lib!, name)!, 'utf8');
      const { shared, total } = sharedLines(modules[name]!, theirs);
      const copied = shared >= MIN_SHARED && shared > MAX_SHARE * total;
      const detail = `${name}: ${shared} of ${total} significant lines are CPython's`;
      if (name in KNOWN_EXCEPTIONS) {
        expect(copied, `${detail}; listed as ${KNOWN_EXCEPTIONS[name]} but passes: remove it from KNOWN_EXCEPTIONS`).toBe(true);
      } else {
        expect(copied, detail).toBe(false);
      }
    });
  }

  test('every known exception is a module with a CPython counterpart', () => {
    for (const name of Object.keys(KNOWN_EXCEPTIONS)) expect(checked).toContain(name);
  });
});
