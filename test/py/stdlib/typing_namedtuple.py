# typing.NamedTuple: annotated fields, defaults, methods, and the same tuple behaviour as namedtuple.
from typing import NamedTuple, Optional


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    manager: Optional[str] = None

    def describe(self):
        return "%s (%s)" % (self.name, self.dept)


e = Employee("ada")
print(e, e.describe(), e._fields, Employee._field_defaults, Employee.__annotations__)
print(e == ("ada", "eng", None), e._replace(dept="ops"), tuple(e), e[0], isinstance(e, tuple))
name, dept, _ = e
print(name, dept, Employee._make(["bob", "hr", "ada"]), e._asdict())
try:
    Employee()
except TypeError as error:
    print("TypeError:", error)
try:
    e.name = "x"
except AttributeError as error:
    print("AttributeError:", error)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as error:
    print("TypeError:", error)
