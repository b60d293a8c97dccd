# json: dumps options (indent, sort_keys, separators), loads types, non-string keys, errors caught.
import json

data = {"name": "Ada", "langs": ["en", "fr"], "age": 36, "ratio": 0.5, "ok": True, "none": None, "t": (1, 2)}
text = json.dumps(data)
print(text)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps("é€"), json.dumps("é", ensure_ascii=False))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps(float("inf")), json.dumps(10 ** 20))
back = json.loads(text)
print(back, back == data, type(back["t"]).__name__)
print(json.loads('{"a": [1, 2.0, "x", null, false]}'), json.loads("1e3"), json.loads('"\\u00e9"'))
for bad in ('{"a": 1,}', "[1, 2", "nan_value", "{'a': 1}"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as error:
        print("JSONDecodeError:", error)
try:
    json.dumps({"s": {1, 2}})
except TypeError as error:
    print("TypeError:", error)
print(json.dumps({"d": object}, default=lambda o: o.__name__))
