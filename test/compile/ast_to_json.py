"""Dump CPython 3.11's AST of a source file as JSON in the kernel's AST convention.

Each node is {"_type": <ast class name>, <fields as in Python.asdl>, <position attributes>};
operators, unary operators, comparison operators, boolean operators and expression contexts
are plain strings ("Add", "Load"); a Constant's value is a tagged ConstValue
({"t": "int", "v": "123"}, {"t": "float", "v": "1.5"}, {"t": "str", "v": "..."},
{"t": "bytes", "v": [104, 105]}, {"t": "complex", "real": "0.0", "imag": "1.0"},
{"t": "bool", "v": true}, {"t": "None"}, {"t": "Ellipsis"}).

Usage: python3 ast_to_json.py FILE [--mode exec|single|eval]
"""
import ast
import json
import sys

SIMPLE = (ast.operator, ast.unaryop, ast.cmpop, ast.boolop, ast.expr_context)


def const(value):
    if value is None:
        return {"t": "None"}
    if value is Ellipsis:
        return {"t": "Ellipsis"}
    if isinstance(value, bool):
        return {"t": "bool", "v": value}
    if isinstance(value, int):
        return {"t": "int", "v": str(value)}
    if isinstance(value, float):
        return {"t": "float", "v": repr(value)}
    if isinstance(value, complex):
        return {"t": "complex", "real": repr(value.real), "imag": repr(value.imag)}
    if isinstance(value, str):
        return {"t": "str", "v": value}
    if isinstance(value, bytes):
        return {"t": "bytes", "v": list(value)}
    raise TypeError(type(value))


def node(n):
    if isinstance(n, SIMPLE):
        return type(n).__name__
    if isinstance(n, list):
        return [node(x) for x in n]
    if not isinstance(n, ast.AST):
        return n
    out = {"_type": type(n).__name__}
    for field in n._fields:
        value = getattr(n, field, None)
        out[field] = const(value) if isinstance(n, ast.Constant) and field == "value" else node(value)
    for attr in n._attributes:
        if hasattr(n, attr):
            out[attr] = getattr(n, attr)
    return out


def main():
    path = sys.argv[1]
    mode = sys.argv[sys.argv.index("--mode") + 1] if "--mode" in sys.argv else "exec"
    with open(path, encoding="utf-8") as f:
        source = f.read()
    tree = ast.parse(source, path, mode)
    json.dump(node(tree), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
