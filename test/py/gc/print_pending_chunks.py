# sys.stdout (a pipe) keeps what print() writes pending: from the second pending piece on they
# sit in a list (a GC allocation), which flushing releases to the list free list. print() also
# packs its positional arguments into a tuple.
import gc
import sys

print("stdout:", sys.stdout.line_buffering, sys.stdout.write_through, sys.stdout.isatty(), sys.stdout.errors)
print("stderr:", sys.stderr.line_buffering, sys.stderr.errors, sys.stdout._CHUNK_SIZE)
sys.stdout.flush()
c = [0] * 12
k = gc.get_count
gc.collect()
c[0] = k()[0]
c[1] = k()[0]
print("a")
c[2] = k()[0]
print("a")
c[3] = k()[0]
print("a", "b")
c[4] = k()[0]
print("a", "b", "c")
c[5] = k()[0]
sys.stdout.flush()
c[6] = k()[0]
print("a")
c[7] = k()[0]
sys.stdout._CHUNK_SIZE = 32
sys.stdout.write("x" * 40 + "\n")
c[8] = k()[0]
sys.stderr.write("line\n")
c[9] = k()[0]
print([b - a for a, b in zip(c, c[1:10])])
