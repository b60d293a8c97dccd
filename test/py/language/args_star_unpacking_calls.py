# Calls with several * and ** unpackings, and their TypeError messages.
def show(*args, **kwargs):
    return args, sorted(kwargs.items())


first = [1, 2]
second = (3,)
print(show(*first, 0, *second, *"ab"))
print(show(**{"x": 1}, y=2, **{"z": 3}))
print(show(*range(3), **dict(a=1)))
calls = [
    lambda: show(**{"x": 1}, **{"x": 2}),
    lambda: show(x=1, **{"x": 2}),
    lambda: show(*5),
    lambda: show(**[1, 2]),
    lambda: show(**{1: "a"}),
    lambda: print(*None),
]
for call in calls:
    try:
        call()
    except TypeError as error:
        print(error)
