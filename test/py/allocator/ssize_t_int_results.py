# C functions that return a Py_ssize_t make their int with PyLong_FromSsize_t: _PyLong_New with
# exactly the digits needed (28 bytes for one digit), while PyLong_FromLong's medium fast path
# and the arithmetic fast paths request sizeof(PyLongObject), 32 bytes.
import sys
import tracemalloc

L = list(range(1000))
T = tuple(L)
s = 'x' * 500 + 'y'
b = b'z' * 700
d = dict.fromkeys(range(600))
tracemalloc.start()


def measure(label, f):
    before = tracemalloc.get_traced_memory()
    r = f()
    after = tracemalloc.get_traced_memory()
    print(f'{label:<22} {type(r).__name__:<6} {after[0] - before[0]}')


measure('len(list)', lambda: len(L))
measure('len(str)', lambda: len(s))
measure('len(dict)', lambda: len(d))
measure('getsizeof', lambda: sys.getsizeof(L))
measure('getallocatedblocks', lambda: sys.getallocatedblocks())
measure('hash(tuple)', lambda: hash((1, 2)))
measure('list.index', lambda: L.index(999))
measure('tuple.index', lambda: T.index(998))
measure('list.count', lambda: L.count(5))
measure('str.count', lambda: s.count('x'))
measure('str.find', lambda: s.find('y'))
measure('str.index', lambda: s.index('y'))
measure('str.rfind', lambda: s.rfind('x'))
measure('bytes.count', lambda: b.count(b'z'))
measure('bytes.find', lambda: (b + b'q').find(b'q'))
measure('enumerate', lambda: next(enumerate(L, 500)))
measure('ord', lambda: ord('\u4e00'))
measure('range item', lambda: range(1000)[999])
measure('int + int', lambda: L[600] + L[700])
measure('sum', lambda: sum(L))
measure('int(str)', lambda: int('123456'))
measure('round', lambda: round(12345.6))
