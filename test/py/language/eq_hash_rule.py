# Defining __eq__ without __hash__ sets __hash__ to None: instances become unhashable.
class Plain:
    pass

class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v

class EqAndHash(EqOnly):
    def __hash__(self):
        return hash(self.v)

class InheritsEq(EqOnly):
    pass

print("Plain:", Plain.__hash__ is object.__hash__, Plain() == Plain())
print("EqOnly:", EqOnly.__hash__, EqOnly(1) == EqOnly(1))
try:
    {EqOnly(1)}
except TypeError as error:
    print("TypeError:", error)
try:
    hash(InheritsEq(1))
except TypeError as error:
    print("TypeError:", error)
print("EqAndHash:", len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}))
print({EqAndHash(3): "three"}[EqAndHash(3)])
try:
    hash([1])
except TypeError as error:
    print("TypeError:", error)
try:
    {}[{"a": 1}] = 1
except TypeError as error:
    print("TypeError:", error)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
