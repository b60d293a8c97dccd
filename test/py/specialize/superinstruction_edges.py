# Loads fused with the operation that consumes them: an unbound local in either position, a
# jump into the middle of a fused sequence, and an error raised by the operation (the
# traceback points at it).
def unbound_first():
    for i in range(2):
        if i:
            return a + 1
        a = 1
        del a

def unbound_second(flag):
    x = 1
    if flag:
        y = 2
    return x + y

def middle(n):
    total = 0
    for i in range(n):
        total = (i if i % 2 else total) + 1
    return total

def failing(d):
    n = 10
    return n // d

try:
    unbound_first()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(unbound_second(True))
try:
    unbound_second(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(middle(7))
for d in (5, 2):
    print(failing(d))
failing(0)
