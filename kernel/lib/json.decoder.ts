/**
 * json.decoder: the decoding half of json. JSONDecoder, JSONDecodeError and the string scanner
 * are defined in the json package itself (kernel/lib/json.ts); this submodule re-exports them.
 * NON-CPYTHON: written for the kernel (CPython 3.11 defines them here, in Lib/json/decoder.py).
 */
export const source = String.raw`"""Implementation of JSONDecoder"""
from json import JSONDecoder, JSONDecodeError, _scanstring as scanstring

__all__ = ['JSONDecoder', 'JSONDecodeError']
`;
