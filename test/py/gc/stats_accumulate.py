# gc.get_stats(): per-generation counts of collections and collected objects accumulate.
import gc

gc.collect()
before = gc.get_stats()
for n in range(3):
    for _ in range(n + 1):
        x = []
        x.append(x)
        del x
    gc.collect(n)
after = gc.get_stats()
for g in range(3):
    print(g, {k: after[g][k] - before[g][k] for k in sorted(after[g])})
print("a list of three dicts:", type(after).__name__, len(after), type(after[0]).__name__)
