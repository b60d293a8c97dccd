/**
 * NON-CPYTHON: which objects a snapshot draws, and the rows of each (kernel/PROTOCOL.md, "What
 * the kernel draws"): a breadth-first walk from the frames' names over the referents that
 * kernel/observe/referents.ts lists, never into the interpreter's own objects.
 */
import type { ExternalRef, ObjectSnapshot, ObjectState, Referent, ReferentKind, ReferentLabel } from '../protocol.ts';
import { type PyObject, PyTypeObject, TPFlags } from '../objects/pyobject.ts';
import { PyModuleObject } from '../objects/moduleobject.ts';
import { PyCodeObject } from '../objects/codeobject.ts';
import { PyCFunctionObject } from '../objects/methodobject.ts';
import { PyDescrObject } from '../objects/descrobject.ts';
import { PyFunctionObject } from '../objects/funcobject.ts';
import { PyDictObject } from '../objects/dictobject.ts';
import { PyUnicodeObject } from '../objects/unicodeobject.ts';
import { PyGenObject } from '../objects/genobject.ts';
import { PyFrameObjectT, PyTracebackObject } from '../vm/frame.ts';
import { type RefSink, type Via, indexText, visitReferences } from './referents.ts';
import { PyListObject, PyList_Type } from '../objects/listobject.ts';
import { PyTupleObject, PyTuple_Type } from '../objects/tupleobject.ts';
import { summarize } from './summary.ts';
import { loadedModules, mainGlobals, strKeyValue } from './runtime_roots.ts';


/**
 * Labels are shared between referents and snapshots (they are plain data no consumer changes):
 * a list of a thousand items makes its index labels once.
 */
const labels = new Map<ReferentKind, Map<string, ReferentLabel>>();
let labelCount = 0;
const enum Labels {
  /** Labels kept at most (the index and name labels of ordinary programs). */
  MAX = 20_000,
}

export function labelOf(kind: ReferentKind, text: string): ReferentLabel {
  let byText = labels.get(kind);
  if (byText === undefined) labels.set(kind, (byText = new Map()));
  let l = byText.get(text);
  if (l === undefined) {
    l = { kind, text };
    if (labelCount < Labels.MAX) {
      byText.set(text, l);
      labelCount++;
    }
  }
  return l;
}

export interface Node {
  o: PyObject;
  state: ObjectState;
  referents: Referent[];
  /** The objects of `referents`, parallel. */
  targets: PyObject[];
  /**
   * The inner object each referent passes through, parallel (see referents.ts Via); the shared
   * empty list while none does (reading past its end gives undefined, as for a row without one).
   */
  vias: (Via | undefined)[];
  weak: Referent[];
  weakTargets: PyObject[];
  /** References held but not drawn as rows. */
  hidden: { target: PyObject; what: string; via?: Via }[];
  omitted: number;
  /** A namespace dict: its entries are frame names, not followed from here. */
  namespace: boolean;
  /** Drawn without its contents (a function or class of another module). */
  leaf: boolean;
  /**
   * The object's referents in the previous snapshot (or none): a row equal to the one at the
   * same index there is that very record (see Drawing.previous).
   */
  prior: readonly Referent[];
  /** The object's record in the previous snapshot (the incremental path), if it had one. */
  before: ObjectSnapshot | undefined;
  /** The record the snapshot made of it (a node replayed at the next step has it as `before`). */
  record: ObjectSnapshot | null;
  /** Its generation if it is tracked (set by the snapshot: 2 unless found in a younger list). */
  generation: 0 | 1 | 2 | 'permanent';
  /** The thread's frames reach it through strong references (snapshot.ts markReachable). */
  reached: boolean;
  /** Holders (holders.ts): the drawn references to it, counted once the drawing is complete. */
  shown: number;
  /** Holders: its external references, in the order they were made (the shared empty list while none). */
  externals: ExternalRef[];
  /**
   * Garbage (drawn `unreachable`): the objects its expansion wanted, in order (with those
   * already drawn), so that a later step can replay it; null for other objects.
   */
  wants: PyObject[] | null;
  /** The previous step's node of the same unchanged garbage object, whose rows this one takes. */
  source: Node | null;
  /** Its rows were the previous step's (taken from `source`, then let go). */
  replayed: boolean;
}

