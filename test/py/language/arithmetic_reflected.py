# Binary operators try __op__, then the other side's __rop__; a subclass's reflected method goes first.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        print("  Money.__add__", type(other).__name__)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("  Money.__radd__", type(other).__name__)
        return self.__add__(other)

    def __repr__(self):
        return "Money(%d)" % self.cents


class Euro(Money):
    def __radd__(self, other):
        print("  Euro.__radd__", type(other).__name__)
        return Euro(self.cents + other.cents)


print(Money(5) + Money(7))
print(Money(5) + 3)
print(3 + Money(5))
print(sum([Money(1), Money(2)]))
print(Money(1) + Euro(2))
try:
    Money(1) + "x"
except TypeError as error:
    print("TypeError:", error)
try:
    "x" + Money(1)
except TypeError as error:
    print("TypeError:", error)
