# Locals die when the function returns, in the order of the frame's local slots; the return value survives.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)

def work():
    a = Tracked("a")
    b = Tracked("b")
    c = Tracked("c")
    result = Tracked("result")
    print("  returning")
    return result

r = work()
print("returned", r.name)

def reordered():
    second = None
    first = Tracked("first assigned, second slot")
    second = Tracked("second assigned, first slot")
    print("  returning")

reordered()

def early_exit(flag):
    x = Tracked("x")
    if flag:
        return "early"
    y = Tracked("y")
    return "late"

print(early_exit(True))
print(early_exit(False))
print("argument passed as a temporary:")
(lambda t: None)(Tracked("temporary argument"))
print("end")
