# Global and builtin name lookups from a function run many times (LOAD_GLOBAL's cache): the
# value seen after rebinding, deleting, shadowing a builtin, and through globals() and exec.
import builtins

original_len = builtins.len

counter = 1

def read():
    return counter, len("abc")

results = []
for step in range(6):
    if step == 1:
        counter = 2
    if step == 2:
        len = lambda s: -1
    if step == 3:
        del len
    if step == 4:
        globals()["counter"] = 40
    if step == 5:
        builtins.len = lambda s: 99
    results.append(read())
builtins.len = original_len
print(results)
print(read())

del counter
try:
    read()
except NameError as e:
    print("NameError:", e)

code = compile("def g():\n    return value\n", "<g>", "exec")
ns1 = {"value": "first"}
ns2 = {"value": "second"}
exec(code, ns1)
exec(code, ns2)
print([ns1["g"]() for _ in range(3)], [ns2["g"]() for _ in range(3)])
ns1["value"] = "changed"
print(ns1["g"](), ns2["g"]())