/** The interpreter's own objects around the program's. */
export interface World {
  main: PyDictObject | null;
  mainName: string;
  /** Module objects and their dicts. */
  moduleDicts: Map<PyDictObject, string>;
  modules: Map<PyModuleObject, string>;
}

export function world(): World {
  const main = mainGlobals();
  const moduleDicts = new Map<PyDictObject, string>();
  const modules = new Map<PyModuleObject, string>();
  for (const { name, module } of loadedModules()) {
    modules.set(module, name);
    moduleDicts.set(module.dict, name);
  }
  const n = main === null ? null : strKeyValue(main, '__name__');
  return { main, mainName: n instanceof PyUnicodeObject ? n.s : '__main__', moduleDicts, modules };
}

function isHeapType(t: PyTypeObject): boolean {
  return (t.tp_flags & TPFlags.HEAPTYPE) !== 0;
}

const enum Kind {
  /** An object of the program's: drawn. */
  DRAWN,
  /** Builtin types: the interpreter's, never drawn nor entered. */
  RUNTIME,
  /** A module: the interpreter's when sys.modules has it, else the program's (types.ModuleType('m')). */
  MODULE,
  /** Code objects, descriptors, frame and traceback objects: not drawn, but entered. */
  UNDRAWN,
  /** A dict: a module's dict is the interpreter's. */
  DICT,
  /** A builtin function: a module's is the interpreter's, a bound one (`lst.append`) is drawn. */
  CFUNCTION,
}

/** What kind each type's instances are (types are few: computed once each). */
const kinds = new Map<PyTypeObject, Kind>();

function kindOfType(t: PyTypeObject, sample: PyObject): Kind {
  let k = kinds.get(t);
  if (k !== undefined) return k;
  if (sample instanceof PyModuleObject) k = Kind.MODULE;
  else if (sample instanceof PyTypeObject) k = Kind.DRAWN;
  else if (sample instanceof PyDictObject) k = Kind.DICT;
  else if (sample instanceof PyCFunctionObject) k = Kind.CFUNCTION;
  else if (sample instanceof PyCodeObject || sample instanceof PyDescrObject || sample instanceof PyFrameObjectT || sample instanceof PyTracebackObject) k = Kind.UNDRAWN;
  else k = Kind.DRAWN;
  kinds.set(t, k);
  return k;
}

/** The interpreter's objects: never drawn, and not entered when looking for holders. */
export function isRuntime(o: PyObject, w: World): boolean {
  switch (kindOfType(o.ob_type, o)) {
    case Kind.RUNTIME:
      return true;
    case Kind.MODULE:
      return w.modules.has(o as PyModuleObject);
    case Kind.DRAWN:
      return o instanceof PyTypeObject && !isHeapType(o);
    case Kind.DICT:
      return o !== w.main && w.moduleDicts.has(o as PyDictObject);
    default:
      return false;
  }
}

/** Objects a diagram does not draw (it shows a row pointing at them, with no box). */
function isUndrawn(o: PyObject, w: World): boolean {
  switch (kindOfType(o.ob_type, o)) {
    case Kind.RUNTIME:
    case Kind.UNDRAWN:
      return true;
    case Kind.MODULE:
      return w.modules.has(o as PyModuleObject);
    case Kind.DRAWN:
      return o instanceof PyTypeObject && !isHeapType(o);
    case Kind.DICT:
      return o === w.main || w.moduleDicts.has(o as PyDictObject);
    case Kind.CFUNCTION: {
      const self = (o as PyCFunctionObject).self;
      return self === null || self instanceof PyModuleObject;
    }
  }
}

/** A function or class of another module: drawn, but not what it holds. */
function isForeign(o: PyObject, w: World): boolean {
  if (o instanceof PyFunctionObject) return o.globals !== w.main;
  if (o instanceof PyTypeObject && isHeapType(o) && o.tp_dict instanceof PyDictObject) {
    const m = strKeyValue(o.tp_dict, '__module__');
    return !(m instanceof PyUnicodeObject && m.s === w.mainName);
  }
  return false;
}

