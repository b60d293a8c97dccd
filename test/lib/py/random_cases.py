# random: seeding of ints (negative, huge), floats, str/bytes (SHA-512), version 1; getrandbits,
# state round trips, the Random methods and their errors.
import random

for seed in [0, 1, -1, 2 ** 32, 2 ** 100 + 7, -(2 ** 70), 3.5, -0.0, 'hello', b'bytes', bytearray(b'ba'), '', True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(7), random.getrandbits(33), random.getrandbits(100))
random.seed('abc', version=1)
print(random.random())
r = random.Random(42)
print(r.randrange(10), r.randrange(3, 30, 4), r.randrange(20, 2, -3), r.randint(-5, 5), r.choice('xyz'),
      r.sample(range(1000), 5), r.sample(['a', 'b', 'c'], 3), r.sample('abcd', k=2, counts=[1, 2, 3, 4]),
      r.choices(range(5), k=4), r.choices('ab', cum_weights=[1, 10], k=3), r.uniform(2, 3), r.triangular(),
      r.triangular(1, 10, 2), r.normalvariate(), r.gauss(5, 2), r.gauss(5, 2), r.lognormvariate(0, 1),
      r.expovariate(2), r.vonmisesvariate(1, 2), r.gammavariate(2.5, 1), r.gammavariate(0.5, 1), r.gammavariate(1, 1),
      r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 2), r.randbytes(5), r.getrandbits(0))
lst = list(range(20))
r.shuffle(lst)
print(lst, r.sample(range(10 ** 6), 3))
state = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(state)
print(a == [r.random() for _ in range(5)], state[0], len(state[1]), vars(r))
for bad in [lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(1, 5, 0), lambda: r.choice([]),
            lambda: r.sample({1, 2}, 1), lambda: r.sample([1], 2), lambda: r.choices('ab', [1]), lambda: r.getrandbits(-1),
            lambda: r.seed([1]), lambda: r.randrange(1.5), lambda: r.choices('a', 3), lambda: r.gammavariate(0, 1),
            lambda: r.randrange(1, 2, 1.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)


class MyRandom(random.Random):
    def random(self):
        return 0.5


print(MyRandom().randrange(10), MyRandom()._randbelow.__name__, random.Random._randbelow.__name__)
random.seed(99)
print(random.randint(1, 10 ** 40), random.choice(range(100)), random.getstate()[1][:3])
