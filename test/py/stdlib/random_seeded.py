# random with a fixed seed gives the same sequence everywhere: random, randint, choice, shuffle, sample, uniform.
import random

random.seed(12345)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.randrange(0, 100, 5))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample("hello", 2), random.uniform(1, 2))
print(random.choices("abc", weights=[1, 0, 5], k=6), random.getrandbits(16))
random.seed("a string seed")
print(random.random())
r = random.Random(7)
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)], random.Random(0).randint(1, 10 ** 30))
random.seed(1)
print(round(random.gauss(0, 1), 12), random.random() < 1)
