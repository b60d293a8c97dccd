# Bound methods 64, builtin functions and methods 72, modules 72, weak references 80, dict views 40.
import sys
import weakref


class Thing:
    def act(self):
        pass


t = Thing()
print("bound method:", sys.getsizeof(t.act), " builtin len:", sys.getsizeof(len), " [].append:", sys.getsizeof([].append))
print("module sys:", sys.getsizeof(sys), " module weakref:", sys.getsizeof(weakref))
print("weakref.ref:", sys.getsizeof(weakref.ref(t)), " proxy:", sys.getsizeof(weakref.proxy(t)))
d = {1: 2}
print("views:", sys.getsizeof(d.keys()), sys.getsizeof(d.values()), sys.getsizeof(d.items()))
print("iterators:", sys.getsizeof(iter([])), sys.getsizeof(iter({})), sys.getsizeof(iter("ab")), sys.getsizeof(enumerate([])))
