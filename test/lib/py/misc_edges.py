# functools, itertools, copy, contextlib, abc, types, string, keyword, operator, heapq, bisect: edge cases.
import abc
import bisect
import contextlib
import copy
import functools
import heapq
import itertools
import keyword
import operator
import string
import sys
import types

# functools
p = functools.partial(functools.partial(min, 1, key=abs), 2, -3)
print(p.args, p.keywords, p(-5), repr(functools.partial(len)).startswith('functools.partial(<built-in function len>'))


class P(functools.partial):
    pass


print(repr(P(max, 1)).startswith('P(<built-in function max>, 1'), type(P(max)(1, 2)))
pm = functools.partialmethod(max, 1)
print(repr(pm).startswith('functools.partialmethod(<built-in function max>, 1, )'))


class Cell:
    def __init__(self, v):
        self.v = v

    def set(self, v, scale=1):
        self.v = v * scale
        return self

    double = functools.partialmethod(set, scale=2)

    @functools.cached_property
    def expensive(self):
        print('  computing expensive')
        return self.v * 10

    @functools.lru_cache(maxsize=None)
    def method(self, x):
        return self.v + x


c = Cell(1)
print(c.double(5).v, c.expensive, c.expensive, 'expensive' in c.__dict__, c.method(1), c.method(1),
      Cell.method.cache_info().hits)


@functools.singledispatch
def show(x):
    return 'object'


@show.register
def _(x: int):
    return 'int'


@show.register(list)
def _(x):
    return 'list'


@show.register(float)
@show.register(complex)
def _(x):
    return 'number'


print(show(1), show(True), show([1]), show('s'), show(1.5), show(2j), show.dispatch(bool).__name__,
      sorted(t.__name__ for t in show.registry))


@functools.total_ordering
class V:
    def __init__(self, n):
        self.n = n

    def __le__(self, o):
        return self.n <= o.n

    def __eq__(self, o):
        return self.n == o.n


print(V(1) < V(2), V(2) > V(1), V(3) >= V(3), V.__gt__.__name__, V.__lt__.__doc__)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)), functools.reduce(operator.add, range(5), 10))
cached = functools.lru_cache(maxsize=3)(lambda x: x * 2)
for i in [1, 2, 3, 1, 4, 2, 5]:
    cached(i)
print(cached.cache_info(), cached.cache_parameters(), functools.lru_cache(maxsize=0)(abs).cache_info())
w = functools.wraps(len)(lambda x: x)
print(w.__name__, w.__wrapped__ is len, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# itertools
print(list(itertools.islice(itertools.count(1, 0.5), 4)), repr(itertools.count(2, 3)), repr(itertools.count(1.5)))
r = itertools.repeat('z', 3)
next(r)
print(repr(r), list(r), repr(r), list(itertools.accumulate('abc')), list(itertools.accumulate([1, 2, 3], initial=None)))
a, b, cc = itertools.tee(iter(range(100)), 3)
print(sum(a), list(itertools.islice(b, 3)), next(cc), type(a).__name__, list(itertools.tee([1], 0)))
print(list(itertools.filterfalse(None, [0, 1, '', 'x'])), list(itertools.zip_longest()),
      list(itertools.product('ab', repeat=0)), list(itertools.combinations_with_replacement('', 2)),
      list(itertools.combinations_with_replacement('ab', 0)), list(itertools.permutations([], 0)),
      list(itertools.permutations('abc', 4)), list(itertools.islice('abcdef', None, None, 2)))
g = itertools.groupby([1, 1, 2, 2, 3])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), [(k, len(list(v))) for k, v in g])
print([type(f).__name__ for f in (itertools.chain(), itertools.cycle(''), itertools.pairwise(''), itertools.starmap(pow, []),
                                   itertools.compress('', ''), itertools.takewhile(bool, ''), itertools.dropwhile(bool, ''))])
print(list(itertools.chain.from_iterable(['ab', [1]])), list(itertools.islice(itertools.cycle([1, 2]), 5)))
for bad in (lambda: itertools.count('x'), lambda: itertools.islice('a', 1, 2, 0), lambda: itertools.islice('a', 'b'),
            lambda: itertools.permutations('a', -2), lambda: itertools.repeat(1, 'x'), lambda: itertools.tee([], -1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# copy


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


class WithState:
    def __init__(self):
        self.x = [1]

    def __getstate__(self):
        return {'x': self.x, 'extra': True}

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


class MyList(list):
    pass


s = Slotted()
s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, hasattr(s2, 'b'), copy.copy(s).a is s.a)
ws = copy.deepcopy(WithState())
print(sorted(vars(ws)), ws.restored)
ml = MyList([1, [2]])
ml.tag = 't'
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[1] is ml[1], copy.copy(ml)[1] is ml[1])
print(copy.deepcopy({1, 2}), copy.deepcopy(frozenset([3])), copy.copy(types.SimpleNamespace(a=[1])),
      copy.deepcopy(max) is max, copy.deepcopy(Slotted) is Slotted, copy.deepcopy((1, 2)) is not None)
