/**
 * json.encoder: the encoding half of json. JSONEncoder and the string escapers are defined in
 * the json package itself (kernel/lib/json.ts); this submodule re-exports them.
 * NON-CPYTHON: written for the kernel (CPython 3.11 defines them here, in Lib/json/encoder.py).
 */
export const source = String.raw`"""Implementation of JSONEncoder"""
from json import (JSONEncoder, encode_basestring, encode_basestring_ascii,
                  py_encode_basestring, py_encode_basestring_ascii, INFINITY)
`;
