# enum: members, value/name, iteration order, aliases, lookup by value and name, auto(), IntEnum, Flag.
from enum import Enum, IntEnum, Flag, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"])
print(list(Color), Color.CRIMSON is Color.RED, len(Color), list(Color.__members__))
print(Color.RED == 1, Color.RED is Color(1), isinstance(Color.RED, Color), type(Color.RED).__name__)

class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()

print(list(Priority), Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, Priority(3), sorted([Priority.HIGH, 1]))
print(f"{Priority.LOW}", str(Priority.LOW), repr(Priority.LOW), int(Priority.HIGH))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, [p.name for p in Perm], Perm(0), (rw & Perm.W).value)
for bad in (lambda: Color(7), lambda: Color["PURPLE"]):
    try:
        bad()
    except (ValueError, KeyError) as error:
        print(type(error).__name__, error)
try:
    Color.RED = 5
except AttributeError as error:
    print("AttributeError:", error)