try:
    copy.deepcopy(iter([1]))
except TypeError as e:
    print('TypeError', e)
memo = {}
inner = [1]
pair = copy.deepcopy([inner, inner], memo)
print(pair[0] is pair[1], id(inner) in memo)

# contextlib


@contextlib.contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print('  swallowed')


with swallow():
    1 / 0


@swallow()
def decorated():
    return 1 / 0


print(decorated())


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    yield
    yield


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
@contextlib.contextmanager
def stubborn():
    try:
        yield
    except ValueError:
        yield


try:
    with stubborn():
        raise ValueError('inner')
except RuntimeError as e:
    print('RuntimeError', e)
try:
    with swallow():
        raise StopIteration('stop')
except StopIteration as e:
    print('StopIteration', e)
with contextlib.ExitStack() as st:
    st.callback(print, 'cb1')
    st.push(lambda *exc: print('push', exc[0]))
    moved = st.pop_all()
print('after with')
moved.close()
try:
    with contextlib.ExitStack() as st:
        st.callback(lambda: 1 / 0)
        st.callback(lambda: [][1])
        raise KeyError('k')
except ZeroDivisionError as e:
    print('chain', type(e.__context__).__name__, type(e.__context__.__context__).__name__)
try:
    contextlib.ExitStack().enter_context(5)
except TypeError as e:
    print(e)


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


buf = Out()
with contextlib.redirect_stdout(buf):
    print('hidden', 1)
print(buf.parts, isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager),
      contextlib.suppress(KeyError).__exit__(KeyError, None, None))

# abc


class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self):
        ...

    @classmethod
    @abc.abstractmethod
    def make(cls):
        ...


class Impl(Base):
    name = 'impl'

    @classmethod
    def make(cls):
        return cls()


print(sorted(Base.__abstractmethods__), Impl.__abstractmethods__, Impl.make().name, type(Base).__name__,
      isinstance(Impl(), Base), abc.get_cache_token() >= 0)
Impl.extra = abc.abstractmethod(lambda self: 0)
print(abc.update_abstractmethods(Impl).__abstractmethods__)
try:
    Impl()
except TypeError as e:
    print(e)
try:
    Base.register(5)
except TypeError as e:
    print(e)
try:
    Impl.register(Base)
except RuntimeError as e:
    print(e)


class Meta(abc.ABCMeta):
    pass


class WithMeta(metaclass=Meta):
    @abc.abstractmethod
    def f(self):
        ...


print(WithMeta.__abstractmethods__, sorted(k for k in vars(Base) if k.startswith('_abc')))

# types / string / keyword / operator / heapq / bisect
print(types.SimpleNamespace(b=2, a=1) == types.SimpleNamespace(a=1, b=2), types.MappingProxyType({'k': 1})['k'],
      types.new_class('N', (dict,), exec_body=lambda ns: ns.update(x=1))().x, types.resolve_bases((int,)))
fmt = string.Formatter()
print(fmt.format('{0}{1!r:>5}{a[0]}{b.real}', 'x', 'y', a=[7], b=3), list(fmt.parse('a{{b}}{c!s:>{w}}')))
print(string.Template('${a}$b$$').substitute({'a': 1}, b=2), string.Template('$a $').safe_substitute(),
      string.Template('$a ${b}').get_identifiers(), string.Template('x $').is_valid())


class Pct(string.Template):
    delimiter = '%'


print(Pct('%who %% %{what}').substitute(who='a', what='b'))
print(keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.softkwlist)
print(operator.length_hint(iter(range(5))), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'),
      operator.attrgetter('real', 'imag')(3j), operator.methodcaller('get', 'k', 0)({}), operator.call(len, 'ab'),
      operator.ixor(5, 1), operator.matmul.__name__)
try:
    operator.concat(1, 2)
except TypeError as e:
    print(e)
h = [(5, 'e'), (1, 'a'), (3, 'c')]
heapq.heapify(h)
print(h, heapq.nsmallest(2, [3, 1, 2]), heapq.nlargest(2, 'hello'), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)),
      list(heapq.merge(['bb', 'a'], ['ccc'], key=len)), heapq.heappushpop([], 1))
keys = [1, 3, 3, 5]
print(bisect.bisect_left(keys, 3, 2), bisect.bisect_right(keys, 3, 0, 2), bisect.bisect([{'k': 1}, {'k': 4}], 2, key=lambda d: d['k']))
lst = [{'k': 1}, {'k': 4}]
bisect.insort(lst, {'k': 2}, key=lambda d: d['k'])
print(lst)
for bad in (lambda: heapq.heappush((), 1), lambda: bisect.bisect([], 1, -1), lambda: heapq.heapreplace([], 1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
