# At exit, when no function or class defined in __main__ keeps its namespace alive in a cycle,
# the namespace dies with the module and releases its values in insertion order (the names
# starting with an underscore are not special here).
import atexit

ns = {}
exec("""
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)
""", ns)
zeta = ns["Noisy"]("zeta (first)")
_hidden = ns["Noisy"]("_hidden (second)")
alpha = ns["Noisy"]("alpha (third)")
atexit.register(print, "atexit runs before any global is released")
print("end of module")
