"""Dump CPython 3.11's code objects for source files as JSON, in the shape the kernel's CodeUnit has.

For every code object (the module's, then depth first through co_consts) it prints the
instructions without CACHE and EXTENDED_ARG entries as [opname, arg], with a jump's arg the
index of its target instruction (the kernel's convention: absolute instruction indices), plus
co_consts (nested code objects as {"t": "code", "v": qualname}; each constant also carries "id",
a number that is the same for constants that are the same object within the compilation),
co_names, co_varnames, co_cellvars, co_freevars, co_localsplusnames and kinds, flags,
argument counts, stack size, the exception table in instruction indices and the positions.

Usage: python3 dis_to_json.py [--mode exec|single|eval] [--ast] [--split] FILE...
Prints one JSON object: {FILE: {"code": [...code objects...]} or {"error": {...}}}.
With --ast also includes the AST of each file as ast_to_json.py dumps it.
"""
import dis
import json
import os
import sys
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ast_to_json  # noqa: E402


def sources(path):
    """The sources a file holds: itself, or with --split its cases, separated by lines '#---'."""
    import tokenize
    with tokenize.open(path) as f:  # honours a coding cookie, as compile() does
        text = f.read()
    if not SPLIT:
        return [(path, text)]
    cases = []
    current = []
    for line in text.splitlines(keepends=True):
        if line.startswith("#---"):
            cases.append("".join(current))
            current = []
        else:
            current.append(line)
    cases.append("".join(current))
    return [(f"{path}#{i}", src) for i, src in enumerate(cases)]


SPLIT = "--split" in sys.argv
OPTIMIZE = int(sys.argv[sys.argv.index("--optimize") + 1]) if "--optimize" in sys.argv else 0

EXTENDED_ARG = dis.opmap['EXTENDED_ARG']
CACHE = dis.opmap['CACHE']


class Ids:
    """Numbers objects by identity, in order of first sight."""

    def __init__(self):
        self.seen = {}
        self.keep = []

    def of(self, obj):
        key = id(obj)
        if key not in self.seen:
            self.seen[key] = len(self.seen)
            self.keep.append(obj)
        return self.seen[key]


def const(value, ids):
    if isinstance(value, types.CodeType):
        out = {"t": "code", "v": value.co_qualname}
    elif isinstance(value, tuple):
        out = {"t": "tuple", "items": [const(v, ids) for v in value]}
    elif isinstance(value, frozenset):
        out = {"t": "frozenset", "items": [const(v, ids) for v in value]}
    else:
        out = dict(ast_to_json.const(value))
    out["id"] = ids.of(value)
    return out


def instructions(code):
    """The real instructions of code: (offset, opcode, full arg) without CACHE/EXTENDED_ARG."""
    raw = code.co_code
    out = []
    ext = 0
    for off in range(0, len(raw), 2):
        op, arg = raw[off], raw[off + 1]
        if op == CACHE:
            continue
        if op == EXTENDED_ARG:
            ext = (ext | arg) << 8
            continue
        out.append((off, op, ext | arg))
        ext = 0
    return out


def index_of_offset(instrs):
    """Map every code-unit offset to the index of the real instruction at or after it."""
    table = {}
    j = 0
    for i, (off, _, _) in enumerate(instrs):
        while j <= off:
            table[j] = i
            j += 2
    return table, j


def code_json(code, ids):
    instrs = instructions(code)
    where, limit = index_of_offset(instrs)
    nreal = len(instrs)

    def index(off):
        return where[off] if off < limit else nreal

    ops = []
    for off, op, arg in instrs:
        name = dis.opname[op]
        if op in dis.hasjrel:
            nxt = off + 2 + 2 * dis._inline_cache_entries[op]
            if 'BACKWARD' in name:
                target = nxt - 2 * arg
            else:
                target = nxt + 2 * arg
            arg = index(target)
        elif op < dis.HAVE_ARGUMENT:
            arg = None
        ops.append([name, arg])

    positions = list(code.co_positions())
    pos = []
    for off, _, _ in instrs:
        p = positions[off // 2]
        pos.append([-1 if v is None else v for v in p])

    table = []
    for e in dis._parse_exception_table(code):
        table.append({
            "start": index(e.start), "end": index(e.end), "target": index(e.target),
            "depth": e.depth, "lasti": bool(e.lasti),
        })

    return {
        "name": code.co_name,
        "qualname": code.co_qualname,
        "firstlineno": code.co_firstlineno,
        "argcount": code.co_argcount,
        "posonlyargcount": code.co_posonlyargcount,
        "kwonlyargcount": code.co_kwonlyargcount,
        "flags": code.co_flags,
        "nlocals": code.co_nlocals,
        "stacksize": code.co_stacksize,
        "names": list(code.co_names),
        "varnames": list(code.co_varnames),
        "cellvars": list(code.co_cellvars),
        "freevars": list(code.co_freevars),
        "consts": [const(c, ids) for c in code.co_consts],
        "code": ops,
        "positions": pos,
        "exceptiontable": table,
    }


def walk(code, ids, out):
    out.append(code_json(code, ids))
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            walk(c, ids, out)


def dump(path, source, mode, with_ast):
    result = {}
    result["source"] = source
    if with_ast:
        try:
            import ast
            result["ast"] = ast_to_json.node(ast.parse(source, path, mode))
        except SyntaxError:
            result["ast"] = None
    import warnings
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            code = compile(source, path, mode, dont_inherit=True, optimize=OPTIMIZE)
        result["warnings"] = [
            {"category": w.category.__name__, "message": str(w.message), "lineno": w.lineno}
            for w in caught if w.category is SyntaxWarning
        ]
    except SyntaxError as e:
        result["error"] = {
            "type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
            "end_lineno": e.end_lineno, "end_offset": e.end_offset, "text": e.text,
            "source": source,
        }
        return result
    out = []
    walk(code, Ids(), out)
    result["code"] = out
    return result


def main():
    args = sys.argv[1:]
    mode = "exec"
    with_ast = False
    files = []
    i = 0
    while i < len(args):
        if args[i] == "--mode":
            mode = args[i + 1]
            i += 2
            continue
        if args[i] == "--ast":
            with_ast = True
        elif args[i] == "--split":
            pass
        elif args[i] == "--optimize":
            i += 2
            continue
        else:
            files.append(args[i])
        i += 1
    import warnings
    warnings.simplefilter("ignore")
    result = {}
    for f in files:
        try:
            cases = sources(f)
        except (SyntaxError, UnicodeDecodeError):
            result[f] = {"source": None, "ast": None}
            continue
        for name, source in cases:
            result[name] = dump(name, source, mode, with_ast)
    json.dump(result, sys.stdout)  # ASCII: constants may hold lone surrogates
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
