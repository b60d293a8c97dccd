# Handlers run in the translation of a warm function: the stack popped to the handler's depth,
# the exception (and lasti) pushed, sys.exc_info() while handling, re-raises with their lines,
# errors inside the handler, finally blocks that return, break and continue, and errors raised
# by instructions whose operands sit on the frame's stack (displays, f-strings, star calls).
import sys


class Boom(Exception):
    pass


class Quiet:
    def __init__(self, swallow):
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        return self.swallow and typ is not None and issubclass(typ, Boom)


def classify(i):
    try:
        if i % 5 == 0:
            raise Boom(i)
        if i % 5 == 1:
            return {}[i]
        if i % 5 == 2:
            return [0][i]
        if i % 5 == 3:
            return int("x%d" % i)
        return i
    except Boom as e:
        return ("boom", e.args[0], sys.exc_info()[0].__name__)
    except (KeyError, IndexError) as e:
        return (type(e).__name__, sys.exc_info()[1] is e)
    except Exception:
        return "other"
    finally:
        pass


def finally_flow(n):
    out = []
    for i in range(n):
        try:
            if i == 2:
                continue
            if i == 5:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out


def finally_returns(i):
    try:
        return 1 // (i % 2)
    finally:
        if i % 3 == 0:
            return "finally wins"


def in_handler(i):
    try:
        raise KeyError(i)
    except KeyError:
        try:
            return [][i]
        except IndexError as e:
            return repr(e.__context__)


def nested_with(i):
    total = 0
    with Quiet(True):
        with Quiet(False):
            total += i
            if i % 2:
                raise Boom("in with")
        total += 100
    return total


def stack_operands(i):
    try:
        return {[i]: 1}
    except TypeError as e:
        first = str(e)
    try:
        return f"{i:q}"
    except ValueError as e:
        second = str(e)
    try:
        return max(*i)
    except TypeError as e:
        third = str(e)
    return first, second, third


def bare_reraise(i):
    try:
        try:
            raise ValueError(i)
        except ValueError:
            if i % 2:
                raise
            return "kept"
    except ValueError as e:
        return "re-raised %s" % e


def name_unbound_after(i):
    try:
        raise Boom(i)
    except Boom as e:
        pass
    try:
        return e
    except NameError as err:
        return str(err)


for fn, args in [(classify, range(10)), (finally_returns, [0, 1, 3, 5, 6]), (in_handler, range(3)),
                 (nested_with, range(4)), (stack_operands, range(2)), (bare_reraise, range(4)),
                 (name_unbound_after, range(2))]:
    for rep in range(10):
        res = [fn(a) for a in args]
    print(fn.__name__, res)
for rep in range(10):
    res = finally_flow(8)
print("finally_flow", res)
print(sys.exc_info())


def lines(i):
    try:
        try:
            return 10 // i
        finally:
            x = i + 1
    except ZeroDivisionError:
        raise RuntimeError("wrapped") from None


for i in range(12, 0, -1):
    lines(i)
def warm_uncaught(i):
    try:
        return 10 // i
    finally:
        i += 1
for i in range(12, 0, -1):
    warm_uncaught(i)
warm_uncaught(0)
