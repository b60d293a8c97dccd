"""Measure CPython 3.11's allocator state when a script starts, for kernel/memory/startup_heap.ts.

Usage: python3 test/oracle/startup_heap.py

Runs a one-line script (`import sys; sys._debugmallocstats()`) as record.py runs programs
(`python3 -X utf8 NAME.py`, no PYTHON* variables) and prints, as TypeScript, the pymalloc blocks
in use per size class and the length of each free list. The numbers vary by a few blocks from
run to run (hash randomisation, arena alignment); any one run will do.
"""
import os
import re
import subprocess
import sys
import tempfile


PROBE = "import sys; sys._debugmallocstats()\n"

# The probe's own compilation releases its constant-cache keys onto the 2-tuple free list (8 of
# the 10 two-tuples it makes; kernel/vm/const_keys.ts), so the probe shows 8 whatever the list
# held before. A script that makes only 6 (one more constant, no 2-tuple co_names/co_consts)
# shows what is left of the list plus its 6 keys: with nothing left, 6. The kernel starts with
# that bound (the list before the script is compiled holds at most that many).
PROBE_2TUPLES = "x = 1\nimport sys; sys._debugmallocstats()\n"


def debugmallocstats(source):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "probe.py")
        with open(path, "w") as f:
            f.write(source)
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        run = subprocess.run([sys.executable, "-X", "utf8", "probe.py"], cwd=folder, env=env,
                             capture_output=True, text=True, check=True)
    return run.stderr


def main():
    text = debugmallocstats(PROBE)
    blocks = [0] * 32
    for m in re.finditer(r"^\s+(\d+)\s+\d+\s+\d+\s+(\d+)\s+\d+$", text, re.M):
        blocks[int(m.group(1))] = int(m.group(2))
    def free(pattern):
        return int(re.search(r"(\d+) free " + pattern, text).group(1))
    tuples = [free(r"%d-sized PyTupleObjects" % n) for n in range(1, 21)]
    tuples[1] = int(re.search(r"(\d+) free 2-sized PyTupleObjects", debugmallocstats(PROBE_2TUPLES)).group(1))
    print("// python3 -X utf8 (%s): test/oracle/startup_heap.py" % sys.version.split()[0])
    print("blocksInUse: [%s]," % ", ".join(map(str, blocks)))
    print("freeDicts: %d, freeFloats: %d, freeLists: %d," %
          (free("PyDictObjects"), free("PyFloatObjects"), free("PyListObjects")))
    print("freeTuples: [%s]," % ", ".join(map(str, tuples)))


if __name__ == "__main__":
    main()
