/**
 * collections.abc: the public face of _collections_abc.
 * CPython 3.11: Lib/collections/abc.py.
 */
export const source = String.raw`from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias
`;
