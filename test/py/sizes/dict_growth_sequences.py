# Dict sizes while inserting: tables of 8, 16, 32, ... slots hold 5, 10, 21, ... entries; str-only keys use smaller entries.
import sys

for label, make_key in [("int keys", lambda i: i), ("str keys", lambda i: "k%d" % i), ("tuple keys", lambda i: (i,))]:
    d = {}
    last = sys.getsizeof(d)
    changes = [(0, last)]
    for i in range(100):
        d[make_key(i)] = i
        size = sys.getsizeof(d)
        if size != last:
            changes.append((len(d), size))
            last = size
    print(label, changes)
