/**
 * NON-CPYTHON: summaries kept from one step to the next. A summary is made again only when one
 * of the objects it looked at reads differently (summary.ts Dep): a list's items, a dict's
 * entries, a float's value; otherwise the text is the one made before, character for character.
 */
import type { PyObject } from '../objects/pyobject.ts';
import { type Deps, depsHold, summarizeTraced } from './summary.ts';

interface Memo {
  text: string;
  deps: Deps;
}

export class SummaryMemo {
  private readonly memo = new WeakMap<PyObject, Memo>();

  /** summarize(o), from the memo when what it read still reads the same. */
  summarize(o: PyObject): string {
    const m = this.memo.get(o);
    if (m !== undefined && depsHold(m.deps)) return m.text;
    const deps: Deps = [];
    const text = summarizeTraced(o, deps);
    this.memo.set(o, { text, deps });
    return text;
  }
}
