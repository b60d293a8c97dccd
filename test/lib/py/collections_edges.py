# collections: deque ring buffer under churn, rotations, comparisons, copies; namedtuple details;
# Counter/OrderedDict/defaultdict/ChainMap/User* behaviour and reprs.
import copy
from collections import deque, namedtuple, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString
import collections.abc as cabc

d = deque()
ref = []
for i in range(200):
    if i % 3 == 0:
        d.appendleft(i); ref.insert(0, i)
    elif i % 5 == 0 and d:
        assert d.pop() == ref.pop()
    else:
        d.append(i); ref.append(i)
    if i % 7 == 0:
        d.rotate(i % 11 - 5)
        k = (i % 11 - 5) % len(ref) if ref else 0
        ref = ref[-k:] + ref[:-k] if k else ref
print(list(d) == ref, len(d), d[0], d[-1], d[len(d) // 2])
for g in [lambda: deque('abc', 2), lambda: deque(range(5), maxlen=0), lambda: deque([1, 2]) == [1, 2],
          lambda: deque([1, 2]) < deque([1, 3]), lambda: deque([1]) * 3, lambda: 2 * deque([1, 2]),
          lambda: deque([1, 2]) + deque([3]), lambda: copy.copy(deque([1, [2]], 5)), lambda: copy.deepcopy(deque([[1]])),
          lambda: deque(range(10)).index(5, 2, 8), lambda: deque(range(10)).index(5, -3),
          lambda: list(reversed(deque('abc'))), lambda: deque('abc').count('b'), lambda: bool(deque()),
          lambda: isinstance(deque(), cabc.MutableSequence), lambda: isinstance(deque(), cabc.Hashable),
          lambda: deque([1, 2, 3]).__delitem__(1), lambda: deque(maxlen=2).maxlen, lambda: deque([1]).maxlen,
          lambda: deque('ab').__init__('xyz') is None, lambda: deque('xy').extend('xy'),
          lambda: deque([3, 1]).__setitem__(-1, 9), lambda: deque([None]) == deque([None])]:
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__, e)
x = deque([1, 2, 3])
x.extend(x)
x.extendleft(x)
x *= 2
x += [7]
print(x, len(x))
x.clear()
print(x, x.maxlen)
it = iter(deque([1, 2]))
print(next(it), it.__length_hint__())

P = namedtuple('P', 'x, y', defaults=(0,))
p = P(1)
print(p, P._fields, P._field_defaults, P.__new__.__defaults__, P(**{'x': 2, 'y': 3}), p._replace(y=5),
      copy.copy(p), copy.deepcopy(P([1], [2])), P.__doc__, P.x.__doc__, P.__match_args__, P.__module__)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
match p:
    case P(x=1, y=y):
        print('matched', y)
Q = namedtuple('Q', ['a'], module='mod')
print(Q.__module__, Q(1), repr(namedtuple('E', [])()), namedtuple('R', 'a b', rename=True)._fields)

c = Counter(a=3, b=1)
c2 = c.copy()
c2['c'] += 2
print(c, c2, c <= c2, c < c2, c2 > c, c == Counter(a=3, b=1, z=0), c.most_common(1), sorted(c.elements()))
c += Counter(b=-5)
print(c, -Counter(x=-2, y=3), Counter('abracadabra').most_common(), Counter({'a': 1}) | Counter({'a': 3}))
c3 = Counter('aab')
c3.subtract('abbb')
print(c3, +c3, c3.total(), Counter(['x', 'y', 'x']).most_common(-1))
for bad in (lambda: Counter.fromkeys('ab'), lambda: Counter(5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

od = OrderedDict([('b', 1), ('a', 2), ('c', 3)])
od.move_to_end('b', last=False)
od['d'] = 4
print(od, list(od.keys()), od.items(), od.values(), list(reversed(od.items())), od.popitem(False), od.popitem())
print(od | {'z': 0}, {'y': 1} | od, OrderedDict.fromkeys('xy', 0), od.copy(), od == OrderedDict(od), od.setdefault('q', 9), od)
od2 = OrderedDict()
od2['self'] = od2
print(od2)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

dd = defaultdict(tuple, a=1)
print(dd['zz'], dd, dd.copy(), copy.deepcopy(defaultdict(list, x=[1])), defaultdict(None, k=1) | {'j': 2})
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError', e)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
cm['c'] = 4
print(cm, len(cm), list(cm), cm['b'], cm.get('zz', 0), cm.new_child({'n': 0}), cm.parents, 'b' in cm, dict(cm))
del cm['c']
for bad in (lambda: cm.__delitem__('b'), lambda: ChainMap({}).popitem(), lambda: cm.pop('b')):
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)

ud = UserDict(a=1)
ud['b'] = 2
ul = UserList([3, 1, 2])
ul.sort()
us = UserString('hello')
print(ud, ud.data, ul, ul[1:], ul + [4], us.upper(), us[1:3], us + '!', len(us), 'ell' in us, ud | {'c': 3},
      isinstance(ud, cabc.MutableMapping), isinstance(ul, cabc.MutableSequence))
print(isinstance({}.keys(), cabc.KeysView), isinstance({}.items(), cabc.Set), isinstance(range(3), cabc.Sequence),
      isinstance('s', cabc.Collection), isinstance(iter([]), cabc.Iterator), isinstance((x for x in ()), cabc.Generator),
      isinstance(len, cabc.Callable), issubclass(dict, cabc.Mapping), isinstance(frozenset(), cabc.MutableSet),
      cabc.Mapping.__module__, cabc.Iterable[int], cabc.Callable[[int], str], cabc.Callable[..., int])


class MyMap(cabc.Mapping):
    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return 'MyMap(%r)' % self._d


m = MyMap({'a': 1, 'b': 2})
print(m.keys(), list(m.items()), m.get('z'), 'a' in m, m == {'a': 1, 'b': 2}, m.keys() & {'a'}, m.values())


class MySet(cabc.Set):
    def __init__(self, it):
        self._s = list(dict.fromkeys(it))

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)


s1, s2 = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(s1 & s2), sorted(s1 | s2), sorted(s1 - s2), sorted(s1 ^ s2), s1 <= s2, MySet([2]) < s1, s1.isdisjoint([9]))
try:
    cabc.Sequence()
except TypeError as e:
    print(e)
import abc


class AbcProbe(abc.ABC):
    pass


print(type(iter(deque())), type(reversed(deque())), type(namedtuple('P', 'x').x), type(AbcProbe._abc_impl),
      type(OrderedDict().keys()), type(iter(OrderedDict())), deque.__module__, defaultdict.__qualname__)