/** The row of `node` about to be added: the previous snapshot's record when it is the same row. */
function referent(node: Node, kind: ReferentKind, text: string, target: PyObject): Referent {
  const p = node.prior[node.referents.length];
  if (p !== undefined && p.addr === target.addr && p.label.kind === kind && p.label.text === text) return p;
  return { label: labelOf(kind, text), addr: target.addr };
}

/** The shared empty list of a node's weak and hidden references (never pushed to). */
const NONE: never[] = [];

/**
 * `old` when a node can take its rows: a garbage node of the previous step whose references
 * all were rows or hidden ones of its own (none through an inner object, which another step
 * may draw or not).
 */
function replayable(old: Node | undefined, namespace: boolean): Node | null {
  if (old === undefined || old.wants === null || old.namespace !== namespace || old.vias !== NONE) return null;
  return old.hidden.every((h) => h.via === undefined) ? old : null;
}

/**
 * The first `n` items are `prior`'s rows: not null, at the addresses and index labels of the rows
 * (and then so are all items: a null item would have been no row).
 */
function sameItems(prior: readonly Referent[], items: readonly (PyObject | null)[], n: number): boolean {
  for (let i = 0; i < n; i++) {
    const v = items[i];
    const p = prior[i];
    if (v === null || p.addr !== v.addr || p.label.kind !== 'index' || p.label.text !== indexText(i)) return false;
  }
  for (let i = n; i < items.length; i++) if (items[i] === null) return false;
  return true;
}

function hide(node: Node, h: Node['hidden'][number], through?: Set<Node>): void {
  if (node.hidden === NONE) node.hidden = [];
  node.hidden.push(h);
  if (h.via !== undefined) through?.add(node);
}

export class Drawing implements RefSink {
  readonly nodes = new Map<PyObject, Node>();
  /** The nodes in drawing order (the map's values, in an array: the passes over them are many). */
  readonly list: Node[] = [];
  private queue: Node[] = [];
  /** Inner objects the drawn objects' references pass through (see referents.ts Via). */
  readonly inners = new Set<PyObject>();
  /**
   * What the thread's frames reach (certainly not garbage) besides the drawn objects marked
   * `reached`: what the cap left undrawn, and undrawn objects the drawn ones hold without rows.
   */
  readonly reachedElse = new Set<PyObject>();

  /** Do the thread's frames reach `o` (as markReachable in snapshot.ts found)? */
  isReachable(o: PyObject): boolean {
    const n = this.nodes.get(o);
    return (n !== undefined && n.reached) || this.reachedElse.has(o);
  }
  /** Garbage that is not drawn (a frame object in a cycle): its references are walked. */
  readonly undrawnGarbage: PyObject[] = [];
  /** Objects wanted after the cap was reached (their references are counted as hidden). */
  readonly capped = new Set<PyObject>();
  /** Objects first drawn because a weak reference points at them (they may be garbage all the same). */
  drawnThroughWeak = 0;
  /** The drawn generators, in drawing order (their suspended frames are drawn too). */
  readonly generators: PyGenObject[] = [];

  /**
   * @param previous the previous snapshot's records by object, to reuse their referent records
   *   (the incremental path; an empty map makes every record anew)
   */
  constructor(
    readonly w: World,
    readonly maxObjects: number,
    readonly maxReferents: number,
    private readonly previous: ReadonlyMap<PyObject, ObjectSnapshot> = new Map(),
  ) {}

  want(o: PyObject | null, state: ObjectState = 'live'): void {
    if (o !== null) this.wantDrawn(o, state);
  }

  /** want(o, state), then: is `o` drawn? */
  wantDrawn(o: PyObject, state: ObjectState): boolean {
    if (this.nodes.has(o)) return true;
    if (o.ob_refcnt <= 0 || isUndrawn(o, this.w)) return false;
    if (this.nodes.size >= this.maxObjects) {
      this.capped.add(o);
      return false;
    }
    this.add(o, state, false);
    return true;
  }

  /** A namespace dict (module or class body): drawn, its entries being frame names. */
  wantNamespace(d: PyDictObject): void {
    if (!this.nodes.has(d)) this.add(d, 'live', true);
  }

