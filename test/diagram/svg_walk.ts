// A tiny XML reader for the renderer's own output: elements, attributes and text, entities
// decoded. It throws on anything not well formed (unclosed or mismatched tags, a bare '<' or
// '&', a stray quote), which is how the tests prove that all text was escaped.

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: El[];
  /** Text directly inside, entities decoded. */
  text: string;
  parent: El | null;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(s)) throw new Error(`bare & in ${JSON.stringify(s.slice(0, 60))}`);
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e[0] !== '#') return ENTITY[e];
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
const ATTR = /([\w:-]+)="([^"]*)"/g;

export function parseXml(src: string): El {
  const root: El = { tag: '#root', attrs: {}, children: [], text: '', parent: null };
  let cur = root;
  let i = 0;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const chunk = src.slice(i, lt < 0 ? src.length : lt);
    if (chunk.includes('>')) throw new Error(`bare > in ${JSON.stringify(chunk.slice(0, 60))}`);
    cur.text += decode(chunk);
    if (lt < 0) break;
    TAG.lastIndex = lt;
    const m = TAG.exec(src);
    if (m === null) throw new Error(`bad markup at ${lt}: ${JSON.stringify(src.slice(lt, lt + 60))}`);
    const [whole, close, tag, attrText, selfClose] = m;
    if (close === '/') {
      if (cur.tag !== tag) throw new Error(`</${tag}> closes <${cur.tag}>`);
      cur = cur.parent!;
    } else {
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(ATTR)) {
        if (a[1] in attrs) throw new Error(`duplicate attribute ${a[1]}`);
        attrs[a[1]] = decode(a[2]);
      }
      const el: El = { tag, attrs, children: [], text: '', parent: cur };
      cur.children.push(el);
      if (selfClose !== '/') cur = el;
    }
    i = lt + whole.length;
  }
  if (cur !== root) throw new Error(`<${cur.tag}> not closed`);
  if (root.children.length !== 1) throw new Error('expected one root element');
  return root.children[0];
}

/** Every element under `el` (itself included), depth first. */
export function all(el: El): El[] {
  const out: El[] = [el];
  for (const c of el.children) out.push(...all(c));
  return out;
}

export function hasClass(el: El, cls: string): boolean {
  return (el.attrs.class ?? '').split(/\s+/).includes(cls);
}

/** Elements with all the given classes. */
export function byClass(el: El, ...classes: string[]): El[] {
  return all(el).filter((e) => classes.every((c) => hasClass(e, c)));
}

/** All text under `el`, concatenated per <text> element. */
export function texts(el: El): string[] {
  return all(el).filter((e) => e.tag === 'text' || e.tag === 'li' || e.tag === 'title' || e.tag === 'desc').map((e) => e.text);
}
