/**
 * NON-CPYTHON: the frames a diagram draws and the names they bind.
 * CPython 3.11: Include/internal/pycore_frame.h (_PyInterpreterFrame: f_func, f_locals,
 * localsplus, the value stack), Include/internal/pycore_code.h (co_localspluskinds).
 *
 * The thread's frames are read from `currentFrame` back through `previous` (the running
 * generators' frames among them); suspended generator frames are added by the snapshot as it
 * finds their generators. A frame's names are its co_localsplusnames in order; a module or
 * class body also lists its namespace dict's entries (not the dunder ones) as `global` names.
 */
import type { FrameSnapshot, NameBinding } from '../protocol.ts';
import type { PyObject } from '../objects/pyobject.ts';
import { type Frame } from '../vm/frame.ts';
import { currentFrame } from '../vm/ceval.ts';
import { CO_FAST } from '../compile/code.ts';
import { PyCellObject } from '../objects/codeobject.ts';
import { PyDictObject } from '../objects/dictobject.ts';
import { PyUnicodeObject } from '../objects/unicodeobject.ts';

/** A frame and the objects its names are bound to, in binding order. */
export interface FrameRecord {
  frame: Frame | null;
  snapshot: FrameSnapshot;
  /** The object of each binding (null for unbound names), parallel to snapshot.names. */
  targets: (PyObject | null)[];
  /** The namespace dict of a module or class body (drawn, its entries are the global names). */
  namespace: PyDictObject | null;
}

/** The thread's frames, outermost first. */
export function threadFrames(): Frame[] {
  const out: Frame[] = [];
  for (let f: Frame | null = currentFrame; f !== null; f = f.previous) out.push(f);
  return out.reverse();
}

/** Stable ids for frames: the frame running `__main__`'s globals is always 1. */
export class FrameIds {
  private ids = new WeakMap<Frame, number>();
  private next = 2;
  static readonly MAIN = 1;

  of(f: Frame, mainGlobals: PyDictObject | null): number {
    let id = this.ids.get(f);
    if (id === undefined) {
      id = f.locals !== null && f.locals === mainGlobals ? FrameIds.MAIN : this.next++;
      this.ids.set(f, id);
    }
    return id;
  }
}

/** A dunder name (`__name__`, `__builtins__`): the interpreter's, not the program's. */
function isDunder(s: string): boolean {
  return s.length > 4 && s.startsWith('__') && s.endsWith('__');
}

/** The namespace's program names, in dict order. */
function namespaceNames(d: PyDictObject, names: NameBinding[], targets: (PyObject | null)[]): void {
  const dk = d.keys;
  for (let i = 0; i < dk.nentries; i++) {
    const k = dk.keys[i];
    if (!(k instanceof PyUnicodeObject) || isDunder(k.s)) continue;
    const v = dk.values[i]!;
    names.push({ name: k.s, addr: v.addr, kind: 'global' });
    targets.push(v);
  }
}

/** The fast locals, cells and free variables, in co_localsplusnames order. */
function fastNames(f: Frame, names: NameBinding[], targets: (PyObject | null)[]): void {
  const unit = f.code.unit;
  const lp = f.localsplus;
  for (let i = 0; i < lp.length; i++) {
    const v = lp[i];
    const k = unit.localspluskinds[i];
    // Before MAKE_CELL runs, a cell variable's slot still holds the plain argument.
    const cell = v instanceof PyCellObject;
    const kind = cell && k & CO_FAST.FREE ? 'free' : cell && k & CO_FAST.CELL ? 'cell' : 'local';
    names.push({ name: unit.localsplusnames[i], addr: v === null ? null : v.addr, kind });
    targets.push(v);
  }
}

export function frameRecord(f: Frame, id: number, suspended: boolean): FrameRecord {
  const names: NameBinding[] = [];
  const targets: (PyObject | null)[] = [];
  const ns = f.locals instanceof PyDictObject ? f.locals : null;
  if (ns !== null) namespaceNames(ns, names, targets);
  fastNames(f, names, targets);
  return {
    frame: f,
    snapshot: {
      id,
      codeName: f.code.name.s,
      filename: f.code.filename.s,
      line: f.lineno(),
      suspended,
      globals: ns === null ? null : ns.addr,
      names,
    },
    targets,
    namespace: ns,
  };
}

/**
 * NON-CPYTHON: `__main__`'s globals when no frame runs them (before the first line, after the
 * last): drawn as the module frame, so the program's names stay in the picture.
 */
export function mainRecord(globals: PyDictObject, filename: string, line: number): FrameRecord {
  const names: NameBinding[] = [];
  const targets: (PyObject | null)[] = [];
  namespaceNames(globals, names, targets);
  return {
    frame: null,
    snapshot: { id: FrameIds.MAIN, codeName: '<module>', filename, line, suspended: false, globals: globals.addr, names },
    targets,
    namespace: globals,
  };
}
