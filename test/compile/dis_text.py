"""CPython 3.11's `dis.dis` text of files, with byte offsets turned into instruction indices.

The kernel's disassembler numbers instructions (its CodeUnits have no CACHE entries) and
omits code object addresses; this rewrites CPython's own output the same way, so that the two
texts can be compared: the offset column, "to N" jump targets, the exception table, and
"<code object NAME at 0x..., file ..., line N>" (address dropped).

Usage: python3 dis_text.py FILE...   (prints JSON {FILE: text})
"""
import dis
import io
import json
import re
import sys
import types

EXTENDED_ARG = dis.opmap['EXTENDED_ARG']
CACHE = dis.opmap['CACHE']
LINE = re.compile(r'^(.{3}) (.{3}) (..) +(\d+) (\S+)(.*)$')
TABLE = re.compile(r'^  (\d+) to (\d+) -> (\d+) \[(\d+)\]( lasti)?$')
CODE = re.compile(r'<code object (\S+) at 0x[0-9a-f]+, file "([^"]*)", line (\d+)>')
TO = re.compile(r'\(to (\d+)\)')


def unit_index(code):
    """Code-unit offset -> index of the real instruction that covers it."""
    raw = code.co_code
    index = {}
    n = -1
    pending = []
    for off in range(0, len(raw), 2):
        op = raw[off]
        if op == EXTENDED_ARG:
            pending.append(off)
            continue
        if op == CACHE:
            index[off] = n
            continue
        n += 1
        for p in pending:
            index[p] = n
        pending = []
        index[off] = n
    return index, n + 1


def rewrite(code, text):
    index, count = unit_index(code)
    width = max(4, len(str(count)))
    out = []
    for line in text.splitlines():
        m = LINE.match(line)
        if m and m.group(4).isdigit() and m.group(5).isupper():
            if m.group(5) == 'EXTENDED_ARG':
                continue
            rest = m.group(6)
            to = TO.search(rest)
            if to:
                # A jump's argument becomes the index of its target, as in a CodeUnit.
                target = index[int(to.group(1))]
                arg = re.match(r'^(\s*)(\d+)', rest)
                rest = str(target).rjust(len(arg.group(0))) + f' (to {target})'
            line = f'{m.group(1)} {m.group(2)} {m.group(3)} {str(index[int(m.group(4))]).rjust(width)} {m.group(5)}{rest}'
            line = line.rstrip()
        t = TABLE.match(line)
        if t:
            lasti = t.group(5) or ''
            line = f'  {index[int(t.group(1))]} to {index[int(t.group(2))]} -> {index[int(t.group(3))]} [{t.group(4)}]{lasti}'
        out.append(CODE.sub(lambda c: f'<code object {c.group(1)}, file "{c.group(2)}", line {c.group(3)}>', line))
    return '\n'.join(out)


def disassemble(code):
    buf = io.StringIO()
    dis.disassemble(code, file=buf)
    parts = [rewrite(code, buf.getvalue().rstrip('\n'))]
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            parts.append('')
            parts.append(f'Disassembly of <code object {c.co_name}, file "{c.co_filename}", line {c.co_firstlineno}>:')
            parts.append(disassemble(c))
    return '\n'.join(parts)


def main():
    result = {}
    for path in sys.argv[1:]:
        with open(path, encoding='utf-8') as f:
            result[path] = disassemble(compile(f.read(), path, 'exec', dont_inherit=True))
    json.dump(result, sys.stdout, ensure_ascii=False)


main()
