# Defaults are evaluated once at def time; __defaults__ and __kwdefaults__ can be read and replaced.
counter = 0


def next_value():
    global counter
    counter += 1
    return counter


def f(a=next_value(), *, b=next_value()):
    return a, b


print("counter after def:", counter)
print(f(), f(), f(10))
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (100,)
f.__kwdefaults__ = {"b": 200}
print(f(), f(b=0))


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)


def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(safe_append(1), safe_append(2))
