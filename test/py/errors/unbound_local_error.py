# Reading a local before assignment: the 3.11 UnboundLocalError message.
counter = 0


def increment():
    counter += 1
    return counter


print("counter:", counter)
increment()
