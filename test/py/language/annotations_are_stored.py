# Annotations are stored, not enforced: module, class and function __annotations__.
count: int = "not an int"
pending: list[str]
print(count, __annotations__)


class Config:
    name: str
    retries: int = 3
    ratio: "float" = 0.5


print(Config.__annotations__, Config.retries, hasattr(Config, "name"))


def scale(value: float, factor: int = 2, *, label: str = "") -> float:
    return value * factor


print(scale.__annotations__)
print(scale("ab"), scale([1], 3))


def local_annotations():
    x: int = 5
    y: str
    return x


print(local_annotations(), local_annotations.__annotations__)
try:
    pending
except NameError as error:
    print("NameError:", error)
