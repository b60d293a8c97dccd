import gc, sys
class Base: pass
class M(type): pass
gc.collect()
b = sys.getrefcount(Base)
m = sys.getrefcount(M)
i0 = sys.getrefcount(int)
for i in range(10):
    try:
        class C(Base):
            __slots__ = (1,)
    except TypeError as e:
        print(e)
print(sys.getrefcount(Base) - b)
for i in range(10):
    try:
        class C(Base):
            __qualname__ = 5
    except TypeError as e:
        print(e)
print(sys.getrefcount(Base) - b)
for i in range(10):
    try:
        class C(Base, metaclass=M):
            __slots__ = 3
    except TypeError as e:
        print(e)
print(sys.getrefcount(Base) - b, sys.getrefcount(M) - m)
for i in range(10):
    try:
        class C(Base, metaclass=M):
            __qualname__ = b'x'
    except TypeError as e:
        print(e)
print(sys.getrefcount(Base) - b, sys.getrefcount(M) - m)
try:
    class C(Base):
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(e)
try:
    class C(int):
        __slots__ = ('a',)
except TypeError as e:
    print(e)
print(sys.getrefcount(Base) - b, sys.getrefcount(int) - i0)
print(gc.collect())
print(sys.getrefcount(Base) - b, sys.getrefcount(M) - m)
# Both a bad __slots__ and a bad __qualname__: the __slots__ checks come first.
for i in range(3):
    try:
        class C(Base, metaclass=M):
            __slots__ = (1,)
            __qualname__ = 3
    except TypeError as e:
        print(e)
print(sys.getrefcount(Base) - b, sys.getrefcount(M) - m)
