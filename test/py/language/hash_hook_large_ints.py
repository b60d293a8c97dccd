# hash() of an object whose __hash__ returns an int (Objects/typeobject.c slot_tp_hash):
# a value that fits in Py_hash_t is kept as it is, so __hash__ may return hash(y); only a value
# outside the C long range is reduced by int.__hash__; -1 becomes -2.
from dataclasses import dataclass


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


for v in [0, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, 2**63, 2**64 + 5,
          -2**61, -2**63, -2**63 - 1, 2**100, -2**100, True, False]:
    print(v, hash(H(v)), hash(H(v)) == hash(v))


class BigInt(int):
    def __hash__(self):
        return 7


print(hash(H(BigInt(2**70))), hash(H(BigInt(5))))


# a frozen dataclass hashes as the tuple of its fields
@dataclass(frozen=True)
class Point:
    x: int
    y: object


for fields in [(1, 2), (2**70, 'a'), (-1, None), (2**61 - 1, 2**64)]:
    p = Point(*fields)
    print(hash(p) == hash(fields), hash(p) == hash(tuple(fields)))


class Bad:
    def __hash__(self):
        return 1.5


try:
    hash(Bad())
except TypeError as e:
    print('TypeError:', e)
