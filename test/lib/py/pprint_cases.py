# pprint: line breaking of nested dicts/lists/tuples/sets/strings/bytes and the collections types.
import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList
from dataclasses import dataclass, field
from types import SimpleNamespace, MappingProxyType

data = {
    'name': 'Heapbook', 'numbers': list(range(40)), 'nested': {'a': [1, 2, {'deep': ('x' * 30, 'y' * 30, 'z' * 30)}],
                                                            'b': {3, 1, 2}, 'c': frozenset({5, 4})},
    'text': 'The quick brown fox jumps over the lazy dog. ' * 4, 'bytes': bytes(range(60)), 'empty': [], 'tuple1': (1,),
    'lines': 'first line\nsecond line that is quite a bit longer than the first one, to force a break\n', 10: None,
    (1, 2): 'tuple key', 'big': 10 ** 40, 'float': 1 / 3,
}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=3)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=60)
pprint.pprint(data, sort_dicts=False, underscore_numbers=True)
pprint.pp(data['nested'], width=30)
print(pprint.pformat(list(range(100)), compact=True))
od = OrderedDict((str(i), i * 'ab') for i in range(8))
dd = defaultdict(list, {k: list(range(k)) for k in range(8)})
c = Counter('the quick brown fox jumps over the lazy dog')
cm = ChainMap({'a': list(range(20))}, {'b': 'x' * 50})
dq = deque(range(30), maxlen=40)
dq2 = deque(['word'] * 20)
ns = SimpleNamespace(alpha=list(range(25)), beta='text ' * 12)
mp = MappingProxyType({'k%d' % i: i for i in range(15)})


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)


tree = Node('root', [Node('child%d' % i, [Node('leaf' * 5)]) for i in range(3)])
for obj in (od, dd, c, cm, dq, dq2, ns, mp, tree, UserDict(data), UserList(range(40)), OrderedDict(), Counter(),
            deque(), defaultdict(int)):
    pprint.pprint(obj)
    pprint.pprint(obj, width=20)
rec = [1, 2]
rec.append(rec)
d = {'self': None}
d['self'] = d
print(pprint.saferepr(rec).split(' with id=')[0], pprint.isrecursive(rec), pprint.isreadable(data), pprint.isreadable(rec))
print(pprint.pformat(d).split(' with id=')[0])
print(pprint.pformat({'b': 1, 'a': 2, 3: 'int', None: 0}), pprint.saferepr({2: 'x', 'a': 1}))
for bad in (lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(depth=0),
            lambda: pprint.PrettyPrinter(width=0)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
pprint.pprint('x' * 200)
pprint.pprint(b'y' * 100)
pprint.pprint([b'z' * 100, 'w ' * 60])
