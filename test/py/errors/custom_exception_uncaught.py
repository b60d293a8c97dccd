# An uncaught custom exception with several args and a module-level class: its name and str in the last line.
class ValidationError(Exception):
    pass


class InputError(ValidationError):
    def __str__(self):
        field, problem = self.args
        return f"{field}: {problem}"


def validate(record):
    if "name" not in record:
        raise InputError("name", "is required")


validate({"name": "x"})
print("first record ok")
validate({})
