# Warm functions that hit an unbound local and a missing global give the errors CPython gives.
def maybe(flag):
    if flag:
        y = 1
    return y


def uses_global(n):
    return n + later


for i in range(30):
    maybe(True)
try:
    maybe(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
for i in range(30):
    try:
        uses_global(i)
    except NameError as e:
        last = str(e)
print(last)
later = 100
print(uses_global(1))
