# An uncaught ExceptionGroup prints its nested tree of tracebacks.
def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    return n


def run_all():
    errors = []
    for n in range(4):
        try:
            task(n)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("some tasks failed", errors)


run_all()
