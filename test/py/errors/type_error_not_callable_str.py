# Calling a str: a name that shadows a function.
def title(text):
    return text.title()


print(title("hello"))
title = title("hello")
print(title("again"))
