# enum: members are singletons made once, when the class is created; lookup by value goes
# through _value2member_map_ and then _missing_. Flag values combine into pseudo-members that
# are created on demand and then cached; the boundary decides what happens to unknown bits.
import enum
import sys
from enum import (CONFORM, EJECT, KEEP, STRICT, Enum, Flag, IntEnum, IntFlag, StrEnum, auto, member,
                  nonmember, unique, verify, UNIQUE)


class Weekday(Enum):
    MON = 1
    TUE = 2
    TUESDAY = 2
    helper = nonmember("not a member")
    noted = member(lambda: "a function member")

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print([day.name for day in Weekday], Weekday.TUESDAY is Weekday.TUE, Weekday("mon"), Weekday.helper, Weekday.noted.value())
print(Weekday._member_names_, list(Weekday.__members__), list(Weekday._value2member_map_)[:2])
print(dir(Weekday.MON), Weekday.MON.__dict__.keys() == {"_value_", "_name_", "__objclass__", "_sort_order_"})
for attempt in (lambda: Weekday(9), lambda: Weekday["SUN"], lambda: setattr(Weekday, "MON", 3)):
    try:
        attempt()
    except (ValueError, KeyError, AttributeError, TypeError) as error:
        print(type(error).__name__ + ":", error)


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


before = dict(Perm._value2member_map_)
combo = Perm.R | Perm.X
print(repr(combo), combo in Perm._value2member_map_.values(), Perm(5) is combo, len(Perm._value2member_map_) - len(before))
print(list(Perm), list(combo), len(combo), Perm.R in combo, repr(~Perm.R), repr(Perm.R | Perm.W), repr(Perm(0)), bool(Perm(0)))
for boundary in (STRICT, CONFORM, EJECT, KEEP):
    Bits = Flag("Bits", "A B", boundary=boundary)
    try:
        print(boundary, repr(Bits(7)), repr(Bits(-1)))
    except ValueError as error:
        print(boundary, "ValueError:", str(error).replace("\n", " |"))


class Mode(IntFlag):
    READ = 4
    WRITE = 2


print(repr(Mode.READ | 8), Mode.READ | 1, repr(~Mode.READ), Mode(6), format(Mode.READ, "03b"), Mode.WRITE + 1)


class Level(IntEnum):
    LOW = 10
    HIGH = 20


class Color(StrEnum):
    RED = auto()
    DARK_BLUE = auto()


print(Level.LOW < 15, sorted([Level.HIGH, 5, Level.LOW]), str(Level.HIGH), repr(Level.LOW), Level(20).name)
print(list(Color), Color.RED == "red", Color.DARK_BLUE.upper(), f"{Color.RED}!", repr(Color("dark_blue")))


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.MARS.mass, Planet((5.97e24, 6.37e6)), sys.getsizeof(Planet.EARTH) == sys.getsizeof(Planet.MARS))
Animal = Enum("Animal", "ANT BEE", start=10)
print(list(Animal), Animal.__module__, Animal.BEE.value)
for source in ["@unique\nclass E(Enum):\n    A = 1\n    B = 1",
               "@verify(UNIQUE)\nclass E(Enum):\n    A = 1\n    B = 1",
               "class E(Enum):\n    A = 1\n    A = 2",
               "class E(Enum):\n    _bad_ = 1",
               "class E(Weekday):\n    pass"]:
    try:
        exec(source)
    except (ValueError, TypeError) as error:
        print(type(error).__name__ + ":", error)
