# An instance of an int subclass is allocated by long_subtype_new with room for its digits (at
# least one) plus the one more item PyType_GenericAlloc adds, its dict pointer at the end
# (__dictoffset__ -8), and the 16-byte GC header: IntEnum members and other int subclasses.
import sys
import tracemalloc


class Sub(int):
    pass


class Slotted(int):
    __slots__ = ()


class T(tuple):
    pass


print(Sub.__basicsize__, Sub.__itemsize__, Sub.__dictoffset__, Slotted.__basicsize__, Slotted.__dictoffset__,
      T.__dictoffset__)
tracemalloc.start()
cases = [
    ('Sub(-2)', lambda: Sub(-2)),
    ('Sub(0)', lambda: Sub(0)),
    ('Sub(2**40)', lambda: Sub(2 ** 40)),
    ('Sub(10**30)', lambda: Sub(10 ** 30)),
    ('Slotted(5)', lambda: Slotted(5)),
    ('Slotted(0)', lambda: Slotted(0)),
    ('int.__new__(Sub, 7)', lambda: int.__new__(Sub, 7)),
    ("Sub('123', 8)", lambda: Sub('123', 8)),
]
tracemalloc.get_traced_memory()
for label, f in cases:
    before = tracemalloc.get_traced_memory()[0]
    x = f()
    print(f'{label:<22} traced={tracemalloc.get_traced_memory()[0] - before:<4} getsizeof={sys.getsizeof(x)} value={x}')
    x = None
