# Dict views and iterators in cycles: each one's tp_traverse visits what it iterates over (and
# the dict iterators their reused result tuple), so a container holding its own iterator or
# view is collected with it.
import gc

def collect_one(name, make):
    gc.collect()
    make()
    print(f"{name:28}", gc.collect())

def keys_view():
    d = {}
    d["v"] = d.keys()

def items_view():
    d = {}
    d["v"] = d.items()

def dict_iterator():
    d = {1: 2}
    d["it"] = iter(d)

def items_iterator():
    d = {1: 2, 3: 4}
    it = iter(d.items())
    next(it)
    d[5] = it

def list_iterator():
    l = []
    l.append(iter(l))

def reversed_list():
    l = []
    l.append(reversed(l))

def set_iterator():
    class Box:
        pass
    b = Box()
    s = {b}
    b.it = iter(s)

def tuple_iterator():
    l = []
    t = (l,)
    l.append(iter(t))

def enumerate_object():
    l = []
    l.append(enumerate(l))

def callable_iterator():
    l = []
    l.append(iter(l.pop, None))

def sequence_iterator():
    class Seq:
        def __getitem__(self, i):
            raise IndexError
    s = Seq()
    s.it = iter(s)

def filter_object():
    l = []
    l.append(filter(None, l))

def generator_expression():
    l = []
    l.append(x for x in l)

for name, make in list(globals().items()):
    if callable(make) and name != "collect_one" and not name.startswith("_"):
        collect_one(name, make)
