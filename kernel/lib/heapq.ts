/**
 * heapq: the heap queue algorithm on plain lists (a min-heap, heap[k] <= heap[2k+1], heap[2k+2]).
 * CPython 3.11: Modules/_heapqmodule.c (siftdown/siftup exactly as it does them, so the list
 * layouts agree) and Lib/heapq.py (merge, nlargest, nsmallest: documented results).
 */
export const source = String.raw`"""Heap queue algorithm (a.k.a."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(name, heap):
    if not isinstance(heap, list):
        raise TypeError('%s() argument 1 must be list, not %s' % (name, type(heap).__name__))


def _siftdown(heap, startpos, pos):
    """Move heap[pos] up toward startpos until its parent is not larger."""
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    """Move the smaller child up until a leaf, then sift heap[pos]'s item back down."""
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list('heappush', heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list('heappop', heap)
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _check_list('heapreplace', heap)
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item, /):
    """Fast version of a heappush followed by a heappop."""
    _check_list('heappushpop', heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check_list('heapify', heap)
    n = len(heap)
    for i in reversed(range(n // 2)):
        _siftup(heap, i)


def _siftdown_max(heap, startpos, pos):
    'Maxheap variant of _siftdown'
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    'Maxheap variant of _siftup'
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def _heappop_max(heap, /):
    """Maxheap version of a heappop."""
    _check_list('_heappop_max', heap)
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item, /):
    """Maxheap version of a heappop followed by a heappush."""
    _check_list('_heapreplace_max', heap)
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(heap, /):
    """Maxheap version of heapify."""
    _check_list('_heapify_max', heap)
    n = len(heap)
    for i in reversed(range(n // 2)):
        _siftup_max(heap, i)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output."""
    # Each heap entry is [sort value, input order, current item, next function]:
    # the input order breaks ties so that equal items come out in input order.
    if reverse:
        push, pop, replace, heapify_ = _heappush_max, _heappop_max, _heapreplace_max, _heapify_max
        direction = -1
    else:
        push, pop, replace, heapify_ = heappush, heappop, heapreplace, heapify
        direction = 1
    h = []
    for order, it in enumerate(map(iter, iterables)):
        try:
            value = next(it)
        except StopIteration:
            continue
        h.append([value if key is None else key(value), order * direction, value, it])
    heapify_(h)
    while len(h) > 1:
        try:
            while True:
                entry = h[0]
                yield entry[2]
                value = next(entry[3])
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(h, entry)
        except StopIteration:
            pop(h)
    if h:
        entry = h[0]
        yield entry[2]
        yield from entry[3]


def _heappush_max(heap, item):
    heap.append(item)
    _siftdown_max(heap, 0, len(heap) - 1)


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
`;
