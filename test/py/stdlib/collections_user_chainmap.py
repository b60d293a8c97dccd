# collections: ChainMap lookups and writes, UserDict/UserList/UserString wrappers, Counter
# arithmetic and comparisons, namedtuple checks and helpers.
from collections import ChainMap, Counter, UserDict, UserList, UserString, namedtuple

base = {"colour": "red", "size": 1}
over = {"size": 2}
cm = ChainMap(over, base)
print(cm["size"], cm["colour"], len(cm), list(cm), cm.get("none", 0), "colour" in cm, bool(ChainMap({})))
cm["new"] = True
del cm["size"]
print(over, base, cm.maps[0] is over, cm)
child = cm.new_child({"size": 9})
print(child["size"], child.parents["size"], child.parents.parents, dict(child), ChainMap.fromkeys("ab", 0))
print(cm | {"x": 1}, {"y": 2} | cm, cm.copy().maps[1] is base, cm.pop("new"), cm.pop("zz", "dflt"))
for bad in (lambda: cm.__delitem__("colour"), lambda: ChainMap().popitem(), lambda: cm["missing"]):
    try:
        bad()
    except KeyError as e:
        print("KeyError", e)
loop = ChainMap()
loop.maps.append(loop)
print(loop)


class Defaults(UserDict):
    def __missing__(self, key):
        return "missing " + str(key)


d = Defaults(a=1)
d["b"] = 2
print(d["zz"], d.get("zz"), d, d.data, len(d), list(d), d | {"c": 3}, {"c": 3} | d, type(d.copy()).__name__)
d |= UserDict(e=5)
print(d, "e" in d, Defaults.fromkeys("xy"), UserDict([("k", "v")]))

ul = UserList([3, 1, 2])
ul.sort()
ul.extend(UserList([7]))
ul += (8,)
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [0] + ul, ul * 2, ul.index(7), ul.count(1), ul.pop(), ul == [1, 2, 3, 7])
ul.insert(0, 0)
ul.remove(2)
del ul[0]
print(ul, ul < [2], 3 in ul, len(ul), ul.copy() is not ul, UserList("ab"))

us = UserString("Hello World")
print(us.upper(), us.lower(), us.split(), us.find("o"), us.count("l"), us.replace("World", "There"), us[::-1],
      us + "!", "> " + us, us * 2, len(us), "World" in us, UserString("x") in us, us.startswith("He"),
      us.center(15, "*"), us.zfill(13), us.removeprefix("Hello "), us.partition(" "), us.encode())
print(type(us.upper()).__name__, type(us.split()[0]).__name__, us == "Hello World", us < "Z", hash(us) == hash("Hello World"),
      int(UserString("42")) + 1, float(UserString("1.5")), UserString("%s-%s") % ("a", "b"))

c = Counter("abracadabra")
print(c, c.most_common(2), c.total(), sorted(c.elements())[:6], c["z"])
c.subtract("aaaaaaz")
print(c, +c, -c)
d1, d2 = Counter(a=3, b=1), Counter(a=1, b=2, c=0)
print(d1 + d2, d1 - d2, d1 | d2, d1 & d2, d1 == Counter(a=3, b=1, z=0), d2 <= d1, d1 >= Counter(a=3), d1 > d1)
d1 += Counter(b=-5)
d2 -= Counter(a=1)
d2 |= Counter(c=4)
d2 &= Counter(b=1, c=2)
print(d1, d2, Counter({"x": 2}) == {"x": 2}, repr(Counter()), Counter(cats=4, dogs=8).most_common(1))
del d2["absent"]
for bad in (lambda: Counter.fromkeys("ab"), lambda: Counter(5)):
    try:
        bad()
    except (NotImplementedError, TypeError) as e:
        print(type(e).__name__, e)

Point = namedtuple("Point", "x y", defaults=[0])
p = Point(1)
print(p, p._asdict(), p._replace(y=5), Point._make([3, 4]), Point._fields, Point._field_defaults, p.x, p[1])
print(Point.__new__.__qualname__, Point.__doc__, Point.x.__doc__, Point._make.__doc__, Point.__module__)
for bad in (lambda: namedtuple("Bad", "a a"), lambda: namedtuple("Bad", "_a"), lambda: namedtuple("Bad", "def"),
            lambda: namedtuple("Bad", "a b", defaults=(1, 2, 3)), lambda: namedtuple("1Bad", "a"),
            lambda: Point._make([1, 2, 3]), lambda: p._replace(z=1), lambda: Point(), lambda: Point(1, 2, 3)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(namedtuple("R", "a def a _b", rename=True)._fields, namedtuple("M", "a", module="mymod").__module__)
