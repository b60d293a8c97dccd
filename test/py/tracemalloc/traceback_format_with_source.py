# Traceback.format() gives "File ..., line N" lines followed by the stripped source line, oldest frame first unless asked otherwise.
import tracemalloc


def make_buffer():
    return bytearray(64)


def caller():
    return make_buffer()


tracemalloc.start(4)
buf = caller()
tb = tracemalloc.get_object_traceback(buf)
tracemalloc.stop()
first = make_buffer.__code__.co_firstlineno
for line in tb.format():
    print(line.replace(__file__, "<this file>").replace("line %d" % (first + 1), "line L+1"))
print(tb.format(limit=1)[1].strip())
print(tb.format(limit=-1)[1].strip())
print(tb.format(most_recent_first=True)[1].strip())
