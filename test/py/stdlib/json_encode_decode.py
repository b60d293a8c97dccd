# json: encoding options (indent, separators, sort_keys, ensure_ascii, skipkeys, default,
# allow_nan, check_circular), decoding hooks, the positions in JSONDecodeError and the errors.
import json

data = {"name": "Heapbook", "pi": 3.14159, "big": 10 ** 20, "flags": [True, False, None], "nested": {"a": [1, {"b": "é\n"}]},
        "empty": {}, 2: "int key", 1.5: "float key", None: "null key"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False))
print(json.dumps([1, [2, [3]]], indent="\t", separators=(",", ":")))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=0), json.dumps("😀\x1f\"\\"), json.dumps("😀", ensure_ascii=False))
print(json.dumps([float("inf"), -float("inf"), float("nan"), 1e300, -0.0, 1 / 3]))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps({"p": Point(1, 2)}, default=vars), json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=Encoder), list(Encoder(indent=1).iterencode([1, 2])))
for call in (lambda: json.dumps(object()), lambda: json.dumps({(1,): 2}), lambda: json.dumps(float("nan"), allow_nan=False),
             lambda: json.dumps({"a": 1, 2: 3}, sort_keys=True)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)

text = '{"a": [1, 2.5, -3e2, true, null], "b": {"c": "\\u00e9\\ud83d\\ude00"}, "a": "dup"}'
print(json.loads(text), json.loads(b'[1, 2]'), json.loads(bytearray(b'"x"')), json.loads(b'\xef\xbb\xbf[1]'), json.loads('[2]'.encode('utf-16')))
print(json.loads(text, object_pairs_hook=lambda pairs: [k for k, _ in pairs]),
      json.loads('{"x": 1.5, "y": 7}', parse_float=str, parse_int=lambda s: int(s) * 10),
      json.loads('[NaN, Infinity]', parse_constant=lambda name: name), json.loads('{"k": {"j": 1}}', object_hook=len))
print(json.JSONDecoder().raw_decode('[1] trailing'), json.loads(' [ ] '), json.loads('"\\t\\/"'))
for doc in ["", "[1,]", '{"a" 1}', "[1 2]", '"abc', '{"a":\n 1,\n}', "nul", "01", "[1] x", '"\\x"', '\ufeff1', '"\x01"']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e.msg, "| line", e.lineno, "col", e.colno, "pos", e.pos)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
print(json.JSONDecodeError.__module__, json.JSONEncoder.__module__, json.decoder.JSONDecoder is json.JSONDecoder,
      issubclass(json.JSONDecodeError, ValueError))
