# %-formatting's float conversions take __float__, then __index__, as PyFloat_AsDouble does.
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class Bad:
    def __float__(self): return 1
for v in (1.5, 3, True, F(), I(), 10**400, Bad(), 'x'):
    try:
        print('%f|%e|%g' % (v, v, v))
    except Exception as e:
        print(type(e).__name__, e)
