/**
 * Binding call arguments to a new frame's locals.
 * CPython 3.11: Python/ceval.c initialize_locals, _PyEvalFramePushAndInit, too_many_positional,
 * missing_arguments, _PyFunction_Vectorcall.
 */
import type { PyObject } from '../objects/pyobject.ts';
import { decref, incref } from '../memory/refcount.ts';
import { raise } from './errors.ts';
import { PyExc_TypeError } from '../objects/exceptions.ts';
import { PyFunctionObject } from '../objects/funcobject.ts';
import { CodeFlags } from '../objects/codeobject.ts';
import { PyDict_New, PyDict_SetItem, PyDict_GetItemWithError, PyDictObject } from '../objects/dictobject.ts';
import { tupleFromArraySteal, emptyTupleRef } from '../objects/tupleobject.ts';
import { PyUnicode_FromString, internString } from '../objects/unicodeobject.ts';
import { Frame } from './frame.ts';

function plural(n: number, s: string): string {
  return n === 1 ? s : s + 's';
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

/**
 * CPython 3.11: Python/ceval.c initialize_locals. The references to the arguments are stolen
 * (moved into the locals) in every case; on error the remaining ones are released.
 * `args` holds positional values then keyword values (named by kwnames).
 */
export function initializeLocals(f: Frame, func: PyFunctionObject, args: PyObject[], argsStart: number, argcount: number, kwnames: string[] | null): void {
  const co = func.code;
  const unit = co.unit;
  const localsplus = f.localsplus;
  const coArgcount = unit.argcount;
  const totalArgs = coArgcount + unit.kwonlyargcount;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const qualname = func.qualname.s;
  let consumed = 0; // how many of args[argsStart ..] have been moved
  try {
    let kwdict: PyDictObject | null = null;
    if (unit.flags & CodeFlags.CO_VARKEYWORDS) {
      kwdict = PyDict_New();
      const i = unit.flags & CodeFlags.CO_VARARGS ? totalArgs + 1 : totalArgs;
      localsplus[i] = kwdict;
    }
    const n = argcount <= coArgcount ? argcount : coArgcount;
    for (let j = 0; j < n; j++) localsplus[j] = args[argsStart + j];
    consumed = n;
    if (unit.flags & CodeFlags.CO_VARARGS) {
      const extra = args.slice(argsStart + n, argsStart + argcount);
      consumed = argcount;
      localsplus[totalArgs] = extra.length === 0 ? emptyTupleRef() : tupleFromArraySteal(extra);
    }
    // Keyword arguments.
    const names = unit.localsplusnames;
    for (let k = 0; k < nkw; k++) {
      const keyword = kwnames![k];
      const value = args[argsStart + argcount + k];
      let j = -1;
      for (let p = unit.posonlyargcount; p < totalArgs; p++) {
        if (names[p] === keyword) {
          j = p;
          break;
        }
      }
      if (j < 0) {
        if (kwdict === null) {
          if (positionalOnlyPassedAsKeyword(unit.posonlyargcount, names, kwnames!)) {
            const bad = kwnames!.filter((kn) => names.slice(0, unit.posonlyargcount).includes(kn));
            raise(PyExc_TypeError, `${qualname}() got some positional-only arguments passed as keyword arguments: '${bad.join(', ')}'`);
          }
          raise(PyExc_TypeError, `${qualname}() got an unexpected keyword argument '${keyword}'`);
        }
        PyDict_SetItem(kwdict, internString(keyword), value);
        decref(value);
        args[argsStart + argcount + k] = null as unknown as PyObject;
        continue;
      }
      if (localsplus[j] !== null) {
        raise(PyExc_TypeError, `${qualname}() got multiple values for argument '${keyword}'`);
      }
      localsplus[j] = value;
      args[argsStart + argcount + k] = null as unknown as PyObject;
    }
    // Too many positional arguments.
    if (argcount > coArgcount && !(unit.flags & CodeFlags.CO_VARARGS)) {
      tooManyPositional(func, argcount, localsplus);
    }
    // Missing positional arguments: fill in defaults.
    const defaults = func.defaults !== null ? func.defaults.items : [];
    if (argcount < coArgcount) {
      const defcount = defaults.length;
      const m = coArgcount - defcount;
      const missing: string[] = [];
      for (let i = argcount; i < m; i++) if (localsplus[i] === null) missing.push(names[i]);
      if (missing.length > 0) {
        raise(PyExc_TypeError, `${qualname}() missing ${missing.length} required positional ${plural(missing.length, 'argument')}: ${quoteList(missing)}`);
      }
      for (let i = Math.max(n, m); i < coArgcount; i++) {
        if (localsplus[i] === null) {
          const d = defaults[i - m];
          incref(d);
          localsplus[i] = d;
        }
      }
    }
    // Keyword-only defaults.
    if (unit.kwonlyargcount > 0) {
      const missing: string[] = [];
      for (let i = coArgcount; i < totalArgs; i++) {
        if (localsplus[i] !== null) continue;
        const name = names[i];
        const d = func.kwdefaults !== null ? PyDict_GetItemWithError(func.kwdefaults, internString(name)) : null;
        if (d !== null) {
          incref(d);
          localsplus[i] = d;
        } else missing.push(name);
      }
      if (missing.length > 0) {
        raise(PyExc_TypeError, `${qualname}() missing ${missing.length} required keyword-only ${plural(missing.length, 'argument')}: ${quoteList(missing)}`);
      }
    }
  } catch (e) {
    // Release the arguments that were not moved into the frame (the frame releases the rest).
    for (let j = consumed; j < argcount; j++) decref(args[argsStart + j]);
    for (let k = 0; k < nkw; k++) {
      const v = args[argsStart + argcount + k];
      if (v !== null) decref(v);
    }
    throw e;
  }
}

function positionalOnlyPassedAsKeyword(posonly: number, names: string[], kwnames: string[]): boolean {
  for (let i = 0; i < posonly; i++) if (kwnames.includes(names[i])) return true;
  return false;
}

/** CPython 3.11: Python/ceval.c too_many_positional */
function tooManyPositional(func: PyFunctionObject, given: number, localsplus: (PyObject | null)[]): never {
  const unit = func.code.unit;
  const coArgcount = unit.argcount;
  const defcount = func.defaults !== null ? func.defaults.items.length : 0;
  let kwonlyGiven = 0;
  for (let i = coArgcount; i < coArgcount + unit.kwonlyargcount; i++) if (localsplus[i] !== null) kwonlyGiven++;
  let sig: string;
  if (defcount) {
    const atleast = coArgcount - defcount;
    sig = `from ${atleast} to ${coArgcount} positional arguments`;
  } else sig = `${coArgcount} positional ${plural(coArgcount, 'argument')}`;
  let kwonly = '';
  if (kwonlyGiven) {
    kwonly = ` positional ${plural(given, 'argument')} (and ${kwonlyGiven} keyword-only ${plural(kwonlyGiven, 'argument')})`;
  }
  const verb = given === 1 && !kwonlyGiven ? 'was' : 'were';
  if (kwonlyGiven) raise(PyExc_TypeError, `${func.qualname.s}() takes ${sig} but ${given}${kwonly} were given`);
  raise(PyExc_TypeError, `${func.qualname.s}() takes ${sig} but ${given} ${verb} given`);
}

export { PyUnicode_FromString };
