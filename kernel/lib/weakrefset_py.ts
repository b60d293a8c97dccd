/**
 * _weakrefset: WeakSet, a set whose members are held through weak references, and the guard
 * that defers removals while a weak container is being iterated.
 * Implements: WeakSet with the set API (add/discard/remove/pop/clear/update, the operators
 * and comparisons, copy, repr) and _IterationGuard. The objects are CPython's, allocated in
 * CPython's order: the set of weakrefs, the member callback `_remove` (a function holding the
 * WeakSet through a weakref default, so that no cycle forms), the `_pending_removals` list and
 * the `_iterating` set of active guards; a member that dies while a guard is active is queued
 * and discarded when the last guard exits, else discarded at once. An iterator holds the member
 * it last produced until it is resumed, as CPython's generator does.
 * NON-CPYTHON: written for the kernel (CPython 3.11: Lib/_weakrefset.py has the same
 * behaviour). The weakref module's Python part is kernel/lib/weakref_py.ts.
 */
export const source = String.raw`"""WeakSet: a set of weakly referenced objects (used by the weakref module)."""

from _weakref import ref

__all__ = ['WeakSet']


class _IterationGuard:
    # Entered around every iteration of a weak container: while one is active, the
    # container's callbacks queue dead entries instead of changing the container.

    def __init__(self, container):
        # A weak reference only: a guard kept by a suspended iterator must not keep the
        # container alive, nor form a cycle with it.
        self.weakcontainer = ref(container)

    def __enter__(self):
        owner = self.weakcontainer()
        if owner is not None:
            owner._iterating.add(self)
        return self

    def __exit__(self, e, t, b):
        owner = self.weakcontainer()
        if owner is None:
            return
        guards = owner._iterating
        guards.remove(self)
        if not guards:
            owner._commit_removals()


def _member_callback(owner):
    # Called with each dead member's weakref. It reaches the set through selfref, a weak
    # reference, so the set and its callback form no cycle.
    def _remove(item, selfref=ref(owner)):
        wset = selfref()
        if wset is None:
            return
        if wset._iterating:
            wset._pending_removals.append(item)
        else:
            wset.data.discard(item)
    return _remove


def _settle(wset):
    # Applies the removals queued during iterations, before the set is changed or measured.
    if wset._pending_removals:
        wset._commit_removals()


def _refs(items):
    return (ref(x) for x in items)


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        self._remove = _member_callback(self)
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        queued = self._pending_removals
        members = self.data
        while queued:
            members.discard(queued.pop())

    def __iter__(self):
        with _IterationGuard(self):
            for wr in self.data:
                member = wr()
                if member is not None:
                    # Held here until the iterator resumes.
                    yield member

    def __len__(self):
        # Queued members are dead already.
        dead = len(self._pending_removals)
        return len(self.data) - dead

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self.data

    def __reduce__(self):
        return type(self), (list(self),), self.__getstate__()

    def add(self, item):
        _settle(self)
        member = ref(item, self._remove)
        self.data.add(member)

    def clear(self):
        _settle(self)
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        _settle(self)
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            member = wr()
            if member is not None:
                return member

    def remove(self, item):
        _settle(self)
        members = self.data
        members.remove(ref(item))

    def discard(self, item):
        _settle(self)
        members = self.data
        members.discard(ref(item))

    def update(self, other):
        _settle(self)
        for member in other:
            self.add(member)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        _settle(self)
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(_refs(other))
        return self

    def intersection(self, other):
        return type(self)(x for x in other if x in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        _settle(self)
        self.data.intersection_update(_refs(other))
        return self

    def issubset(self, other):
        return self.data.issubset(_refs(other))

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(_refs(other))

    def issuperset(self, other):
        return self.data.issuperset(_refs(other))

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(_refs(other))

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self.data == set(_refs(other))
        return NotImplemented

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        _settle(self)
        if self is other:
            self.data.clear()
        else:
            callback = self._remove
            self.data.symmetric_difference_update(ref(x, callback) for x in other)
        return self

    def union(self, other):
        return type(self)(x for part in (self, other) for x in part)

    __or__ = union

    def isdisjoint(self, other):
        common = self.intersection(other)
        return len(common) == 0

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(type(list[int]))
`;