  private add(o: PyObject, state: ObjectState, namespace: boolean): void {
    const leaf = !namespace && isForeign(o, this.w);
    const garbage = state === 'unreachable';
    const source = garbage && this.replayMembers?.has(o) ? replayable(this.replaySource!.get(o), namespace) : null;
    if (source !== null && source.record !== null) {
      // Its node of the previous step serves again (replay keeps its rows; the rest starts anew).
      // That step's record of it is the previous record (an object freed since is no member).
      this.reuse(source, state, source.record, leaf);
      return;
    }
    const before = this.previous.get(o);
    // Most objects hold no weak or hidden references: those lists start as the shared empty one.
    const prior = before?.referents ?? NONE;
    const n: Node = { o, state, referents: NONE, targets: NONE, vias: NONE, weak: NONE, weakTargets: NONE, hidden: NONE, omitted: 0, namespace, leaf, prior, before, record: null, generation: 2, reached: false, shown: 0, externals: NONE, wants: garbage ? [] : null, source: null, replayed: false };
    this.nodes.set(o, n);
    this.list.push(n);
    if (o instanceof PyGenObject) this.generators.push(o);
    this.queue.push(n);
  }

  /** add() for an object whose node of the previous step can be replayed: that node, reset. */
  private reuse(n: Node, state: ObjectState, before: ObjectSnapshot | undefined, leaf: boolean): void {
    n.state = state;
    n.leaf = leaf;
    n.prior = before?.referents ?? NONE;
    n.before = before;
    n.record = null;
    n.generation = 2;
    n.reached = false;
    n.shown = 0;
    n.externals = NONE;
    n.source = n;
    n.replayed = false;
    this.nodes.set(n.o, n);
    this.list.push(n);
    if (n.o instanceof PyGenObject) this.generators.push(n.o as PyGenObject);
    this.queue.push(n);
  }

  private replaySource: ReadonlyMap<PyObject, Node> | null = null;
  private replayMembers: ReadonlySet<PyObject> | null = null;

  /**
   * Garbage known not to have changed since the previous step (garbage.ts FrozenGarbage): its
   * objects take the rows their nodes of `nodes` had, and want again what those wanted.
   */
  replayFrom(nodes: ReadonlyMap<PyObject, Node>, members: ReadonlySet<PyObject>): void {
    this.replaySource = nodes;
    this.replayMembers = members;
  }

  /** Lists the references of every wanted object, wanting what they reach. */
  expand(): void {
    for (let i = 0; i < this.queue.length; i++) {
      const node = this.queue[i];
      if (node.source !== null) {
        this.replay(node, node.source);
        continue;
      }
      this.cur = node;
      this.follow = !node.namespace && !node.leaf;
      const o = node.o;
      if (this.follow && (o.ob_type === PyList_Type || o.ob_type === PyTuple_Type)) this.sequence(node, (o as PyListObject | PyTupleObject).items);
      else visitReferences(o, this);
    }
    this.queue.length = 0;
    this.cur = null;
  }

  /**
   * What visitReferences does for a list or tuple of the exact type (an `index` row per item, up
   * to the cap, the rest hidden; each item wanted), taking the previous record's rows as they
   * are when they list the same items: no row is made or compared twice.
   */
  private sequence(node: Node, items: readonly (PyObject | null)[]): void {
    const shown = Math.min(items.length, this.maxReferents);
    const prior = node.prior;
    if (prior.length === shown && sameItems(prior, items, shown)) {
      if (shown > 0) {
        node.referents = prior as Referent[];
        node.targets = items.slice(0, shown) as PyObject[];
      }
      for (let i = shown; i < items.length; i++) {
        node.omitted++;
        hide(node, { target: items[i]!, what: 'items left out', via: undefined });
      }
      for (let i = 0; i < items.length; i++) this.wantRow(items[i]!);
      return;
    }
    visitReferences(node.o, this);
  }

  /** What expanding `node` would do, taken from `old`: the same object, holding the same references. */
  private replay(node: Node, old: Node): void {
    // (`node` is `old`, reused: see reuse.)
    node.referents = old.referents;
    node.targets = old.targets;
    node.weak = old.weak;
    node.weakTargets = old.weakTargets;
    node.hidden = old.hidden;
    node.omitted = old.omitted;
    node.wants = old.wants;
    node.source = null;
    node.replayed = true;
    for (const t of old.wants!) this.want(t);
  }

