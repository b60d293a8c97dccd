# dataclasses with order=True and frozen=True: generated comparisons and hash, and the errors they raise.
from dataclasses import dataclass, FrozenInstanceError

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1))
print(hash(Version(1)) == hash(Version(1)), Version(1, 0) == Version(1), {Version(2): "two"}[Version(2)])
try:
    Version(1).major = 2
except FrozenInstanceError as error:
    print("FrozenInstanceError:", error)
try:
    Version(1) < (1, 0)
except TypeError as error:
    print("TypeError:", error)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as error:
    print("ValueError:", error)

@dataclass(eq=False)
class Identity:
    value: int

print(Identity(1) == Identity(1), Identity.__hash__ is object.__hash__)

@dataclass
class Unhashable:
    value: int

print(Unhashable.__hash__)
