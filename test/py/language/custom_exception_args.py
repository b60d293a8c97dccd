# Exception args: str() shows one arg bare, several as a tuple; a custom __init__ and __str__.
class AppError(Exception):
    pass


class HttpError(AppError):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return "%d %s" % (self.status, self.reason)


class NoSuper(Exception):
    def __init__(self, code):
        self.code = code


for e in (AppError(), AppError("one"), AppError("one", 2), AppError(["list"]), HttpError(404, "Not Found"),
          NoSuper(7)):
    print(repr(str(e)), repr(e), e.args)
e = AppError("x")
e.args = ("changed", "args")
print(str(e), repr(e))
try:
    raise HttpError(500, "Oops")
except AppError as error:
    print(type(error).__name__, error.status, error, isinstance(error, Exception))
print(AppError.__mro__[1:])
print(issubclass(AppError, BaseException), AppError.__module__, AppError.__qualname__)
