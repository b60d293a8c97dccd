# Where a deep recursion fails: in CPython 3.11 a comparison followed by a conditional jump is
# specialised (COMPARE_OP_INT_JUMP and friends) once the function is warm, and then skips the
# comparison's recursion check, so the call raises ("maximum recursion depth exceeded"). A
# comparison that is never specialised (its result stored, big ints, str ordering, mixed types)
# still checks, and fails first ("... in comparison").
import sys


def attempt(label, f, arg):
    try:
        f(arg)
    except RecursionError as e:
        print(label, "->", e)


def ints(n):
    if n == 0:
        return 0
    return ints(n - 1)


def floats(x):
    if x < 0.0:
        return 0
    return floats(x + 1.0)


def strs(s):
    if s == "stop":
        return 0
    return strs(s)


def str_order(s):
    if s < "a":
        return 0
    return str_order(s)


def big_ints(n):
    if n == 0:
        return 0
    return big_ints(n + 1)


def stored(n):
    done = n == 0
    if done:
        return 0
    return stored(n - 1)


def mixed(n):
    if n == 0.5:
        return 0
    return mixed(n - 1)


def while_loop(n):
    i = 0
    while i < 3:
        i += 1
    return while_loop(n - 1)


attempt("ints", ints, 5000)
attempt("floats", floats, 1.0)
attempt("strs", strs, "go")
attempt("str order", str_order, "b")
attempt("big ints", big_ints, 2 ** 40)
attempt("stored", stored, 5000)
attempt("mixed", mixed, 5000)
attempt("while loop", while_loop, 5000)
sys.setrecursionlimit(60)
attempt("ints, low limit", ints, 5000)
