/**
 * itertools: functions creating iterators for efficient looping.
 * CPython 3.11: Modules/itertoolsmodule.c (documented behaviour, reprs and errors).
 * NON-CPYTHON: each iterator is a Python class with __next__ (so `type(count()).__name__` is
 * 'count' as in CPython), not a C type; __sizeof__ returns the size of CPython's C object (so
 * sys.getsizeof agrees), but gc.get_referents and the objects they hold differ.
 */
export const source = String.raw`"""Functional tools for creating and using iterators."""

import sys as _sys

_MAXSIZE = _sys.maxsize


def _as_index(value, message):
    """PyNumber_AsSsize_t for an islice() argument: None or an int in [0, maxsize]."""
    if value is None:
        return None
    try:
        value = range(value).stop
    except TypeError:
        raise ValueError(message) from None
    if value < 0 or value > _MAXSIZE:
        raise ValueError(message)
    return value


def _ssize(n):
    # range() converts with PyNumber_Index and gives CPython's TypeError for non-integers.
    return n if type(n) is int else range(n).stop


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')
            or hasattr(t, '__complex__'))


class count:
    """Return a count object whose .__next__() method returns consecutive values."""
    __slots__ = ('_cnt', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __sizeof__(self):
        return 40

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (name, self._cnt)
        return '%s(%r, %r)' % (name, self._cnt, step)

    def __reduce__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return type(self), (self._cnt,)
        return type(self), (self._cnt, step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __slots__ = ('_it', '_saved', '_index', '_firstpass')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __sizeof__(self):
        return 48

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                if self._firstpass:
                    self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object for the specified number of times."""
    __slots__ = ('_element', '_cnt')

    def __init__(self, object, times=None):
        self._element = object
        if times is None:
            self._cnt = -1
        else:
            times = _ssize(times)
            self._cnt = times if times > 0 else 0

    def __sizeof__(self):
        return 32

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        if cnt == 0:
            raise StopIteration
        if cnt > 0:
            self._cnt = cnt - 1
        return self._element

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        name = type(self).__name__
        if self._cnt == -1:
            return '%s(%r)' % (name, self._element)
        return '%s(%r, %d)' % (name, self._element, self._cnt)

    def __reduce__(self):
        if self._cnt == -1:
            return type(self), (self._element,)
        return type(self), (self._element, self._cnt)


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ('_it', '_func', '_total', '_initial')

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = None
        self._initial = initial

    def __sizeof__(self):
        return 48

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        total = self._total
        if total is None:
            self._total = value
        elif self._func is None:
            self._total = total + value
        else:
            self._total = self._func(total, value)
        return self._total


class chain:
    """Return a chain object whose .__next__() method returns elements from the first iterable until it is exhausted, then elements from the next iterable, until all of the iterables are exhausted."""
    __slots__ = ('_source', '_active')

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __sizeof__(self):
        return 32

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                for iterable in self._source:
                    self._active = iter(iterable)
                    break
                else:
                    self._source = None
                    raise StopIteration
            for item in self._active:
                return item
            self._active = None
        raise StopIteration

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class compress:
    """Return data elements corresponding to true selector elements."""
    __slots__ = ('_data', '_selectors')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __sizeof__(self):
        return 32

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            datum = next(data)
            selector = next(selectors)
            if selector:
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ('_predicate', '_it', '_dropping')

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __sizeof__(self):
        return 40

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if not self._dropping:
            return next(it)
        predicate = self._predicate
        while True:
            item = next(it)
            if not predicate(item):
                self._dropping = False
                return item


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __slots__ = ('_predicate', '_it', '_stop')

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)
        self._stop = False

    def __sizeof__(self):
        return 40

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._stop = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""
    __slots__ = ('_predicate', '_it')

    def __init__(self, function, iterable, /):
        self._predicate = function
        self._it = iter(iterable)

    def __sizeof__(self):
        return 32

    def __iter__(self):
        return self

    def __next__(self):
        predicate = self._predicate
        for item in self._it:
            if predicate is None:
                if not item:
                    return item
            elif not predicate(item):
                return item
        raise StopIteration


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __sizeof__(self):
        return 32

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _MARKER:
            gbo._step()
        if not (self._tgtkey == gbo._currkey):
            raise StopIteration
        value = gbo._currvalue
        gbo._currvalue = _MARKER
        return value


_MARKER = object()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_currgrouper')

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MARKER
        self._currgrouper = None

    def __sizeof__(self):
        return 64

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        # Skip to the next group.
        while True:
            if self._currkey is _MARKER:
                pass
            elif self._tgtkey is _MARKER:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class islice:
    """islice(iterable, stop) --> islice object islice(iterable, start, stop[, step]) --> islice object"""
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __init__(self, iterable, *args):
        nargs = len(args)
        if nargs < 1 or nargs > 3:
            if nargs < 1:
                raise TypeError('islice expected at least 2 arguments, got %d' % (nargs + 1))
            raise TypeError('islice expected at most 4 arguments, got %d' % (nargs + 1))
        start = 0
        step = 1
        if nargs == 1:
            stop = _as_index(args[0], 'Stop argument for islice() must be None or an integer: '
                                      '0 <= x <= sys.maxsize.')
        else:
            stop = _as_index(args[1], 'Stop argument for islice() must be None or an integer: '
                                      '0 <= x <= sys.maxsize.')
            start = _as_index(args[0], 'Indices for islice() must be None or an integer: '
                                       '0 <= x <= sys.maxsize.')
            if start is None:
                start = 0
            if nargs == 3:
                if args[2] is not None:
                    try:
                        step = range(args[2]).stop
                    except TypeError:
                        step = -1
                    if step < 1:
                        raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __sizeof__(self):
        return 56

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if self._next < oldnext or (stop is not None and self._next > stop):
            self._next = stop
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __slots__ = ('_it', '_old')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _MARKER

    def __sizeof__(self):
        return 32

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        try:
            if old is _MARKER:
                old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _MARKER
            raise
        self._old = new
        return (old, new)


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ('_func', '_it')

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __sizeof__(self):
        return 32

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        return self._func(*args)


class _tee_dataobject:
    """A shared buffer of items read from the underlying iterator, in a linked chain of blocks."""
    __slots__ = ('_it', '_values', '_next')

    def __init__(self, it):
        self._it = it
        self._values = []
        self._next = None


_LINKCELLS = 57


class _tee:
    """Iterator wrapped to make it copyable."""
    __slots__ = ('_data', '_index', '__weakref__')

    def __init__(self, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._data = it._data
            self._index = it._index
        else:
            self._data = _tee_dataobject(it)
            self._index = 0

    def __sizeof__(self):
        return 40

    def __iter__(self):
        return self

    def __next__(self):
        if self._index >= _LINKCELLS:
            data = self._data
            if data._next is None:
                data._next = _tee_dataobject(data._it)
            self._data = data._next
            self._index = 0
        data = self._data
        values = data._values
        if self._index < len(values):
            value = values[self._index]
        else:
            value = next(data._it)
            values.append(value)
        self._index += 1
        return value

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._data = self._data
        new._index = self._index
        return new


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _ssize(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copyable = it if hasattr(it, '__copy__') else _tee(it)
    result = [copyable]
    for _ in range(1, n):
        result.append(copyable.__copy__())
    return tuple(result)


class zip_longest:
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object"""
    __slots__ = ('_iterators', '_active', '_fillvalue')

    def __init__(self, *iterables, fillvalue=None):
        self._iterators = [iter(it) for it in iterables]
        self._active = len(self._iterators)
        self._fillvalue = fillvalue

    def __sizeof__(self):
        return 56

    def __iter__(self):
        return self

    def __next__(self):
        iterators = self._iterators
        if not iterators or not self._active:
            raise StopIteration
        result = []
        for i, it in enumerate(iterators):
            if it is None:
                result.append(self._fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                self._active -= 1
                if not self._active:
                    self._iterators = []
                    raise
                iterators[i] = None
                value = self._fillvalue
            result.append(value)
        return tuple(result)


class product:
    """Cartesian product of input iterables."""
    __slots__ = ('_pools', '_indices', '_result', '_stopped')

    def __init__(self, *iterables, repeat=1):
        repeat = _ssize(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._pools = pools
        self._indices = [0] * len(pools)
        self._result = None
        self._stopped = False

    def __sizeof__(self):
        return 48 + 8 * len(self._pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        if self._result is None:
            for pool in pools:
                if not pool:
                    self._stopped = True
                    raise StopIteration
            self._result = [pool[0] for pool in pools]
            return tuple(self._result)
        indices = self._indices
        result = self._result
        # Advance the odometer from the right.
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            indices[i] += 1
            if indices[i] < len(pool):
                result[i] = pool[indices[i]]
                return tuple(result)
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        self._stopped = True
        raise StopIteration


class permutations:
    """Return successive r-length permutations of elements in the iterable."""
    __slots__ = ('_pool', '_r', '_indices', '_cycles', '_first', '_stopped')

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = _ssize(r)
            if r < 0:
                raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._stopped = r > n

    def __sizeof__(self):
        return 64 + 8 * (len(self._pool) + self._r)

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices[:r]])
        n = len(pool)
        if n == 0:
            self._stopped = True
            raise StopIteration
        cycles = self._cycles
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple([pool[k] for k in indices[:r]])
        self._stopped = True
        raise StopIteration


class combinations:
    """Return successive r-length combinations of elements in the iterable."""
    __slots__ = ('_pool', '_r', '_indices', '_first', '_stopped')

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _ssize(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._stopped = r > len(pool)

    def __sizeof__(self):
        return 56 + 8 * self._r

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        r = self._r
        n = len(pool)
        for i in range(r - 1, -1, -1):
            if indices[i] != i + n - r:
                break
        else:
            self._stopped = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[k] for k in indices])


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""
    __slots__ = ('_pool', '_r', '_indices', '_first', '_stopped')

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _ssize(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._stopped = not pool and r > 0

    def __sizeof__(self):
        return 56 + 8 * self._r

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        r = self._r
        n = len(pool)
        for i in range(r - 1, -1, -1):
            if indices[i] != n - 1:
                break
        else:
            self._stopped = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple([pool[k] for k in indices])


for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
             filterfalse, _grouper, groupby, islice, pairwise, starmap, _tee, _tee_dataobject,
             zip_longest, product, permutations, combinations, combinations_with_replacement):
    _cls.__module__ = 'itertools'
del _cls
`;
