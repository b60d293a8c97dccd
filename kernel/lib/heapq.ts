/**
 * heapq: binary heaps kept in plain lists (heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2]).
 * Implements heappush, heappop, heapify, heapreplace, heappushpop, merge, nsmallest, nlargest,
 * and the private max-heap helpers CPython's module also offers (_heapify_max, _heappop_max,
 * _heapreplace_max, _siftdown, _siftup, _siftdown_max, _siftup_max).
 * Behaviour follows CPython 3.11 (Modules/_heapqmodule.c for the list primitives, the documented
 * results of merge/nsmallest/nlargest), comparison for comparison: items move by swapping, as C
 * does, so the list seen from inside __lt__ is CPython's; children are compared left < right
 * (right < left for a max-heap); heapify of more than 2500 items visits the nodes in CPython's
 * cache-friendly order; a list whose size changes during a comparison raises RuntimeError.
 * merge keeps each input as a list [item, input rank, iterator] ([key, rank, item, iterator]
 * with a key) and nsmallest/nlargest decorate items as (item, rank) or (key, rank, item), so the
 * list and tuple comparisons (== then <) between items are the ones CPython makes; n == 1 goes
 * through min()/max() and n >= len() through sorted(), as in CPython.
 * NON-CPYTHON: written in Python for the kernel. The list primitives are Python functions, so
 * calls with a wrong number of arguments or with keywords raise the messages of Python functions,
 * and a list subclass's overridden __len__/__getitem__/__setitem__ are used (C reads the list's
 * storage directly).
 * NON-CPYTHON: merge keeps the input's iterator where CPython keeps its bound __next__ method
 * (one object less per input); the module has no __about__ essay.
 */
