# collections.OrderedDict: sizes as CPython's (dict + fast-node index + nodes), reorders that do
# not touch the dict, iteration guards, update/init argument forms and errors.
import sys
from collections import OrderedDict as OD

for n in [0, 1, 5, 6, 10, 11, 100, 1000]:
    o = OD.fromkeys(range(n))
    print(n, o.__sizeof__(), sys.getsizeof(o) - o.__sizeof__())
o = OD.fromkeys(range(10))
for k in range(10):
    del o[k]
print(o.__sizeof__())
o.clear()
print(o.__sizeof__(), OD(a=1).__sizeof__(), OD({'a': 1}).__sizeof__())
lru = OD()
for i in range(1000):
    lru[i % 50] = i
    if i % 7 in lru:
        lru.move_to_end(i % 7, last=bool(i % 2))
    if len(lru) > 40:
        lru.popitem(last=False)
print(lru.__sizeof__(), list(lru)[:8], list(reversed(lru))[:3], list(lru.items())[:2], list(reversed(lru.values()))[:2])
print(dict(lru) == lru, list(dict(lru))[:5], {**lru} == dict(lru), list(OD(lru).keys())[:5])
for bad in [lambda: OD(1, 2), lambda: OD().update(1, 2), lambda: OD([1]), lambda: OD([(1,)]), lambda: OD([(1, 2, 3)]),
            lambda: OD(5), lambda: OD().pop('x'), lambda: OD().move_to_end('x')]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
o = OD(a=1, b=2)
for mutate in (lambda: o.__setitem__('c', 3), lambda: o.move_to_end('a'), lambda: o.__setitem__('a', 9), lambda: o.pop('c')):
    try:
        for k in o:
            mutate()
        print('ok', dict(o))
    except RuntimeError as e:
        print(e)


class Sub(OD):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)


s = Sub([('x', 1)], y=2)
s.update({'z': 3})
s.setdefault('w', 4)
print(s, s.copy(), Sub.fromkeys('ab', 1), s | {'q': 1}, {'p': 0} | s, OD(a=1) == OD(a=1), OD(a=1, b=2) != OD(b=2, a=1))
print(OD(a=1).__reduce__()[:4], type(iter(OD())).__name__, type(OD().items()).__name__, OD(x=[1]).pop('x'), OD(a=1).pop('z', 0))
