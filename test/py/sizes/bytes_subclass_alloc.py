# bytes_subtype_new allocates a subclass instance with room for its bytes, plus the one more
# item PyType_GenericAlloc adds, rounded up to 8, after the 16-byte GC header.
import sys
import tracemalloc


class B(bytes):
    pass


print(B.__basicsize__, B.__itemsize__, B.__dictoffset__)
tracemalloc.start()
tracemalloc.get_traced_memory()
for data in (b'', b'a', b'abc', b'x' * 7, b'y' * 8, b'z' * 100):
    before = tracemalloc.get_traced_memory()[0]
    x = B(data)
    after = tracemalloc.get_traced_memory()[0]
    print(len(data), after - before, sys.getsizeof(x))
    x = None
