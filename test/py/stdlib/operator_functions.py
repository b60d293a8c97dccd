# operator: itemgetter/attrgetter/methodcaller for sort keys, and function forms of the operators.
import operator
from operator import itemgetter, attrgetter, methodcaller

rows = [("b", 2, 9.5), ("a", 2, 1.0), ("c", 1, 3.3)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(0, 2)(rows[0]), itemgetter("k")({"k": "v"}), itemgetter(slice(1, None))("abc"))


class User:
    def __init__(self, name, city):
        self.name = name
        self.address = type("Address", (), {"city": city})()


users = [User("zed", "Oslo"), User("amy", "Bern")]
print([u.name for u in sorted(users, key=attrgetter("name"))], attrgetter("address.city")(users[0]))
print(attrgetter("name", "address.city")(users[1]), methodcaller("split", ",")("a,b"), methodcaller("upper")("x"))
print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(5), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.contains([1], 1), operator.getitem([5, 6], -1))
print(operator.concat([1], [2]), operator.index(7), operator.not_(0), operator.truth([]), operator.is_(None, None))
lst = [1, 2]
print(operator.iadd(lst, [3]) is lst, lst, operator.setitem(lst, 0, "z"), lst)
print(itemgetter(1)(users and "xy"), repr(itemgetter(1)), repr(attrgetter("a.b")))
