# f-string format specs: fill, align, sign, #, 0, width, grouping, precision, types, nesting, = and conversions.
n, x, s = 1234567, -3.14159, "text"
print(f"[{n:>12}] [{n:<12}] [{n:^12}] [{n:*^12}] [{n:012}] [{n:+}] [{-n: }]")
print(f"[{n:,}] [{n:_}] [{n:_x}] [{n:#b}] [{n:#o}] [{n:#X}] [{n:e}] [{n:.3e}]")
print(f"[{x:.2f}] [{x:10.3f}] [{x:<10.1f}] [{x:=+10.2f}] [{x:%}] [{x:.1%}] [{x:g}] [{1e-7:g}]")
print(f"[{s:>8}] [{s:.2}] [{s:-^9}] [{s!r:>8}] [{s!a}] [{'é'!a}] [{s=}] [{n = :,}]")
width, precision = 10, 3
print(f"[{x:{width}.{precision}f}] [{s:{'>' if n > 0 else '<'}{width}}]")
print(f"{'nested ' + f'{n:,}'}", f"{{braces}}", f"{3.0:g}", f"{1e20:f}", f"{True:d}", f"{True}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.0:.1f} {float('nan'):>5} {float('inf'):+}")
print(f"{97:c}{65:c}{8364:c}", f"{255:08b}", f"{-255:#06x}", f"{3:03d}", f"{1234.5:,.2f}", f"{0.000012345:.3g}")
try:
    f"{s:d}"
except ValueError as error:
    print("ValueError:", error)
try:
    f"{n:.2s}"
except ValueError as error:
    print("ValueError:", error)
