# String operations allocate results of exactly the size the result's length and kind need.
import sys

base = "".join(["Hello, ", "World"])
results = {
    "upper()": base.upper(),
    "replace o->0": base.replace("o", "0"),
    "join of 3": "-".join([base, base, base]),
    "slice [2:9]": base[2:9],
    "* 3": base * 3,
    "f-string": f"<{base}>",
    "format": "{:>20}".format(base),
    "% formatting": "%s!" % base,
    "with euro": base + "\u20ac",
    "strip": ("  " + base + "  ").strip(),
}
for name, s in results.items():
    print("%-14s len %3d size %4d" % (name, len(s), sys.getsizeof(s)))
