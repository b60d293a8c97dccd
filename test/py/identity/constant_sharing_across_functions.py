# Constants are de-duplicated across the whole compilation unit: functions, classes and module share them.
def greeting():
    return "hello, world!"


def other_greeting():
    return "hello, world!"


class Holder:
    text = "hello, world!"
    pair = (1, "two", 3.0)

    def get_pair(self):
        return (1, "two", 3.0)


module_text = "hello, world!"
print("same non-identifier string in two functions:", greeting() is other_greeting())
print("function constant is the module constant:", greeting() is module_text, " class attribute:", Holder.text is module_text)
print("same tuple constant in class body and method:", Holder.pair is Holder().get_pair())
outer_a = (1, (2, 3))
outer_b = (0, (2, 3))
print("equal tuples nested in others share items:", outer_a[1] is outer_b[1])
print("co_consts holds the string once per code object:", greeting.__code__.co_consts.count("hello, world!"))
member_a = lambda v: v in {1, 2}
member_b = lambda v: v in {2, 1}
print("`in {...}` makes a frozenset constant, shared between equal sets:",
      type(member_a.__code__.co_consts[-1]).__name__, member_a.__code__.co_consts[-1] is member_b.__code__.co_consts[-1])
first = compile("s = 'hello, world!'", "a", "exec")
ns = {}
exec(first, ns)
print("a separate compile() gives a separate object:", ns["s"] is module_text, ns["s"] == module_text)
