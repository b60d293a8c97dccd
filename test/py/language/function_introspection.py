# Function attributes: __name__, __qualname__, __doc__, __defaults__, __code__ fields, nested __qualname__.
def greet(name, greeting="hello", *args, punct="!", **kw):
    """Say hello."""
    def inner():
        pass
    return inner


class Host:
    def method(self):
        def nested():
            pass
        return nested

    class Inner:
        def deep(self):
            pass


print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__defaults__, greet.__kwdefaults__)
print(greet("x").__qualname__, Host().method().__qualname__, Host.Inner.deep.__qualname__, Host.Inner.__qualname__)
code = greet.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount, code.co_nlocals)
print(code.co_varnames, code.co_firstlineno, code.co_filename.endswith("function_introspection.py"))
print(greet.__module__, greet.__dict__, type(greet).__name__, type(Host.method).__name__, type(Host().method).__name__)
greet.custom = 42
greet.__doc__ = "changed"
print(greet.__dict__, greet.__doc__)
renamed = greet
renamed.__name__ = "renamed"
print(greet.__name__, greet.__qualname__)
print((lambda: 0).__doc__, print.__name__, type(print).__name__, len.__qualname__, "".join.__qualname__)
