# Errors from del: missing global, index, key and attribute, and reading a deleted local.
b, c = [1], {"k": 1}

class Box:
    pass

box = Box()

def delete_global():
    global never_defined
    del never_defined

errors = [
    delete_global,
    lambda: b.__delitem__(5),
    lambda: c.__delitem__("missing"),
    lambda: delattr(box, "attr"),
    lambda: delattr(Box, "nothing"),
]
for call in errors:
    try:
        call()
    except (NameError, IndexError, KeyError, AttributeError) as error:
        print(type(error).__name__, error)

def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as error:
        return str(error)

print(local_del())
