# TypeError messages for keyword arguments: unexpected, duplicated, positional-only, missing keyword-only.
def connect(host, port=80, *, timeout, retries=3):
    return host, port, timeout, retries


def pos_only(a, b, /, c):
    return a, b, c


print(connect("example", timeout=5))
print(connect(port=8080, host="h", timeout=1, retries=0))
calls = [
    lambda: connect("h", timeout=1, verbose=True),
    lambda: connect("h", host="again", timeout=1),
    lambda: connect("h"),
    lambda: connect("h", 1),
    lambda: pos_only(1, b=2, c=3),
    lambda: pos_only(a=1, b=2, c=3),
    lambda: pos_only(1, 2),
    lambda: connect(),
]
for call in calls:
    try:
        call()
    except TypeError as error:
        print(error)
print(pos_only(1, 2, c=3))
