/**
 * json.encoder: the encoder half of json (its classes live in json itself).
 * CPython 3.11: Lib/json/encoder.py.
 */
export const source = String.raw`"""Implementation of JSONEncoder"""
from json import (JSONEncoder, encode_basestring, encode_basestring_ascii,
                  py_encode_basestring, py_encode_basestring_ascii, INFINITY)
`;
