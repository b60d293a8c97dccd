# A suspended generator is closed when it dies: GeneratorExit runs its finally blocks, by
# refcount and during a collection.
import gc


def worker(name):
    try:
        yield 1
        yield 2
    finally:
        print("  finally of", name)


gc.collect()
g = worker("refcount")
next(g)
del g
print("after del")
h = worker("cycle")
next(h)
box = [h]
box.append(box)
del h, box
print("collect() ->", gc.collect())
done = worker("exhausted")
list(done)
del done
print("an exhausted generator has nothing to close")
