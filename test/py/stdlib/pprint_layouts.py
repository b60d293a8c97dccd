# pprint: what fits on a line is printed as repr() would; the rest is broken over lines per
# type (dicts sorted or not, lists, tuples, sets, long strings split at spaces, bytes, the
# collections types, dataclasses), with indent, width, depth and compact, and recursion shown.
import pprint
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque
from dataclasses import dataclass, field

record = {"zeta": list(range(12)), "alpha": ("x" * 30, "y" * 30), "mid": {"set": {3, 1, 2}, "fs": frozenset({5, 4})},
          "text": "word " * 20, "bytes": bytes(range(40)), "n": 10 ** 12, 7: None}
pprint.pprint(record)
pprint.pprint(record, width=40, indent=4, sort_dicts=False)
pprint.pprint(record, depth=1)
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint(record, width=60, underscore_numbers=True, compact=True)
print(pprint.pformat(("only one long element " * 4,)))
for obj in (OrderedDict((k, k * 8) for k in "abcdef"), defaultdict(list, {i: list(range(i)) for i in range(6)}),
            Counter("pretty printing of a counter object"), ChainMap({"a": list(range(15))}, {"b": "v" * 40}),
            deque(range(25), maxlen=30), bytearray(b"ab" * 40)):
    pprint.pprint(obj, width=36)


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)


pprint.pprint(Node("root", [Node("child-%d" % i, [Node("leaf")]) for i in range(3)]), width=40)
cycle = {"name": "loop"}
cycle["self"] = cycle
print(pprint.pformat(cycle).split(" with id=")[0], pprint.isrecursive(cycle), pprint.isreadable(record),
      pprint.saferepr([1, {"b": 2, "a": 1}]), pprint.isreadable([object()]))
pp = pprint.PrettyPrinter(width=20, indent=2)
print(pp.pformat({"key": ["value-one", "value-two"]}), pp.isrecursive([]), pp.isreadable({"a": 1}))
pprint.pp({"b": 1, "a": [2] * 30})
for bad in (lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(depth=0), lambda: pprint.PrettyPrinter(width=0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
