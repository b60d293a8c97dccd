# A Decimal is not tracked by the collector (CPython's C type has no GC), its size is PyDecObject's;
# a Python subclass of Decimal is tracked again.
import decimal, gc, sys
from decimal import Decimal
d = Decimal('1.5')
print(gc.is_tracked(d), gc.get_referents(d), sys.getsizeof(d))
print(sys.getsizeof(Decimal('1' * 80)), sys.getsizeof(Decimal(10 ** 100)), sys.getsizeof(Decimal('NaN')))
class D(Decimal):
    pass
x = D(1)
print(gc.is_tracked(x), sys.getsizeof(x), type(x).__name__, x + 1)
print(gc.is_tracked(Decimal(2) / Decimal(3)), Decimal(2) / Decimal(3))
