# hash() of ints, floats, bools and tuples of numbers is deterministic; -1 maps to -2; reduction mod 2**61-1.
import sys

print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(False), hash(10 ** 18))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 5), hash(-(2 ** 61)), hash(2 ** 100))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(1.5), hash(float("inf")), hash(float("-inf")))
print(hash(-0.0) == hash(0.0), hash(1e100) == hash(10 ** 100), hash(2.0 ** 70) == hash(2 ** 70))
print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), hash((0.5, True)))
print(hash(complex(1, 2)), hash(3 + 0j) == hash(3), hash(range(3)) == hash(range(3)))
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.width, sys.hash_info.inf, sys.hash_info.imag)


class Key:
    def __hash__(self):
        return -1


class BigHash:
    def __hash__(self):
        return 2 ** 70


print(hash(Key()), hash(BigHash()) == hash(2 ** 70))
