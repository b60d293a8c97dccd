# enum: Flag pseudo-members and boundaries, StrEnum, mixins, functional API, errors.
from enum import *
import enum


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


class P(IntFlag):
    R = 4
    W = 2
    X = 1


class Color(Enum):
    RED = 1
    GREEN = 2


class S(StrEnum):
    A = auto()
    B = 'bee'


print(repr(Perm(0)), str(Perm(0)), repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(~Perm.R), list(Perm.R | Perm.X),
      len(Perm.R | Perm.W), bool(Perm(0)))
print(repr(P.R | P.W), str(P.R | P.W), P(7), repr(P(8)), repr(P(0)), P.R | 1, repr(P.R | 8), format(P.R), ~P.R, repr(~P.R))
print(repr(S.A), str(S.A), S.A == 'a', format(S.B), f'{Color.RED}', format(Color.RED, '>10'), repr(Color), Color.__members__)
print(Color.RED.__class__, type(Color), Color.RED in Color, hash(Color.RED) == hash('RED'), dir(Color.RED), dir(Color))
for g in [lambda: 1 in Color, lambda: Color(3), lambda: Color['X'], lambda: setattr(Color, 'RED', 2),
          lambda: delattr(Color, 'RED'), lambda: Enum('X', 'A B'), lambda: list(Enum('X', 'A B', start=5)),
          lambda: Perm(8), lambda: Color.RED.name, lambda: Color.name, lambda: Color.RED.RED,
          lambda: unique(Enum('Y', [('A', 1), ('B', 1)])), lambda: Color.RED < Color.GREEN, lambda: Color._member_names_,
          lambda: Color._value2member_map_, lambda: Perm._flag_mask_, lambda: Perm._all_bits_, lambda: Perm.__members__]:
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__, e)
for src in ['class E(Color): pass', 'class E(Enum):\n A=1\n A=2', 'class E(Enum):\n _x_ = 1',
            'class E(Enum):\n A=auto()\n _generate_next_value_ = lambda *a: 1', 'class E(Enum):\n mro = 1',
            'class E(Enum):\n _order_ = "B A"\n A=1\n B=2',
            'class E(Flag):\n A=1\n B=2\n AB=3\nprint(list(E), E.AB, repr(E(3)), E.__members__)',
            'class E(Enum):\n A = "a"\n B = auto()\nprint(list(E))',
            'class E(Enum):\n A = 1\n def f(self): return 5\n B = 2\nprint(list(E), E.A.f())',
            'class E(Enum):\n A = 1\n B = 1\nprint(E.B, E._member_map_, E(1))',
            'class E(int, Enum):\n A = 1\nprint(E.A, repr(E.A), format(E.A), f"{E.A:>3}", E.A + 1, hash(E.A) == hash(1))',
            'class E(str, Enum):\n A = "x"\nprint(E.A, repr(E.A), format(E.A), E.A.upper())',
            'class E(Enum):\n A = (1, 2)\n def __init__(self, a, b): self.a = a\nprint(E.A, E.A.a, E((1,2)))',
            'E = Enum("E", [("A", 1)], module="m"); print(E.__module__, E.A, E.__qualname__)',
            'E = Enum("E", {"A": 5}); print(E.__module__, E.A.value)',
            'class F(IntFlag):\n A=1\nprint(F(4), F.A | 2, repr(F.A|2), F.A in F(3))',
            'class F(Flag):\n A=1\n B=2\nprint(F.A in F.B, F(3).name, F(0).name, repr(F.A & F.B), F.A ^ F.B, repr(~F(3)), ~F(0))',
            'print(Enum.__members__, repr(Enum), repr(Flag), Color.RED.__class__.__mro__)',
            'class E(Enum):\n name = 1\n value = 2\nprint(E.name, E.value, E.name.name, E.value.value, list(E))',
            'class E(IntEnum):\n A = 1\n B = 2\nprint(E.A < E.B, E.A + E.B, [e for e in E], E(2), E.B.real, max(E))',
            'class Planet(Enum):\n EARTH = (5.9e24, 6.3e6)\n def __init__(self, mass, radius):\n  self.mass = mass\n  self.radius = radius\n @property\n def g(self): return self.mass / self.radius ** 2\nprint(Planet.EARTH.mass, round(Planet.EARTH.g), Planet.EARTH.value)',
            'class E(Enum):\n A = 1\n @classmethod\n def _missing_(cls, v): return cls.A\nprint(E(99))',
            'class Shape(Enum):\n SQUARE = 2\n _ignore_ = ["x"]\n x = 5\nprint(list(Shape), hasattr(Shape, "x"))',
            'class E(Enum):\n A = 1\n __slots__ = ()\nprint(E.A)',
            'import copy\nprint(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)',
            'match Color.RED:\n case Color.GREEN: print("g")\n case Color.RED: print("r")',
            'print(enum.EnumMeta is enum.EnumType, isinstance(Color.RED, Enum), issubclass(P, int), P.R.value, type(P.R.value))',
            'class F(Flag, boundary=CONFORM):\n A=1\n B=2\nprint(F(7), repr(F(4)))',
            'class F(Flag, boundary=EJECT):\n A=1\n B=2\nprint(F(7), F(3))',
            'print(list(reversed(Color)), len(Perm), sorted(Perm, key=lambda p: -p.value))',
            'print(Color.RED.__reduce_ex__(4), Perm.R.__reduce_ex__(4))',
            ]:
    try:
        exec(src)
    except Exception as e:
        print(type(e).__name__, e)
