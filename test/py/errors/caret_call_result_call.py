# Calling the result of a call that returned None: f(x)(y).
def make_handler(kind):
    if kind == "loud":
        return lambda text: text.upper()


print(make_handler("loud")("hi"))
print(make_handler("quiet")("hi"))
