# Freeing traced blocks subtracts their sizes; what stays traced afterwards are the blocks parked on free lists.
import tracemalloc

tracemalloc.start()
start, _ = tracemalloc.get_traced_memory()
chunks = [bytes(1000 + i) for i in range(50)]
grown = tracemalloc.get_traced_memory()[0] - start
expected = sum(33 + 1000 + i for i in range(50))
del chunks
back = tracemalloc.get_traced_memory()[0] - start
tracemalloc.stop()
print("grown by the 50 bytes objects and a list:", grown - expected)
print("what remains:", back)
