# Filter patterns are shell-style (fnmatch): *, ?, [abc], [!abc]; a ".pyc" pattern matches its ".py" file.
import tracemalloc

traces = [(0, 10, (("/app/main.py", 1),), 1), (0, 20, (("/app/util.py", 2),), 1),
          (0, 30, (("/lib/x1.py", 3),), 1), (0, 40, (("/lib/xy.py", 4),), 1), (0, 50, (("<string>", 5),), 1)]
snap = tracemalloc.Snapshot(traces, 1)
for pattern in ["*.py", "/app/*", "/lib/x?.py", "/lib/x[0-9].py", "/lib/x[!0-9].py", "<*>", "*/main.pyc", "main.py"]:
    kept = snap.filter_traces([tracemalloc.Filter(True, pattern)])
    dropped = snap.filter_traces([tracemalloc.Filter(False, pattern)])
    print("%-16s keeps %-16s drops %s" % (pattern, [t.size for t in kept.traces], [t.size for t in dropped.traces]))
both = snap.filter_traces([tracemalloc.Filter(True, "/app/*"), tracemalloc.Filter(True, "/lib/*"), tracemalloc.Filter(False, "*util*")])
print("includes are OR-ed, excludes AND-ed:", [t.size for t in both.traces])
