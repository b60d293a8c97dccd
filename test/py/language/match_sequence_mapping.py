# match sequence patterns with star, mapping patterns with **rest, as-patterns, guards; str is no sequence.
def parse(command):
    match command:
        case []:
            return "empty"
        case ["go", direction]:
            return "go " + direction
        case ["pick", "up", *items] if items:
            return "pick up " + ", ".join(items)
        case ["drop", *_, last]:
            return "drop ... " + last
        case [("n" | "s") as d, int(steps)]:
            return "move %s by %d" % (d, steps)
        case (first, *rest):
            return "first=%r rest=%r" % (first, rest)
        case {"action": "quit"}:
            return "quit"
        case {"action": action, "target": target, **others}:
            return "%s %s extra=%r" % (action, target, others)
        case {"action": _}:
            return "action without target"
        case str():
            return "a string is not a sequence pattern"
        case _:
            return "?"


for c in ([], ["go", "north"], ("go", "west"), ["pick", "up"], ["pick", "up", "key", "lamp"], ["drop", "a", "b", "c"],
          ["s", 3], ["s", "3"], [1, 2, 3], {"action": "quit", "x": 1}, {"action": "open", "target": "door", "with": "key"},
          {"action": "look"}, "go", range(2), 5):
    print(repr(c), "->", parse(c))
