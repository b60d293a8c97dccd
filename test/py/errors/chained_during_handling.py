# An exception raised in an except block: both tracebacks, joined by "During handling ...".
def load(settings, key):
    try:
        return settings[key]
    except KeyError:
        return settings["defaults"][key]


print(load({"a": 1}, "a"))
print(load({"a": 1}, "b"))
