# mappingproxy supports | (a new dict, Objects/descrobject.c mappingproxy_or) but not |=.
import types

m = types.MappingProxyType({'a': 1, 'b': 2})
r = m | {'b': 3, 'c': 4}
print(r, type(r).__name__)
print({'z': 0, 'a': 9} | m, m | m, m | types.MappingProxyType({'d': 5}))
print(type(int.__dict__ | {}).__name__, len(int.__dict__ | {}) == len(int.__dict__))
print(m)
try:
    m |= {'c': 1}
except TypeError as e:
    print('TypeError:', e)
print(m)
for other in [1, [('a', 1)], None]:
    try:
        m | other
    except TypeError as e:
        print('TypeError:', e)
    try:
        other | m
    except TypeError as e:
        print('TypeError:', e)
print('__or__' in dir(m), '__ror__' in dir(m), '__ior__' in dir(m))