export const source = String.raw`"""Heap queue algorithm (a.k.a. priority queue).

A heap is a list in which every item is no larger than the items at 2*k+1 and 2*k+2,
so heap[0] is always the smallest.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _refuse(func, obj, numbered):
    # The argument-clinic message for a non-list heap.
    what = 'argument 1' if numbered else 'argument'
    got = 'None' if obj is None else type(obj).__name__
    raise TypeError('%s() %s must be list, not %s' % (func, what, got))


def _resized(heap, size):
    if len(heap) != size:
        raise RuntimeError('list changed size during iteration')


# The two primitives. big selects the max-heap: every "a ranks before b" test is then b < a,
# never a > b, because CPython only ever asks __lt__.

def _float_up(heap, floor, pos, big):
    """Swap heap[pos] with its parent while it ranks before it, stopping at index floor."""
    size = len(heap)
    if pos >= size:
        raise IndexError('index out of range')
    while pos > floor:
        parent = (pos - 1) >> 1
        if big:
            ahead = True if heap[parent] < heap[pos] else False
        else:
            ahead = True if heap[pos] < heap[parent] else False
        _resized(heap, size)
        if not ahead:
            return
        heap[parent], heap[pos] = heap[pos], heap[parent]
        pos = parent


def _sink(heap, pos, big):
    """Walk heap[pos] down to a leaf along the preferred children, then float it back up."""
    size = len(heap)
    if pos >= size:
        raise IndexError('index out of range')
    home = pos
    first_leaf = size >> 1
    while pos < first_leaf:
        child = pos + pos + 1
        if child + 1 < size:
            if big:
                if not heap[child + 1] < heap[child]:
                    child += 1
            elif not heap[child] < heap[child + 1]:
                child += 1
            _resized(heap, size)
        heap[pos], heap[child] = heap[child], heap[pos]
        pos = child
    _float_up(heap, home, pos, big)


def _sink_and_climb(heap, node, big):
    # Sift node; while it is a left child (odd index), its sibling subtree is done: do the parent.
    while True:
        _sink(heap, node, big)
        if node % 2 == 0:
            return
        node //= 2


def _arrange(heap, big):
    count = len(heap)
    if count <= 2500:
        for node in range(count // 2 - 1, -1, -1):
            _sink(heap, node, big)
        return
    # Big lists: each pair of sibling subtrees is followed at once by their parent (CPython's
    # cache-friendly order; same comparisons, same result, another sequence).
    inner = count // 2
    row_start = (1 << (inner + 1).bit_length() - 1) - 1
    for node in range(row_start - 1, inner // 2 - 1, -1):
        _sink_and_climb(heap, node, big)
    for node in range(inner - 1, row_start - 1, -1):
        _sink_and_climb(heap, node, big)


def _take_top(heap, big):
    if not heap:
        raise IndexError('index out of range')
    tail = list.pop(heap)
    if not heap:
        return tail
    top = heap[0]
    heap[0] = tail
    del tail
    _sink(heap, 0, big)
    return top


def _swap_top(heap, item, big):
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _sink(heap, 0, big)
    return top


# The public list operations.

def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    if not isinstance(heap, list):
        _refuse('heappush', heap, True)
    list.append(heap, item)
    _float_up(heap, 0, len(heap) - 1, False)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not isinstance(heap, list):
        _refuse('heappop', heap, False)
    return _take_top(heap, False)


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    if not isinstance(heap, list):
        _refuse('heapreplace', heap, True)
    return _swap_top(heap, item, False)


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    if not isinstance(heap, list):
        _refuse('heappushpop', heap, True)
    if not heap or not heap[0] < item:
        return item
    return _swap_top(heap, item, False)


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    if not isinstance(heap, list):
        _refuse('heapify', heap, False)
    _arrange(heap, False)


def _heappop_max(heap, /):
    """Maxheap variant of heappop."""
    if not isinstance(heap, list):
        _refuse('_heappop_max', heap, False)
    return _take_top(heap, True)


def _heapreplace_max(heap, item, /):
    """Maxheap variant of heapreplace."""
    if not isinstance(heap, list):
        _refuse('_heapreplace_max', heap, True)
    return _swap_top(heap, item, True)


def _heapify_max(heap, /):
    """Maxheap variant of heapify."""
    if not isinstance(heap, list):
        _refuse('_heapify_max', heap, False)
    _arrange(heap, True)


def _siftdown(heap, startpos, pos):
    _float_up(heap, startpos, pos, False)


def _siftup(heap, pos):
    _sink(heap, pos, False)


def _siftdown_max(heap, startpos, pos):
    'Maxheap variant of _siftdown'
    _float_up(heap, startpos, pos, True)


def _siftup_max(heap, pos):
    'Maxheap variant of _siftup'
    _sink(heap, pos, True)


# Merging sorted inputs.

def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    If *key* is not None, applies a key function to each element to determine
    its sort order.
    """
    # A live input is [item, rank, iterator] (or [key, rank, item, iterator] with a key), in a
    # heap ordered by item (key) then rank: equal items leave in the order of their inputs. With
    # reverse the heap is a max-heap and ranks count down, so the earlier input still wins.
    big = True if reverse else False
    step = -1 if big else 1
    at = 0 if key is None else 2
    live = []
    for rank, source in enumerate(map(iter, iterables)):
        try:
            if key is None:
                live.append([next(source), rank * step, source])
            else:
                item = next(source)
                live.append([key(item), rank * step, item, source])
        except StopIteration:
            pass
    _arrange(live, big)
    while len(live) > 1:
        try:
            while True:
                entry = live[0]
                item = entry[at]
                yield item
                if key is None:
                    entry[0] = next(entry[2])
                else:
                    item = next(entry[3])
                    entry[0] = key(item)
                    entry[2] = item
                _sink(live, 0, big)
        except StopIteration:
            _take_top(live, big)
    if live:
        entry = live[0]
        item = entry[at]
        yield item
        yield from entry[-1]


# Selecting the n best items.

def _best(n, iterable, key, largest):
    if n == 1:
        none = object()
        pick = max if largest else min
        found = pick(iter(iterable), default=none, key=key)
        return [] if found is none else [found]
    try:
        size = len(iterable)
    except (AttributeError, TypeError):
        size = None
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=largest)[:n]
    # Keep the n best seen so far in a heap whose top is the worst of them (a max-heap for
    # nsmallest); a newcomer replaces the top when it beats it. Each entry carries a rank that
    # grows (nsmallest) or shrinks (nlargest) with arrival, so that among equal items the
    # earliest survives and comes first.
    source = iter(iterable)
    ranks = range(0, -n, -1) if largest else range(n)
    if key is None:
        kept = [(item, rank) for rank, item in zip(ranks, source)]
    else:
        kept = [(key(item), rank, item) for rank, item in zip(ranks, source)]
    if not kept:
        return kept
    big = not largest
    _arrange(kept, big)
    worst = kept[0][0]
    rank = -n if largest else n
    for item in source:
        k = item if key is None else key(item)
        if (worst < k) if largest else (k < worst):
            _swap_top(kept, (k, rank) if key is None else (k, rank, item), big)
            worst = kept[0][0]
            rank = rank - 1 if largest else rank + 1
    kept.sort(reverse=largest)
    at = 0 if key is None else 2
    return [entry[at] for entry in kept]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    return _best(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    return _best(n, iterable, key, True)
`;
