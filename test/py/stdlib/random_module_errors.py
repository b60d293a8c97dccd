# random: argument errors of the C methods and of the Python-level methods, and the methods' own messages.
import random

r = random.Random(7)


class Idx:
    def __index__(self):
        return 5


class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if not 0 <= i < 4:
            raise IndexError(i)
        return i * 11


for text in [
    "r.randrange(0)", "r.randrange(-3)", "r.randrange(5, 5)", "r.randrange(5, 1)", "r.randrange(1, 10, 0)", "r.randrange(1, 10, -1)",
    "r.randrange(10, step=2)", "r.randrange(10, None, 1)", "r.randrange('a')", "r.randrange(Idx())", "r.randrange(Idx(), 20, Idx())",
    "r.randint(1, 'a')", "r.randint(5, 4)", "r.choice([])", "r.choice('')", "r.choice({1: 'a', 0: 'b'})", "r.choice({1, 2})", "r.choice(5)",
    "r.choice(Seq())", "r.sample({1, 2, 3}, 2)", "r.sample({1: 2}, 1)", "r.sample([1, 2], 3)", "r.sample([1, 2], -1)", "r.sample([1, 2], 1.0)",
    "r.sample([1, 2, 3], k=Idx())", "r.sample([1, 2], 2, counts=[1])", "r.sample([1, 2], 2, counts=[0, 0])", "r.sample([1, 2], 2, counts=[1.5, 2])",
    "r.sample([], 0, counts=[])", "r.sample(Seq(), 2)", "r.sample(range(5), 5)", "r.choices([], k=0)", "r.choices([], k=1)", "r.choices('ab', 3)",
    "r.choices('ab', [1])", "r.choices('ab', [1, 2], cum_weights=[1, 3])", "r.choices('ab', [0, 0])", "r.choices('ab', [1, float('inf')])",
    "r.choices('ab', ['x', 'y'])", "r.choices('ab', k=2.5)", "r.choices('abc', [1, 2, 3], k=Idx())", "r.uniform(1)",
    "r.getrandbits(-1)", "r.getrandbits('a')", "r.getrandbits(1.5)", "r.getrandbits(2 ** 40)", "r.randbytes(-1)", "r.randbytes(1.5)", "r.randbytes(Idx())",
    "r.seed([1])", "r.seed({})", "r.seed(1, 2, 3)", "r.seed(a=1, version=1)", "r.seed(b'x', version=1)", "r.seed(bytearray(b'x'), version=1)",
    "r.seed(5, version='z')", "r.seed(x=1)", "r.setstate(5)", "r.setstate(())", "r.setstate((3,))", "r.setstate((3, 1, 2, 3))", "r.setstate((4, (), None))",
    "r.setstate((3, [0] * 625, None))", "r.setstate(('3', (), None))", "r.setstate((3, (1,) * 3, None))", "r.setstate((3, (0,) * 624 + (625,), None))",
    "r.setstate((3, (-1,) * 625, None))", "r.setstate((3, (1.5,) * 625, None))", "r.setstate((3, (2 ** 64,) * 625, None))",
    "r.setstate((3, (2 ** 32,) * 625, None))", "r.setstate((3, (0,) * 624 + (2 ** 70,), None))", "r.setstate((3, (0,) * 624 + (-1,), None))",
    "random.Random(1, 2)", "random.Random(x=1).random()", "random.Random(a=1)", "random.Random([1])", "r.shuffle((1, 2, 3))", "r.shuffle('abc')",
    "r.shuffle(5)", "r.shuffle({})", "r.shuffle([])", "r.shuffle([1])", "r.random(1)", "r.random(x=1)", "r.getrandbits()", "r.getrandbits(1, 2)",
    "r.getrandbits(k=1)", "r.getstate(1)", "r.choice()", "r.choice(1, 2)", "r.choice(seq=[5])", "r.randrange()", "r.sample([1])", "r.sample([1], 1, 2)",
    "r.sample([1], k=1, counts=[1], x=1)", "r.shuffle([1], 2)", "r.gauss(1, 2, 3)", "r.expovariate()", "r.randint(1)", "r.uniform(a=1, b=1)",
    "r.uniform(1, a=2)", "r.choices('a', x=1)", "r.sample('abc', 1, 2, counts=[1, 1, 1])", "random.Random.__init__(r, 1, 2)",
    "random.Random.random(1)", "random.Random.seed(r, 5) is None", "random.Random.__base__.seed(r, 1, 2)", "random.Random.__base__.seed(r, x=2)",
    "random.Random.__base__.getstate(r, 1)", "random.Random.__base__.setstate(r)", "random.Random.__base__.setstate(r, 1, 2)",
    "random.Random.__base__.setstate(r, 1)", "random.Random.__base__.setstate(r, x=1)", "random.Random.__base__(1, 2)",
    "random.Random.__base__(x=1)", "random.Random.__base__([1])", "r._randbelow_without_getrandbits(10)", "r._randbelow(10)",
    "random.SystemRandom().getstate()", "random.SystemRandom().setstate(None)", "random.SystemRandom().seed(1, 2, x=3)",
    "random.SystemRandom().getrandbits(-1)", "random.SystemRandom().randbytes(-1)", "len(random.SystemRandom().randbytes(9))",
]:
    try:
        value = eval(text)
    except Exception as error:
        print(text, "!!", type(error).__name__, error)
    else:
        print(text, "->", repr(value))
