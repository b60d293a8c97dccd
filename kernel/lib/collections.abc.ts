/**
 * collections.abc: the container ABCs, defined in _collections_abc (whose classes already name
 * collections.abc as their module); this submodule re-exports them, with __all__ and the
 * Callable alias class.
 * NON-CPYTHON: written for the kernel (CPython 3.11's Lib/collections/abc.py does the same).
 */
export const source = String.raw`from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias
`;
