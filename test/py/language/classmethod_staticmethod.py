# classmethod receives the class it was called on (even through an instance); staticmethod nothing.
class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        return cls(*map(int, text.split("-")))

    @staticmethod
    def is_valid(text):
        parts = text.split("-")
        return len(parts) == 3 and all(p.isdigit() for p in parts)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.year, self.month, self.day)


class BirthDate(Date):
    pass


print(Date.from_string("2024-02-29"))
print(BirthDate.from_string("1990-01-01"))
print(BirthDate(1, 2, 3).from_string("2000-12-31"))
print(Date.is_valid("2024-01-01"), Date(1, 1, 1).is_valid("nope"))
raw = Date.__dict__["from_string"]
print(type(raw).__name__, type(Date.from_string).__name__, Date.from_string.__self__ is Date)
print(type(Date.__dict__["is_valid"]).__name__, type(Date.is_valid).__name__)
print(callable(Date.__dict__["is_valid"]))
