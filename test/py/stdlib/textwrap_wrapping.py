# textwrap: breaking text into lines at whitespace and hyphens, long words, indents, sentence
# endings, max_lines with a placeholder, shorten, dedent and indent.
import textwrap

text = ("The Heapbook kernel emulates CPython's memory manager: reference counts, well-known "
        "free lists, the cyclic collector -- and weak references.  Supercalifragilisticexpialidocious!")
for width in (10, 25, 50):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 12, break_on_hyphens=False), textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 20, max_lines=3), textwrap.wrap(text, 20, max_lines=1, placeholder="..."))
print(textwrap.shorten(text, 40), textwrap.shorten("  a   b  ", 10), textwrap.shorten(text, 15, placeholder=" (more)"))
print(repr(textwrap.fill("One sentence. Two sentences! Done", 80, fix_sentence_endings=True)))
print(textwrap.wrap("tabs\tand\tmore\ttabs", 12), textwrap.wrap("tabs\there", 30, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("  leading space kept", 10, drop_whitespace=False), textwrap.wrap(""), textwrap.wrap("   "))
w = textwrap.TextWrapper(width=15, tabsize=4)
print(w.wrap("a\tb c-d-e f"), w._split("well-known e-mail--fast"), w.width, w.placeholder)
print(repr(textwrap.dedent("    def f():\n        return 1\n\n    f()\n")), repr(textwrap.dedent("\t a\n\t b")))
print(repr(textwrap.indent("one\n\ntwo\n", "> ")), repr(textwrap.indent("a\nb", "+ ", lambda line: "b" in line)))
for call in (lambda: textwrap.wrap("x", 0), lambda: textwrap.wrap("aaa bbb", 4, max_lines=1, placeholder=" [long...]")):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
