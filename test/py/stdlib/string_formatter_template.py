# string: the constants, capwords, Template substitution (named, braced, escaped and invalid
# placeholders, custom delimiters) and Formatter, which parses format strings as str.format does.
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), string.capwords("  hello   wide world "), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}; $$5 ${who}s")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}, what="cake"))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid(), string.Template("$ 1").is_valid())
for text in ("cost: $", "line one\n bad $1 here", "${unclosed"):
    try:
        string.Template(text).substitute()
    except ValueError as e:
        print("ValueError", e)
try:
    t.substitute(who="only")
except KeyError as e:
    print("KeyError", e)


class Percent(string.Template):
    delimiter = "%"


print(Percent("%name is %{age}%% sure").substitute(name="Ada", age=36), Percent.delimiter)
f = string.Formatter()
print(f.format("{0}-{1!r:>6}-{key[1]}-{obj.real}-{:>{width}}", "a", "b", 5, key="xyz", obj=3j, width=4) if False else "")
print(f.format("{0}-{1!r:>6}-{key[1]}-{obj.imag}", "a", "b", key="xyz", obj=3j), f.vformat("{x:{w}}|", (), {"x": 7, "w": 4}))
print(f.format("{}{}", 1, 2), f.format("{a[0]}{a[1][0]}", a=[1, [2]]), f.format("{0:{1}{2}}", 3.14159, ".", "2f"))
print(list(f.parse("a{{b}}{c!s:>{w}}d}}")), list(f.parse("")), list(f.parse("{0[x].y}")))
for bad in ("{0}{}", "{}{0}", "}", "{", "{0!x}", "{0:{1:{2:{3}}}}", "{a.}", "{0[}", "{!}"):
    try:
        print(f.format(bad, 1, 2, 3, 4, a=1))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "<%s>" % key) if isinstance(key, str) else args[key]


print(Upper().format("{greeting}, {name}! {0}", "ok", greeting="hello"))
