# Names that appear in code are interned: keyword-argument keys, attribute names, parameter names, __name__.
import sys


def keys(**kwargs):
    return list(kwargs)


def show_params(alpha, beta_value):
    return alpha


class Widget:
    def resize(self):
        pass


alpha = "alpha"
k = keys(alpha=1, beta_value=2)
print("kwargs key is the interned constant:", k[0] is alpha)
print("co_varnames are interned:", show_params.__code__.co_varnames[0] is alpha)
runtime = "".join(["be", "ta_value"])
print("runtime copy is the code's name:", runtime is show_params.__code__.co_varnames[1])
print("sys.intern(runtime) finds the code's name:", sys.intern(runtime) is show_params.__code__.co_varnames[1])
resize = "resize"
print("method name in the class dict:", [n for n in vars(Widget) if n == resize][0] is resize)
print("function __name__:", Widget.resize.__name__ is resize, show_params.__name__ is sys.intern("show_" + "params"))
w = Widget()
w.dynamic_attr = 1
key = next(iter(vars(w)))
print("attribute name from assignment:", key is sys.intern("dynamic" + "_attr"))
d = dict(alpha=1)
print("dict(alpha=1) key:", next(iter(d)) is alpha)
print("keys from a dict display are the constants:", next(iter({"alpha": 1})) is alpha)
print("getattr with a runtime name still works:", getattr(w, "dynamic" + "_attr"))
