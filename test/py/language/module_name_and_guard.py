# __name__ is "__main__" in the script; module-level names, __builtins__ and the main guard.
import sys

print(__name__, type(sys.modules["__main__"]).__name__, sys.modules[__name__].__name__)
print(__doc__ is None, __package__, __spec__)
print(sorted(k for k in globals() if k.startswith("__")))


def main():
    print("main() called from the guard")
    return 0


def helper():
    return "helper" in globals()


if __name__ == "__main__":
    status = main()
    print("status:", status, helper())
else:
    print("imported")
print(main.__module__, main.__globals__ is globals(), type(__builtins__).__name__)
print(sys.argv[0] == "module_name_and_guard.py", len(sys.argv))
