/**
 * CPython 3.11: Python/compile.c _Py_Mangle — private name mangling.
 *
 * Inside `class C`, `__spam` becomes `_C__spam`. Dunder names (`__x__`), dotted names (only
 * seen in imports) and names in a class whose name is all underscores are left alone.
 */
export function mangle(privateobj: string | null, ident: string): string {
  if (privateobj === null || ident[0] !== '_' || ident[1] !== '_') return ident;
  const nlen = ident.length;
  // Don't mangle __id__ or names with dots.
  if ((ident[nlen - 1] === '_' && ident[nlen - 2] === '_') || ident.includes('.')) return ident;
  // Strip leading underscores from class name
  let ipriv = 0;
  while (privateobj[ipriv] === '_') ipriv++;
  if (ipriv === privateobj.length) return ident; // Don't mangle if class is just underscores
  return '_' + privateobj.slice(ipriv) + ident;
}
