# decimal contexts: precision, the eight rounding modes, flags and traps, localcontext, signals as exceptions.
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, DefaultContext, ExtendedContext,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
                     ROUND_HALF_EVEN, ROUND_05UP, Inexact, Rounded, DivisionByZero, InvalidOperation, Overflow,
                     FloatOperation)

print(getcontext())
print(Decimal(1) / Decimal(7), Decimal(2) ** Decimal("0.5"), Decimal("0.1") + Decimal("0.2"))
for mode in (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
             ROUND_05UP):
    ctx = Context(prec=2, rounding=mode)
    print(mode, [str(ctx.plus(Decimal(x))) for x in ("1.25", "1.35", "-1.25", "1.201", "1.05", "-1.09")])
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 3, Decimal("123456789") + 0, ctx.flags[Inexact], ctx.flags[Rounded])
with localcontext(prec=3, rounding=ROUND_DOWN) as ctx:
    print(Decimal(2) / 3, ctx)
print(getcontext().prec, getcontext().flags[Inexact])
getcontext().clear_flags()
for expression in ("Decimal(1) / 0", "Decimal(0) / 0", "Decimal('1e999999') * 10", "Decimal(-1).sqrt()",
                   "Decimal(1) < 1.5", "divmod(Decimal(10), 0)"):
    try:
        print(expression, "=", eval(expression))
    except (ArithmeticError, TypeError) as error:
        print(expression, "->", type(error).__name__, error)
print(getcontext().flags)
setcontext(ExtendedContext)
print(Decimal(1) / 0, Decimal(0) / 0, Decimal(-1).sqrt(), Decimal(2) / 3, getcontext() is ExtendedContext)
getcontext().traps[DivisionByZero] = True
try:
    Decimal(5) / 0
except DivisionByZero as error:
    print("DivisionByZero", error, isinstance(error, ZeroDivisionError))
setcontext(DefaultContext)
getcontext().traps[FloatOperation] = True
try:
    Decimal(0.5)
except FloatOperation as error:
    print("FloatOperation", error, isinstance(error, TypeError))
for attribute, value in (("prec", 0), ("Emax", -1), ("rounding", "UP"), ("capitals", 2), ("speed", 1)):
    try:
        setattr(getcontext(), attribute, value)
    except (ValueError, TypeError, AttributeError) as error:
        print(type(error).__name__, error)
print(Context(prec=6, Emax=9, Emin=-9, traps=[Overflow]).create_decimal("1.2345678E+12"))
