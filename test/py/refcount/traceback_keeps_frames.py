# A caught exception's traceback keeps the raising frame and its locals alive until the exception goes.
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


def failing():
    local = Resource("local of failing()")
    raise RuntimeError("boom")


try:
    failing()
except RuntimeError as error:
    print("handler: the local is still alive")
print("handler done (the `as` name was deleted)")

try:
    failing()
except RuntimeError as error:
    kept = error
print("kept the exception past the handler")
frame = kept.__traceback__.tb_next.tb_frame
print("frame name:", frame.f_code.co_name, "local:", frame.f_locals["local"].name)
del frame
print("dropping the traceback:")
kept.__traceback__ = None
print("traceback dropped")
del kept
print("end")
