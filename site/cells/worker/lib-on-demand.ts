/**
 * The kernel's modules written in Python (kernel/lib/), fetched when a program first imports them
 * instead of travelling in the worker's bundle: they are more than a third of it, and a chapter
 * imports few of them (`decimal` alone is larger than the rest of a page's code).
 *
 * The site's build (site/cells/build/lib-on-demand.ts) writes each source as a file of its own
 * beside the worker and leaves in the bundle, in the source's place, a marker naming that file.
 * Here the kernel's table of module sources (`pythonModules`) is taught to replace a marker by
 * the file's text the first time the kernel asks for it. An import is synchronous inside the
 * kernel, so the file is fetched with a synchronous request (allowed in a worker, and it blocks
 * only the worker); `prefetch` fetches ahead, asynchronously, the modules a cell's code names.
 * The kernel's deferred texts (the Unicode character names of "\N{...}", the text of license())
 * leave the bundle the same way, and the loader installed into kernel/host/deferred_data.ts
 * fetches one the first time the kernel reads it.
 * In `astro dev` the worker is not bundled: there are no markers and this does nothing.
 */
import { setDataLoader } from '../../../kernel/host/deferred_data.ts';
import { pythonModules } from '../../../kernel/vm/import.ts';

/** Starts a marker: the rest is the file's path (a module's source, a text), relative to the worker's script. */
export const LIB_MARKER = '\u0000heapbook-lib:';

/** Fetched sources not yet handed to the kernel, by marker. */
const fetched = new Map<string, Promise<string | null>>();
const ready = new Map<string, string>();

function urlOf(marker: string): string {
  return new URL(marker.slice(LIB_MARKER.length), self.location.href).href;
}

function fetchNow(marker: string): string {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', urlOf(marker), false);
  xhr.send();
  if (xhr.status !== 200) throw new Error(`could not fetch ${urlOf(marker)} (HTTP ${xhr.status})`);
  return xhr.responseText;
}

/** The deferred texts fetched so far, by marker. */
const texts = new Map<string, string>();

/** Makes `pythonModules.get` give sources, and the kernel's deferred texts be, in place of their markers. */
export function installLibOnDemand(): void {
  setDataLoader((value) => {
    if (!value.startsWith(LIB_MARKER)) return value;
    let text = texts.get(value);
    if (text === undefined) texts.set(value, (text = fetchNow(value)));
    return text;
  });
  const get = pythonModules.get.bind(pythonModules);
  pythonModules.get = (name: string): string | undefined => {
    const s = get(name);
    if (s === undefined || !s.startsWith(LIB_MARKER)) return s;
    const text = ready.get(s) ?? fetchNow(s);
    ready.delete(s);
    fetched.delete(s);
    pythonModules.set(name, text);
    return text;
  };
}

/** The modules `import a.b, c` and `from d import e` name: a, a.b, c, d. */
function importedNames(code: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(/^[ \t]*(?:import[ \t]+([\w., \t]+)|from[ \t]+([\w.]+)[ \t]+import)/gm)) {
    for (const part of (m[1] ?? m[2]!).split(',')) {
      const dotted = part.trim().split(/[ \t]+/)[0]!.split('.');
      for (let i = 1; i <= dotted.length; i++) names.push(dotted.slice(0, i).join('.'));
    }
  }
  return names;
}

/**
 * Fetches, all at once and without blocking, the sources of the not yet loaded modules that
 * `code` imports and those their sources import in turn; resolves when they are here (or failed:
 * the import then fetches again, synchronously, and reports the error).
 */
export async function prefetch(code: string): Promise<void> {
  const seen = new Set<string>();
  const visit = async (source: string): Promise<void> => {
    await Promise.all(importedNames(source).map(async (name) => {
      if (seen.has(name)) return;
      seen.add(name);
      const s = peek(name);
      if (s === undefined) return;
      let p = fetched.get(s);
      if (p === undefined) {
        p = fetch(urlOf(s)).then((r) => (r.ok ? r.text() : null)).catch(() => null);
        fetched.set(s, p);
      }
      const text = await p;
      if (text === null) return;
      ready.set(s, text);
      await visit(text);
    }));
  };
  await visit(code);
}

/** A module's marker, if its source is still to be fetched. */
function peek(name: string): string | undefined {
  const s = Map.prototype.get.call(pythonModules, name) as string | undefined;
  return s !== undefined && s.startsWith(LIB_MARKER) ? s : undefined;
}
