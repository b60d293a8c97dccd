# Class patterns fail with TypeError for too many positional sub-patterns or a non-class in the pattern.
class NoArgs:
    pass

class Pair:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a, self.b = 1, 2

class BadArgs:
    __match_args__ = "a"

not_a_class = len
for subject, label in ((NoArgs(), "NoArgs(1)"), (Pair(), "Pair(1, 2, 3)"), (BadArgs(), "BadArgs(1)"), (5, "not_a_class()")):
    try:
        match subject:
            case NoArgs(1):
                pass
            case Pair(1, 2, 3):
                pass
            case BadArgs(1):
                pass
            case not_a_class():
                pass
    except TypeError as error:
        print(label, "-> TypeError:", error)
match Pair():
    case Pair(1, b=2):
        print("positional then keyword sub-patterns match")
match NoArgs():
    case NoArgs():
        print("a class pattern without sub-patterns is an isinstance test")
