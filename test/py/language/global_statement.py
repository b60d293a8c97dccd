# global creates and rebinds module names from inside functions; reading without global works.
total = 0

def add(n):
    global total
    total += n

def create():
    global created
    created = "made inside a function"

def read_only():
    return total * 2

add(5)
add(7)
print(total, read_only())
print("created" in globals())
create()
print(created, "created" in globals())

def local_shadow():
    total = "local"
    return total

print(local_shadow(), total)

def unbound():
    try:
        print(total)
    except UnboundLocalError as error:
        print(type(error).__name__, error)
    total = 1

unbound()
