# nonlocal binds the nearest enclosing function's variable, skipping levels that do not define it.
def outer():
    x = "outer"
    log = []
    def middle():
        def inner():
            nonlocal x
            x = "set by inner"
            log.append(x)
        inner()
        log.append("middle sees " + x)
    middle()
    log.append("outer sees " + x)
    return log

print(outer())

def accumulator():
    total = 0
    count = 0
    def add(value):
        nonlocal total, count
        total += value
        count += 1
        return total / count
    return add

avg = accumulator()
print(avg(10), avg(20), avg(0))

def shadow():
    x = 1
    def inner():
        x = 2
        return x
    inner()
    return x

print(shadow())
