# Nested finally blocks run inner to outer; the return value is computed before finally runs.
def order():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")

def value_captured():
    x = "before"
    try:
        return x
    finally:
        x = "after"
        print("  finally sets x to", x)

def on_exception():
    try:
        raise KeyError("k")
    finally:
        print("  finally runs while KeyError propagates")

print(order(), value_captured())
try:
    on_exception()
except KeyError as error:
    print("caught", repr(error))
