# Compiling a script leaves tuples on the free lists: the keys of the compiler's constant cache
# ((type, value) pairs for floats, bools, bytes; (keys, tuple) for tuples; one for each code
# object's names, constants, local names, bytecode, line and exception tables) are released
# when the compilation ends. The script's first small tuples come from there: no new block.
# Equal co_names / co_varnames / co_consts tuples of different functions are one object.
import sys

RATE = 1.5
FLAGS = (True, False, b'x', 2.25, -0.0, 3j)


def add(a, b):
    return a + b


def plus(a, b):
    return a + b


def scale(x):
    return x * RATE


def shift(y):
    return y * RATE


print(add.__code__.co_names is plus.__code__.co_names,
      add.__code__.co_varnames is plus.__code__.co_varnames,
      add.__code__.co_consts is plus.__code__.co_consts,
      scale.__code__.co_names is shift.__code__.co_names,
      scale.__code__.co_varnames is shift.__code__.co_varnames)

blocks = sys.getallocatedblocks
pairs = []
deltas = []
for i in range(60):
    before = blocks()
    pairs.append((i, -i))
    deltas.append(blocks() - before)
print('pairs:', deltas)
triples = []
deltas = []
for i in range(30):
    before = blocks()
    triples.append((i, i, -i))
    deltas.append(blocks() - before)
print('triples:', deltas)
singles = []
deltas = []
for i in range(20):
    before = blocks()
    singles.append((-i,))
    deltas.append(blocks() - before)
print('singles:', deltas)
