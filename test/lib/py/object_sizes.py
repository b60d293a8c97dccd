# sys.getsizeof of the objects that are C types in CPython (itertools, operator, functools, deque and
# OrderedDict iterators): their __sizeof__ gives CPython's sizes.
import sys, functools, itertools, operator, collections
from collections import deque
objs = [itertools.count(), itertools.cycle(''), itertools.repeat(1), itertools.repeat(1,2), itertools.accumulate([]), itertools.chain(), itertools.compress('',''), itertools.dropwhile(bool,''), itertools.takewhile(bool,''), itertools.filterfalse(None,''), itertools.groupby(''), itertools.islice('',1), itertools.pairwise(''), itertools.starmap(pow,[]), itertools.tee([])[0], itertools.zip_longest(), itertools.zip_longest('a','b'), itertools.product(), itertools.product('ab','cd'), itertools.permutations('ab'), itertools.permutations('abc'), itertools.combinations('ab',1), itertools.combinations('abc',2), itertools.combinations_with_replacement('ab',1), itertools.combinations_with_replacement('abcd',3),
 operator.itemgetter(1), operator.itemgetter(1,2), operator.attrgetter('a'), operator.attrgetter('a','b'), operator.methodcaller('f'), operator.methodcaller('f', 1, x=2),
 functools.partial(len), functools.lru_cache(len), functools.cmp_to_key(len)(1), iter(deque()), reversed(deque()), collections.defaultdict(), iter(collections.OrderedDict()), collections.OrderedDict().keys()]
print([sys.getsizeof(o) for o in objs])
g = itertools.groupby('aa'); k, gr = next(g); print(sys.getsizeof(gr), sys.getsizeof(collections.namedtuple('P','x').x))
