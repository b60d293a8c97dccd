# A collection while an exception propagates: the frames the traceback holds keep their locals
# reachable until the exception is dropped; then the frame-traceback-exception cycle is garbage.
import gc, weakref

class Obj:
    pass

def inner():
    local = Obj()
    local.self = local
    refs.append(weakref.ref(local))
    raise ValueError("boom")

def outer():
    try:
        inner()
    finally:
        print("in finally, collected:", gc.collect(), "local alive:", refs[0]() is not None)

refs = []
gc.collect()
try:
    outer()
except ValueError as e:
    print("in except, collected:", gc.collect(), "local alive:", refs[0]() is not None)
print("after except, collected:", gc.collect(), "local alive:", refs[0]() is not None)

refs.clear()
gc.collect()
try:
    inner()
except ValueError as e:
    saved = e
print("exception kept, collected:", gc.collect(), "local alive:", refs[0]() is not None)
del saved
print("exception dropped, collected:", gc.collect(), "local alive:", refs[0]() is not None)
