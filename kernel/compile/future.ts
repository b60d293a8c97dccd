/**
 * CPython 3.11: Python/future.c — `from __future__ import ...` at the top of a module.
 */
import type * as A from './ast.ts';
import { CO } from './code.ts';
import { getDocString } from './ast_opt.ts';
import { syntaxError, type SourceInfo } from './errors_at.ts';

/** CPython 3.11: Include/cpython/compile.h PyFutureFeatures. */
export interface FutureFeatures {
  ff_features: number;
  /** Line of the last future statement, -1 if none. */
  ff_lineno: number;
}

const ERR_LATE_FUTURE = 'from __future__ imports must occur at the beginning of the file';

/** Features that exist and change nothing in 3.11. */
const ACCEPTED = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'generator_stop',
]);

/** CPython 3.11: Python/future.c future_check_features. */
function futureCheckFeatures(ff: FutureFeatures, s: A.ImportFrom, src: SourceInfo): void {
  for (const name of s.names) {
    const feature = name.name;
    if (ACCEPTED.has(feature)) continue;
    if (feature === 'barry_as_FLUFL') ff.ff_features |= CO.FUTURE_BARRY_AS_BDFL;
    else if (feature === 'annotations') ff.ff_features |= CO.FUTURE_ANNOTATIONS;
    else if (feature === 'braces') {
      throw syntaxError(src, 'not a chance', s.lineno, s.col_offset + 1, s.lineno, -1);
    } else {
      throw syntaxError(src, `future feature ${feature} is not defined`, s.lineno, s.col_offset + 1, s.lineno, -1);
    }
  }
}

/** CPython 3.11: Python/future.c _PyFuture_FromAST / future_parse. */
export function futureFromAST(mod: A.mod, src: SourceInfo): FutureFeatures {
  const ff: FutureFeatures = { ff_features: 0, ff_lineno: -1 };
  if (mod._type !== 'Module' && mod._type !== 'Interactive') return ff;
  const body = mod.body;
  if (body.length === 0) return ff;
  let done = false;
  let prevLine = 0;
  let i = getDocString(body) !== null ? 1 : 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) return ff;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      if (done) throw syntaxError(src, ERR_LATE_FUTURE, s.lineno, s.col_offset, s.lineno, -1);
      futureCheckFeatures(ff, s, src);
      ff.ff_lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}
