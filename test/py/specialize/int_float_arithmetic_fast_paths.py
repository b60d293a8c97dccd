# Int and float arithmetic in hot loops (what the specialised BINARY_OP and its superinstructions
# run): results, reference counts of operands and results, the small-int cache and the order in
# which dead operands free their blocks.
import sys

def ints():
    a = 1000
    b = 2000
    out = []
    for i in range(20):
        c = a + b
        d = a * i - b
        e = (d // 7) % 5
        f = i & 6 | 1 ^ 3
        out.append((c, d, e, f))
    print(out[-1], len(out))
    print("operand refcounts:", sys.getrefcount(a), sys.getrefcount(b))
    x = 12345
    y = x + 1
    print("fresh result:", sys.getrefcount(y), y is x + 1)
    one = 1
    print("small results are cached:", (a - 999) is one, (b // 2000) is one)
    print("big:", 2 ** 60 + a, a * 10 ** 18, -a * 10 ** 18 - b)

def floats():
    x = 0.5
    t = 0.0
    for i in range(20):
        t = t + x * 2.0 - 0.25
        t /= 1.0001
    print(round(t, 9), sys.getrefcount(x))
    try:
        x / 0.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

def reuse():
    # Two dead operands: the result is allocated first, then the left and the right are freed.
    base = 10 ** 6
    for k in range(3):
        a = base + k
        b = base - k
        ida, idb = id(a), id(b)
        c = a + b
        del a, b
        d = base + 3
        e = base + 4
        print(id(c) in (ida, idb), id(d) == idb, id(e) == ida)

def errors():
    z = 0
    for v in (1, 2):
        try:
            v // z
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        try:
            v % z
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)

ints()
floats()
reuse()
errors()
