# dataclasses: generated __init__/__repr__/__eq__, field(default_factory), asdict, replace, __post_init__.
from dataclasses import dataclass, field, asdict, astuple, replace, fields

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False, compare=False)

a = Item("pen", 1.5)
b = Item("pen", 1.5, secret="different")
a.tags.append("office")
print(a, a == b, a.tags is b.tags, Item.__eq__ is not object.__eq__, Item.__hash__)
print(asdict(a), astuple(b), replace(a, price=2.0), [f.name for f in fields(Item)])
try:
    Item()
except TypeError as error:
    print("TypeError:", error)

@dataclass
class Derived(Item):
    qty: int = 1

    def __post_init__(self):
        self.total = self.price * self.qty

d = Derived("ink", 2.0, qty=3)
print(d, d.total)
