# Stacked decorators apply bottom-up and run top-down; decorator expressions are evaluated top-down first.
def tag(name):
    print("  evaluating tag(%r)" % name)

    def decorate(func):
        print("  applying", name, "to", func.__name__)

        def wrapper(*args):
            print("  enter", name)
            result = func(*args)
            print("  leave", name)
            return "<%s>%s</%s>" % (name, result, name)

        wrapper.__name__ = name + "_" + func.__name__
        return wrapper

    return decorate

print("defining")

@tag("b")
@tag("i")
def word(text):
    return text

print("calling", word.__name__)
print(word("hi"))

def register(cls):
    print("  registering", cls.__name__)
    cls.registered = True
    return cls

@register
class Widget:
    pass

print(Widget.registered)
