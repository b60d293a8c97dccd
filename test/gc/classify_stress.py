"""Which conformance programs give the same output when the collector runs all the time?

Usage: python3 test/gc/classify_stress.py [--write]

Runs every program of ../shared/conformance and test/py twice under CPython 3.11: as recorded
(`cd FOLDER && python3 -X utf8 NAME.py`) and with a sitecustomize that calls
gc.set_threshold(1) first, so that a collection of generation 0 runs at almost every allocation
of a container. A program whose stdout, stderr or exit status differ depends on when the
collector runs; the kernel's stress mode (a collection at every GC allocation) cannot be
expected to reproduce it. The list of those programs is printed, or written to
test/gc/stress_skip.txt with --write (one path per line, as the conformance ledger names them).
"""
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))

# Programs that CPython's gc.set_threshold(1) run does not catch but whose output depends on
# collection timing all the same: the kernel's stress mode collects at *every* allocation (twice
# as often as threshold 1), so a cycle is found before the program's own gc.collect().
MANUAL = {
    "conformance/weakref/weakrefs_and_gc.py": "print looks file.write up for each piece (PyFile_WriteObject): a collection between pieces finds the dropped cycle",
    "test/py/finalizers/del_resurrect_cycle_members.py": "the cycle is collected before its members' order is set",
    "test/py/weakref/keydict_class_keys.py": "the dropped class is collected before the first print",
    "test/py/weakref/valuedict_cycles.py": "the cyclic value is collected before the first print",
    "test/py/tracemalloc/c_types_attributed_to_caller.py": "stress runs reach a full collection (which empties the free lists) sooner in the kernel's smaller heap: the list _get_traces makes before copying the traces is a new, traced block",
    "test/py/allocator/int_divmod_block_sizes.py": "stress runs reach a full collection (which empties the float free list) sooner in the kernel's smaller heap: a true division's float is a new, traced block",
    "test/py/sizes/lru_cache_memory.py": "stress runs reach a full collection (which empties the tuple and dict free lists) sooner in the kernel's smaller heap: keys and cache dicts are new, traced blocks",
    "test/py/tracemalloc/object_traceback_by_type.py": "stress runs reach a full collection (which empties the free lists) sooner in the kernel's smaller heap: the list is a new, traced block",
    "test/py/tracemalloc/traced_memory_returns_after_free.py": "stress runs reach a full collection (which empties the free lists) sooner in the kernel's smaller heap: parked objects are new, traced blocks",
}
REPO = os.path.dirname(os.path.dirname(HERE))
ROOTS = [
    (os.path.join(os.path.dirname(REPO), "shared", "conformance"), "conformance"),
    (os.path.join(REPO, "test", "py"), "test/py"),
]


def programs():
    for root, prefix in ROOTS:
        for folder, _dirs, files in os.walk(root):
            for name in sorted(files):
                if not name.endswith(".py"):
                    continue
                path = os.path.join(folder, name)
                if not os.path.exists(path[:-3] + ".out"):
                    continue
                yield path, prefix + "/" + os.path.relpath(path, root).replace(os.sep, "/")


def run(path, site_dir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    if site_dir is not None:
        env["PYTHONPATH"] = site_dir
    p = subprocess.run([sys.executable, "-X", "utf8", os.path.basename(path)], cwd=os.path.dirname(path),
                       stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=120)
    return p.stdout, p.stderr, p.returncode


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("classify_stress.py must run under CPython 3.11")
    with tempfile.TemporaryDirectory() as site_dir:
        with open(os.path.join(site_dir, "sitecustomize.py"), "w") as f:
            f.write("import gc\ngc.set_threshold(1)\n")
        items = sorted(programs(), key=lambda item: item[1])

        def differs(item):
            path, name = item
            return name if run(path, None) != run(path, site_dir) else None

        with ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as pool:
            dependent = [name for name in pool.map(differs, items) if name is not None]
    text = "".join(name + "\n" for name in dependent)
    if "--write" in sys.argv:
        with open(os.path.join(HERE, "stress_skip.txt"), "w") as f:
            f.write("# Programs whose CPython output changes under gc.set_threshold(1): written by classify_stress.py.\n")
            f.write(text)
            f.write("# Timing-dependent under the kernel's stress mode only (classify_stress.py MANUAL):\n")
            for name in sorted(MANUAL):
                if name not in dependent:
                    f.write("%s  # %s\n" % (name, MANUAL[name]))
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
