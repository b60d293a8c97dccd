# typing: structural checks with Protocol and runtime_checkable, TypedDict (plain dicts at run
# time, with required and optional keys), NamedTuple, NewType, get_type_hints resolving
# forward references (a class's hints include its bases'), overload, and assert_never.
import typing
from typing import (Annotated, Iterator, List, NamedTuple, NewType, NotRequired, Optional, Protocol, Required,
                    SupportsIndex, SupportsInt, TypedDict, get_overloads, get_type_hints, overload,
                    runtime_checkable)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class HasSize(Protocol):
    size: int


class File:
    def close(self):
        pass


class Broken:
    close = None


print(isinstance(File(), Closer), issubclass(File, Closer), isinstance(Broken(), Closer), isinstance(1, Closer))
print(isinstance(3, SupportsInt), isinstance(3.5, SupportsIndex), isinstance("3", SupportsInt), Closer._is_protocol)
for attempt in (lambda: Closer(), lambda: isinstance(File(), HasSize), lambda: runtime_checkable(File)):
    try:
        attempt()
    except TypeError as error:
        print("TypeError:", error)


class Movie(TypedDict, total=False):
    title: Required[str]
    year: int


class Review(Movie):
    score: float
    note: NotRequired[str]


m = Movie(title="Up")
print(m, type(m), sorted(Review.__required_keys__), sorted(Review.__optional_keys__), Review.__total__)
print(get_type_hints(Review), typing.is_typeddict(Review), Review.__annotations__["title"])
try:
    isinstance(m, Movie)
except TypeError as error:
    print("TypeError:", error)


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


Span = NamedTuple("Span", [("start", int), ("stop", int)])
print(Point(3, -4).norm(), Point._field_defaults, Point.__annotations__, Span(1, 2), Span._fields, Point.__doc__)

UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, Optional[UserId])
try:
    class Admin(UserId):
        pass
except TypeError as error:
    print("TypeError:", error)


class Tree:
    left: "Optional[Tree]"
    label: Annotated[str, "shown"]


class Forest(Tree):
    trees: "List[Tree]"


def walk(tree: "Tree", depth: int = 0) -> "Iterator[Tree]":
    yield tree


print(get_type_hints(Forest))
print(get_type_hints(walk), get_type_hints(Tree, include_extras=True)["label"])


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"), len(get_overloads(double)), typing.cast(int, "kept"), typing.assert_type(1, int))
try:
    typing.assert_never("unexpected")
except AssertionError as error:
    print("AssertionError:", error)
