# except* splits an ExceptionGroup by type; unmatched parts propagate as a new group; nesting is preserved.
def raise_group():
    raise ExceptionGroup("batch", [ValueError(1), TypeError(2), ValueError(3),
                                   ExceptionGroup("inner", [KeyError("k"), TypeError(4)])])


try:
    raise_group()
except* ValueError as group:
    print("ValueError part:", repr(group))
except* TypeError as group:
    print("TypeError part:", repr(group))
except* LookupError as group:
    print("LookupError part:", repr(group))

try:
    try:
        raise_group()
    except* TypeError as group:
        print("handled:", group.exceptions)
except ExceptionGroup as rest:
    print("propagated:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as group:
    print("a naked exception is wrapped:", repr(group), group.message == "")
eg = ExceptionGroup("all", [ValueError(1), KeyError(2)])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest), repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(str(eg), eg.message, len(eg.exceptions))
try:
    ExceptionGroup("empty", [])
except ValueError as error:
    print("ValueError:", error)
