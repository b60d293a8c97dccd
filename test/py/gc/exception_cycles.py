# An exception caught in a function and kept in a local forms a cycle through its traceback
# and the frame; `except ... as e` deletes e at the end of the block to avoid it.
import gc

gc.collect()


def keeps_it():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e


keeps_it()
print("exception kept in a local:", gc.collect())


def drops_it():
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass


drops_it()
print("exception dropped by the except block:", gc.collect())


def chained():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise ValueError("outer")
    except ValueError as e:
        saved = e


chained()
print("chained exceptions kept in a local:", gc.collect())
