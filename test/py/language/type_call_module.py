# type(name, bases, ns) without '__module__' in ns takes the __name__ of the calling code's
# globals (Objects/typeobject.c type_new_set_module); a class statement sets it itself.
import dataclasses
import types

T = type('T', (), {})
print(T.__module__, T, list(T.__dict__)[:1])
U = type('U', (), {'__module__': 'elsewhere'})
print(U.__module__, U)
V = type('V', (), {'__module__': None})
print(V.__module__, V)


def make():
    return type('Inner', (T,), {'x': 1})


print(make().__module__, list(make().__dict__))
g = {'__name__': 'fake_module'}
exec("W = type('W', (), {})", g)
print(g['W'].__module__, g['W'])
g2 = {}
exec("W = type('W', (), {})", g2)
print('__module__' in g2['W'].__dict__)

# types.new_class and make_dataclass call the metaclass from module types
N = types.new_class('N')
print(N.__module__, N)
C = dataclasses.make_dataclass('C', ['a', ('b', int, 0)])
print(C.__module__, C, C(1))
D = dataclasses.make_dataclass('D', ['a'], namespace={'__module__': 'mine'})
print(D.__module__, D)
