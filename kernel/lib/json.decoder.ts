/**
 * json.decoder: the decoder half of json (its classes live in json itself).
 * CPython 3.11: Lib/json/decoder.py.
 */
export const source = String.raw`"""Implementation of JSONDecoder"""
from json import JSONDecoder, JSONDecodeError, _scanstring as scanstring

__all__ = ['JSONDecoder', 'JSONDecodeError']
`;
