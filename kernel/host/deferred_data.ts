/**
 * NON-CPYTHON: the kernel's large texts that few programs need — the Unicode character names of
 * "\N{...}" escapes (compile/unicode_names.ts) and the text `license()` shows
 * (modules/_sitebuiltins_license.ts) — are read through `deferredData` when first used, so that
 * a host may ship them apart from the kernel's code. Such a host's bundler puts a reference in
 * the text's place (a string the host recognises: the site's worker bundle,
 * site/cells/build/lib-on-demand.ts) and the host installs, before it runs code, a loader that
 * turns the reference into the text (site/cells/worker/lib-on-demand.ts). With no loader (Node:
 * the command line, the tests, the site's build) the constant is the text itself.
 */

/** Gives the text a constant stands for; it is called with the text itself too, and returns it. */
export type DataLoader = (value: string) => string;

let loader: DataLoader | null = null;

/** Installs (or, with null, removes) the host's loader. */
export function setDataLoader(l: DataLoader | null): void {
  loader = l;
}

/** The text of a deferred constant: itself, unless the host's bundle left a reference there. */
export function deferredData(value: string): string {
  return loader === null ? value : loader(value);
}
