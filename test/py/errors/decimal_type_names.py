# Errors name the decimal module's types as CPython's C types are named: 'decimal.Decimal', 'decimal.Context'.
from decimal import Decimal, getcontext

for attempt in (lambda: Decimal(1) + 1.5, lambda: 2.5 * Decimal(2), lambda: Decimal(1) < "a", lambda: -getcontext(),
                lambda: getcontext().speed, lambda: Decimal(1).missing, lambda: len(Decimal(3))):
    try:
        attempt()
    except (TypeError, AttributeError) as error:
        print(type(error).__name__ + ":", error)
print(type(Decimal(1)), Decimal.__name__, Decimal.__qualname__, Decimal.__module__, type(getcontext()).__name__)
Decimal("1") + [2]
