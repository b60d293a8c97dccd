# textwrap: chunking (hyphens, em-dashes), wrap/fill options, max_lines, shorten, dedent, indent.
import textwrap

samples = [
    "Look, goof-ball -- use the -b option!",
    "The quick brown fox jumps over the lazy dog. " * 3,
    "well-known state-of-the-art self-explanatory e-mail x-y a--b --c d-- re-do-it 123-456 foo---bar",
    "Supercalifragilisticexpialidocious-antidisestablishmentarianism is long",
    "tabs\there\tand\nnewlines\r\nand\x0bvt",
    "Hello.  World! Yes? ok. Fine.' \"Quoted.\" end",
    "",
    "   leading and trailing   ",
    "über-straße naïve café-au-lait",
]
w = textwrap.TextWrapper()
for s in samples:
    print(w._split(w._munge_whitespace(s)))
    for width in (1, 5, 10, 20, 40):
        print(width, textwrap.wrap(s, width))
    print(textwrap.wrap(s, 12, break_on_hyphens=False), textwrap.wrap(s, 12, break_long_words=False))
    print(textwrap.wrap(s, 15, initial_indent='* ', subsequent_indent='  '), textwrap.wrap(s, 12, drop_whitespace=False))
    print(textwrap.wrap(s, 15, max_lines=2), textwrap.wrap(s, 15, max_lines=1, placeholder='...'))
    print(repr(textwrap.fill(s, 25, fix_sentence_endings=True)), textwrap.shorten(s, 20), textwrap.shorten(s, 50))
    print(textwrap.wrap(s, 10, expand_tabs=False, replace_whitespace=False, tabsize=4))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("\ta\n  b")), repr(textwrap.dedent("  x\n  \n   y  \n")))
print(repr(textwrap.dedent("no indent\n  some")), repr(textwrap.dedent("   \n  \t \n")), repr(textwrap.dedent("  a\r\n  b")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
for bad in (lambda: textwrap.wrap("x", 0), lambda: textwrap.wrap("abc def", 3, max_lines=1, placeholder=" [......]")):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
