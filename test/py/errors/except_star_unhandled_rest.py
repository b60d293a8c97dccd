# except* handles part of a group; the unhandled rest propagates and is printed as a group.
try:
    raise ExceptionGroup("batch", [KeyError("k"), TypeError("t"), ExceptionGroup("nested", [OSError(5, "io")])])
except* KeyError as handled:
    print("handled:", repr(handled.exceptions))
