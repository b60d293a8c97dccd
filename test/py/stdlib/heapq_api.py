# heapq: every public function, the list layouts it leaves, and the comparisons it makes
# (counted and logged through __lt__/__eq__), including heapify's order on big lists.
import heapq

log = []


class Item:
    """An orderable value that records each comparison made on it."""

    def __init__(self, value, tag):
        self.value = value
        self.tag = tag

    def __lt__(self, other):
        log.append(("<", self.tag, other.tag))
        return self.value < other.value

    def __eq__(self, other):
        log.append(("==", self.tag, other.tag))
        return self.value == other.value

    __hash__ = None

    def __repr__(self):
        return "%s=%d" % (self.tag, self.value)


def items(values, prefix="i"):
    return [Item(v, "%s%d" % (prefix, i)) for i, v in enumerate(values)]


def show(title, result=None):
    print(title, result, "|", len(log), "comparisons:", " ".join("%s%s%s" % (a, op, b) for op, a, b in log))
    log.clear()


# The basic operations on plain values.
heap = []
for n in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(heap, n)
print("pushed", heap)
print("pop", heapq.heappop(heap), heap)
print("pushpop smaller", heapq.heappushpop(heap, 0), heap)
print("pushpop larger", heapq.heappushpop(heap, 6), heap)
print("replace", heapq.heapreplace(heap, 10), heap)
print("pushpop on empty", heapq.heappushpop([], 4))
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data)
print("heapify", data[:], [heapq.heappop(data) for _ in range(len(data))])
tasks = []
for entry in [(2, "write"), (1, "plan"), (3, "ship"), (1, "coffee")]:
    heapq.heappush(tasks, entry)
print("tuples", [heapq.heappop(tasks) for _ in range(len(tasks))])

# The same operations on logged items: which pairs are compared, in which order.
h = items([6, 3, 8, 1, 9, 3, 2])
heapq.heapify(h)
show("heapify", h)
heapq.heappush(h, Item(0, "p"))
show("heappush", h)
show("heappop", (heapq.heappop(h), h))
show("heapreplace", (heapq.heapreplace(h, Item(7, "r")), h))
show("heappushpop", (heapq.heappushpop(h, Item(4, "q")), h))
show("heappushpop small", (heapq.heappushpop(h, Item(-1, "s")), h))
equal = items([1, 1, 1, 1, 1], "e")
heapq.heapify(equal)
show("equal items", equal)
print("max-heap helpers", heapq._heapify_max(equal), heapq._heappop_max(equal), equal)
log.clear()

# Big lists: more than 2500 items are heapified in another order (same comparisons, same result).
for size in (2501,):
    big = items([(i * 7919) % 1009 for i in range(size)])
    heapq.heapify(big)
    checksum = 0
    for k, (op, a, b) in enumerate(log):
        checksum = (checksum * 31 + k * int(a[1:]) + int(b[1:])) % 1000000007
    print("heapify", size, len(log), checksum, [x.value for x in big[:6]])
    log.clear()
    ordered = [heapq.heappop(big).value for _ in range(100)]
    print("  100 pops in order:", ordered == sorted(ordered), len(log))
    log.clear()

# merge: lazy, stable across inputs, with key and reverse.
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([9, 4, 1], [8, 4, 0], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [])), list(heapq.merge(iter("ace"), "bdf")))
merged = list(heapq.merge(items([1, 2, 2], "a"), items([1, 2, 3], "b")))
show("merge ties", merged)
merged = list(heapq.merge(items([5, 2], "a"), items([4, 2], "b"), reverse=True))
show("merge reverse", merged)


def source(name, values):
    for v in values:
        print("  %s yields %d" % (name, v))
        yield v


stream = heapq.merge(source("x", [1, 4]), source("y", [2, 3]), key=lambda v: -(-v))
print("first", next(stream))
print("second", next(stream))
print("rest", list(stream))

# nsmallest / nlargest: n == 1 uses min()/max(), n >= len() uses sorted(), otherwise a heap.
values = [7, 1, 9, 3, 9, 1, 4]
for n in (-1, 0, 1, 2, 3, 7, 10):
    print(n, heapq.nsmallest(n, values), heapq.nlargest(n, values), heapq.nsmallest(n, iter(values)), heapq.nlargest(n, iter(values)))
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len), heapq.nlargest(2, iter(words), key=len))
print(heapq.nsmallest(2, {"b": 1, "a": 2, "c": 3}), heapq.nlargest(1, "hello"), heapq.nsmallest(1, []))
show("nsmallest", heapq.nsmallest(3, iter(items([5, 2, 8, 2, 1, 9, 1]))))
show("nlargest", heapq.nlargest(3, iter(items([5, 2, 8, 2, 1, 9, 9]))))
show("nsmallest key", heapq.nsmallest(2, iter(items([3, 1, 2, 1])), key=lambda it: it.value))

# Errors.
attempts = [
    lambda: heapq.heappush((), 1),
    lambda: heapq.heappop(None),
    lambda: heapq.heapify("abc"),
    lambda: heapq.heapreplace({}, 1),
    lambda: heapq.heappop([]),
    lambda: heapq.heapreplace([], 1),
    lambda: heapq.nsmallest(2, 5),
    lambda: heapq.nsmallest(2.0, [1, 2, 3]),
    lambda: heapq.nlargest("2", iter([1])),
    lambda: list(heapq.merge([1], 5)),
    lambda: heapq.heappush(["a"], 1),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as error:
        print(type(error).__name__ + ":", error)


class Grows:
    def __init__(self, value, heap):
        self.value = value
        self.heap = heap

    def __lt__(self, other):
        self.heap.append(None)
        return self.value < other.value


heap = [Grows(i, None) for i in range(3)]
try:
    heapq.heappush(heap, Grows(-1, heap))
except RuntimeError as error:
    print("RuntimeError:", error, len(heap))
