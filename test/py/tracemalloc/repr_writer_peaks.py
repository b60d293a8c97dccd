# repr of containers, str(int), str.format and f-strings build their result in a
# _PyUnicodeWriter: an over-allocated buffer (min_length, then a quarter more), grown by
# realloc, widened for non-ASCII text, shrunk to the result at the end. repr of a container
# also grows the thread state's Py_Repr list, and an int's decimal conversion uses a scratch
# int. tracemalloc's peak sees all of them.
import sys
import tracemalloc


def measure(label, f):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    blocks = sys.getallocatedblocks()
    result = f()
    current, peak = tracemalloc.get_traced_memory()
    print(f'{label:<28} len={len(result):<5} kept={current - before:<5} peak={peak - before:<5} blocks={sys.getallocatedblocks() - blocks}')
    return result


tracemalloc.start()
keep = []
small = [1, 2, 3]
words = ['alpha', 'beta', 'gamma', 'delta']
long_items = ['x' * 40, 'y' * 50, 'z' * 60]
wide = ['é', 'ab', 'ā', '€', '\U0001F600']
nested = [[1, 2], (3, 4), {5: 6}, [[7]]]
big = 12345678901234567890123456789
for label, f in [
    ('repr([])', lambda: repr([])),
    ('repr([7])', lambda: repr([7])),
    ('repr(small)', lambda: repr(small)),
    ('repr(words)', lambda: repr(words)),
    ('repr(long_items)', lambda: repr(long_items)),
    ('repr(wide)', lambda: repr(wide)),
    ('repr(nested)', lambda: repr(nested)),
    ('repr(range list)', lambda: repr(list(range(100)))),
    ('repr(())', lambda: repr(())),
    ('repr((5,))', lambda: repr((5,))),
    ('repr(tuple(words))', lambda: repr(tuple(words))),
    ('repr({})', lambda: repr({})),
    ('repr({1: "a"})', lambda: repr({1: 'a'})),
    ('repr(dict)', lambda: repr({w: len(w) for w in words})),
    ('repr(dict long)', lambda: repr(dict(enumerate(long_items)))),
    ('str(0)', lambda: str(0)),
    ('str(7)', lambda: str(7)),
    ('str(-123456)', lambda: str(-123456)),
    ('str(2**40)', lambda: str(2 ** 40)),
    ('str(big)', lambda: str(big)),
    ('repr(-big)', lambda: repr(-big)),
    ('str(10**100)', lambda: str(10 ** 100)),
    ('format 2 fields', lambda: '{} and {}'.format(1, 'b')),
    ('format long', lambda: '{}-{}'.format('q' * 150, 'r' * 20)),
    ('format wide', lambda: '{} {}'.format('x', '€')),
    ('format one str', lambda: '{}'.format('solo')),
    ('format spec', lambda: '{:>10}|{:<6}'.format('a', 42)),
    ('fstring int', lambda: f'{big}'),
    ('fstring mix', lambda: f'{7} and {"b"}'),
    ('fstring long', lambda: f'{"p" * 80}:{3}:{"q" * 90}'),
]:
    keep.append(measure(label, f))
print(sum(len(s) for s in keep))
