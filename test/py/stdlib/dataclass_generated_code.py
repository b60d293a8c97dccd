# dataclasses: what the decorator generates and the rules behind it. The __init__ signature
# (keyword-only fields, InitVar, default_factory shown as <factory>), __post_init__, the
# recursive-safe __repr__, __match_args__ for match statements, the __hash__ rules, slots=True
# (smaller instances, no __dict__), replace()/asdict()/astuple(), make_dataclass, and errors.
import sys
from dataclasses import (KW_ONLY, InitVar, asdict, astuple, dataclass, field, fields, is_dataclass,
                         make_dataclass, replace)


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    _: KW_ONLY
    weight: float = 1.0
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.weight *= scale


print(Node.__doc__)
print(Node.__init__.__qualname__, Node.__init__.__defaults__, Node.__init__.__kwdefaults__, Node.__match_args__)
root = Node("root", scale=3)
root.children.append(root)
print(root, [f.name for f in fields(root)], is_dataclass(root), is_dataclass(Node), is_dataclass(3))
for attempt in (lambda: Node(), lambda: Node("a", [], 2.0), lambda: replace(root, scale=None, name=1, extra=2)):
    try:
        attempt()
    except TypeError as error:
        print("TypeError:", error)

match Node("leaf", weight=0.5):
    case Node(name, children):
        print("matched", name, children)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: list = field(default=None, hash=False, compare=False)


@dataclass(eq=False)
class Token:
    text: str


print(Key(1) == Key(1, [2]), Key.__hash__(Key(1)) == hash((1,)), hash(Key(1)) == hash(Key(1, [5])), Token("x") == Token("x"), Token.__hash__ is object.__hash__)


@dataclass(slots=True)
class SlotPoint:
    x: int
    y: int = 0


@dataclass
class DictPoint:
    x: int
    y: int = 0


p = SlotPoint(1, 2)
print(SlotPoint.__slots__, hasattr(p, "__dict__"), sys.getsizeof(p), sys.getsizeof(DictPoint(1, 2)))
print(replace(p, y=5), asdict(Node("n", [Node("c")])), astuple(DictPoint(3)))

Pair = make_dataclass("Pair", ["left", ("right", int, field(default=0))], frozen=True)
pair = Pair(1)
print(pair, Pair.__doc__, fields(pair)[1].default, pair == Pair(1, 0))
try:
    pair.left = 2
except AttributeError as error:
    print(type(error).__name__ + ":", error)

for source in ["@dataclass\nclass A:\n    x: list = []",
               "@dataclass\nclass A:\n    x: int = 0\n    y: int",
               "@dataclass(order=True)\nclass A:\n    x: int\n    def __lt__(self, other): return True",
               "@dataclass\nclass A:\n    x = field(default=1)",
               "make_dataclass('A', ['x', 'x'])",
               "field(default=1, default_factory=int)"]:
    try:
        exec(source)
    except (TypeError, ValueError) as error:
        print(type(error).__name__ + ":", error)