  /** want(target) for a row followed from the object being expanded, noted for a replay. */
  private wantRow(target: PyObject): void {
    this.cur!.wants?.push(target);
    this.want(target);
  }

  // The RefSink of the object being expanded (`cur`): one sink for all, no closure per object.
  private cur: Node | null = null;
  private follow = false;

  private row(kind: ReferentKind, text: string, target: PyObject, via: Via | undefined): void {
    const node = this.cur!;
    if (via !== undefined) this.inners.add(via.obj);
    if (node.leaf) {
      hide(node, { target, what: text, via }, this.throughInners);
      return;
    }
    if (node.referents.length >= this.maxReferents) {
      node.omitted++;
      hide(node, { target, what: 'items left out', via }, this.throughInners);
      return;
    }
    // Most objects list no rows (ints, strings, empty lists): the lists start as the shared empty one.
    if (node.referents === NONE) {
      node.referents = [];
      node.targets = [];
    }
    node.referents.push(referent(node, kind, text, target));
    node.targets.push(target);
    if (via !== undefined) {
      if (node.vias === NONE) node.vias = new Array<Via | undefined>(node.targets.length - 1).fill(undefined);
      node.vias.push(via);
      this.throughInners.add(node);
    } else if (node.vias !== NONE) node.vias.push(undefined);
  }

  ref(kind: ReferentKind, text: string, target: PyObject, via?: Via): void {
    this.row(kind, text, target, via);
    if (this.follow && !(kind === 'attr' && text === '__globals__')) this.wantRow(target);
  }

  entry(key: PyObject, value: PyObject): void {
    const text = summarize(key);
    this.row('key', text, key, undefined);
    this.row('value', text, value, undefined);
    if (this.follow) this.wantRow(value);
  }

  weak(text: string, target: PyObject): void {
    const node = this.cur!;
    if (node.leaf) return;
    if (node.weak === NONE) {
      node.weak = [];
      node.weakTargets = [];
    }
    node.weak.push({ label: labelOf('other', text), addr: target.addr });
    node.weakTargets.push(target);
    if (!this.follow) return;
    const drawn = this.nodes.size;
    this.wantRow(target);
    if (this.nodes.size > drawn) this.drawnThroughWeak++;
  }

  hidden(target: PyObject, what: string, via?: Via): void {
    if (via !== undefined) this.inners.add(via.obj);
    hide(this.cur!, { target, what, via }, this.throughInners);
  }

  /** The nodes with a reference through an inner object (rows or hidden): what collapseDrawnInners looks at. */
  private readonly throughInners = new Set<Node>();

  /**
   * An inner object drawn after all (the program holds `f.__defaults__`) is shown as one edge
   * from the outer object; its items are its own referents.
   */
  collapseDrawnInners(): void {
    // Only nodes with a reference through an inner object can change (each independently).
    for (const n of this.throughInners) {
      if (!n.vias.some((v) => v !== undefined && this.nodes.has(v.obj)) && !n.hidden.some((h) => h.via !== undefined && this.nodes.has(h.via.obj))) continue;
      const referents: Referent[] = [];
      const targets: PyObject[] = [];
      const vias: (Via | undefined)[] = [];
      const shown = new Set<PyObject>();
      const edgeTo = (v: Via): void => {
        if (shown.has(v.obj)) return;
        shown.add(v.obj);
        referents.push({ label: labelOf('attr', v.text), addr: v.obj.addr });
        targets.push(v.obj);
        vias.push(undefined);
      };
      for (let i = 0; i < n.referents.length; i++) {
        const v = n.vias[i];
        if (v !== undefined && this.nodes.has(v.obj)) edgeTo(v);
        else {
          referents.push(n.referents[i]);
          targets.push(n.targets[i]);
          vias.push(v);
        }
      }
      const hidden = n.hidden.filter((h) => !(h.via !== undefined && this.nodes.has(h.via.obj)));
      for (const h of n.hidden) if (h.via !== undefined && this.nodes.has(h.via.obj)) edgeTo(h.via);
      n.referents = referents;
      n.targets = targets;
      n.vias = vias;
      n.hidden = hidden;
    }
  }
}
