# A script starts with objects parked on the free lists by start-up code: its first lists cost no new block.
import sys

blocks = sys.getallocatedblocks
counts = []
made = []
before = blocks()
for i in range(50):
    made.append([])
    counts.append(blocks() - before)
print("blocks added after each of 50 new lists:", counts)
