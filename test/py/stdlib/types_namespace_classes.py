# types: the names of the interpreter's own types, SimpleNamespace (repr, equality, recursion),
# MappingProxyType (a read-only view that follows its mapping), the class-creation helpers
# new_class / resolve_bases / prepare_class, GenericAlias, and DynamicClassAttribute.
import sys
import types


def function():
    yield 1


class Holder:
    __slots__ = ("slot",)

    def method(self):
        pass


checks = [
    (types.FunctionType, function), (types.LambdaType, lambda: 0), (types.CodeType, function.__code__),
    (types.GeneratorType, function()), (types.MethodType, Holder().method), (types.BuiltinFunctionType, len),
    (types.BuiltinMethodType, [].append), (types.ModuleType, sys), (types.MemberDescriptorType, Holder.slot),
    (types.WrapperDescriptorType, object.__init__), (types.MethodWrapperType, object().__str__),
    (types.MethodDescriptorType, str.join), (types.ClassMethodDescriptorType, dict.__dict__["fromkeys"]),
    (types.NoneType, None), (types.EllipsisType, ...), (types.NotImplementedType, NotImplemented),
]
print([kind.__name__ for kind, sample in checks if isinstance(sample, kind)])

ns = types.SimpleNamespace(b=2, a=1)
ns.me = ns
print(ns, ns.a, vars(ns) is ns.__dict__, types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
print(types.SimpleNamespace(x=[1]) != types.SimpleNamespace(x=[2]), types.SimpleNamespace() == object())


class Point(types.SimpleNamespace):
    pass


print(Point(x=1, y=2), Point(x=1) == types.SimpleNamespace(x=1), Point(x=1).__reduce__())
try:
    types.SimpleNamespace(1)
except TypeError as error:
    print("TypeError:", error)

data = {"k": 1}
view = types.MappingProxyType(data)
data["later"] = 2
print(view, len(view), view["later"], list(view), "k" in view, view.get("zz", 0), view.copy())
try:
    view["k"] = 5
except TypeError as error:
    print("TypeError:", error)
try:
    types.MappingProxyType([1])
except TypeError as error:
    print("TypeError:", error)

Dynamic = types.new_class("Dynamic", (dict,), {}, lambda body: body.update(greet=lambda self: "hi"))
print(Dynamic.__name__, Dynamic.__bases__, Dynamic().greet(), types.resolve_bases((int, list[str])))
print(types.prepare_class("C", (int,), {"metaclass": type, "flag": 1}))
try:
    types.prepare_class("C", (type("M1", (type,), {})("A", (), {}), type("M2", (type,), {})("B", (), {})))
except TypeError as error:
    print("TypeError:", error)
alias = types.GenericAlias(list, (int,))
print(alias, alias == list[int], type(list[int]) is types.GenericAlias, alias.__origin__, alias.__args__)


class Vector:
    def __init__(self, size):
        self._size = size

    @types.DynamicClassAttribute
    def size(self):
        "The vector's length."
        return self._size


print(Vector(3).size, Vector.__dict__["size"].__doc__)
try:
    Vector.size
except AttributeError as error:
    print("AttributeError on the class:", repr(error))
