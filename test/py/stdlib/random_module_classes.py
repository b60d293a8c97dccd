# random: the Random class and its subclasses: overriding random(), getrandbits() or seed() reaches every method.
import random


class MyRandom(random.Random):
    pass


m = MyRandom(5)
print(type(m).__name__, m.random(), m.randint(1, 100), m.choice("abc"), m.gauss(), m.__dict__)
print(MyRandom._randbelow is random.Random._randbelow_with_getrandbits, "_randbelow" in MyRandom.__dict__)


class Fixed(random.Random):
    def __init__(self, seq):
        self.seq = list(seq)
        super().__init__(0)

    def random(self):
        return self.seq.pop(0) if self.seq else 0.5


print("_randbelow" in Fixed.__dict__, Fixed._randbelow is random.Random._randbelow_without_getrandbits)
f = Fixed([0.1, 0.9, 0.3, 0.7, 0.2, 0.4, 0.6, 0.8])
print(f.randrange(10), f.choice("abcdef"), f.uniform(0, 10), f.randint(1, 6), f.random(), f.choices("abc", k=3))


class Bits(random.Random):
    calls = 0

    def getrandbits(self, k):
        Bits.calls += 1
        return (2 ** k - 1) // 3


b = Bits(1)
print(b.randrange(100), b.choice(range(50)), b.sample(range(20), 3), b.randbytes(3), Bits.calls)
print("_randbelow" in Bits.__dict__, Bits._randbelow is random.Random._randbelow_with_getrandbits)


class Both(random.Random):
    def random(self):
        return 0.25

    def getrandbits(self, k):
        return 1


print(Both().randrange(10), Both().uniform(0, 4), Both().sample(range(9), 1))


class Seeder(random.Random):
    def seed(self, a=None, version=2):
        print("seeding with", a)
        super().seed(a, version)


s = Seeder(11)
print(s.random(), s.getstate()[0], Seeder.__mro__)


class Count(random.Random):
    n = 0

    def random(self):
        Count.n += 1
        return super().random()


c = Count(3)
print(c.gauss(), c.normalvariate(), c.expovariate(1), c.triangular(), c.vonmisesvariate(1, 2), c.gammavariate(2, 1), Count.n)


class Sampler(random.Random):
    def sample(self, population, k, *, counts=None):
        print("sample called with", population, k, counts)
        return super().sample(population, k, counts=counts)


print(Sampler(1).sample("ab", 3, counts=[2, 1]))
r = random.Random(2)
r.random = lambda: 0.5
print(r.uniform(0, 10), r.choice("abcdef"), r.random(), sorted(r.__dict__))
del r.random
print(r.uniform(0, 10))
r._randbelow = lambda n: n - 1
print(r.choice("abcdef"), r.randrange(5), r.sample("xyz", 2))
print(random.Random.__name__, random.Random.__qualname__, random.Random.__module__, random.SystemRandom.__module__)
print(random.Random.__bases__, random.Random.__base__.__name__, random.Random.__base__.__module__, random.Random.VERSION)
print(random.SystemRandom.__mro__, random.SystemRandom._randbelow is random.Random._randbelow_with_getrandbits)
print(random.Random._randbelow is random.Random._randbelow_with_getrandbits, random.Random.__init_subclass__.__name__)
x = random.Random.__new__(random.Random)
print(x.random(), random.Random.__base__.getstate(x)[-1], x.__dict__)
h = random.Random(77)
red = h.__reduce__()
print(red[0] is random.Random, red[1], red[2][0], red[2][2], red[2][1] == h.getstate()[1])
copy = red[0](*red[1])
copy.__setstate__(red[2])
print(copy.random() == h.random(), copy.__getstate__() == h.getstate())
print(isinstance(random._inst, random.Random), type(random.random).__name__, random.random.__name__, random.choice.__name__)
print(sorted(random.__all__))
print(random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF, random.TWOPI)
sr = random.SystemRandom()
print(0 <= sr.random() < 1, 0 <= sr.randrange(10) < 10, sr.getrandbits(5) < 32, len(sr.randbytes(7)), sr.seed(5), sr.__dict__)
print(repr(random.Random.__doc__[-60:]), repr(random.SystemRandom.__doc__[:40]), len(random.__doc__))
