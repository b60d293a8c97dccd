"""Dump CPython 3.11's symbol tables (the `symtable` module) of source files as JSON.

For each file: {"ast": <ast_to_json dump>, "table": TABLE} or {"ast": ..., "error": {...}}, where
TABLE is {"name", "type" (0 function, 1 class, 2 module), "lineno", "nested",
"symbols": [[name, flags], ...] in the table's order (flags include the scope bits),
"varnames": [...], "children": [TABLE, ...]}.

Usage: python3 symtable_to_json.py [--split] FILE...
"""
import ast
import json
import os
import sys
import symtable

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


def table_json(t):
    raw = t._table
    return {
        "name": raw.name,
        "type": raw.type,
        "lineno": raw.lineno,
        "nested": bool(raw.nested),
        "symbols": [[k, v] for k, v in raw.symbols.items()],
        "varnames": list(raw.varnames),
        "children": [table_json(c) for c in t.get_children()],
    }


def dump(path, source):
    result = {"source": source}
    try:
        result["ast"] = ast_to_json.node(ast.parse(source, path))
    except SyntaxError:
        result["ast"] = None
        return result
    try:
        result["table"] = table_json(symtable.symtable(source, path, "exec"))
    except SyntaxError as e:
        result["error"] = {"msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                           "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    return result


def main():
    result = {}
    for f in sys.argv[1:]:
        if f == "--split":
            continue
        for name, source in sources(f):
            result[name] = dump(name, source)
    json.dump(result, sys.stdout)  # ASCII: constants may hold lone surrogates
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
