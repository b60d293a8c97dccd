"""CPython 3.11 as the oracle of the kernel's tokenizer and parser (kernel/compile/parser.ts).

Reads a JSON list of requests on stdin and prints a JSON list with one result per request:

  {"path": FILE, "mode": M}      parse a file's text     -> {"ast": TREE} or {"error": ERR}
  {"source": SRC, "mode": M}     parse a string          -> {"ast": TREE} or {"error": ERR}
  {"interactive": SRC}           codeop.compile_command  -> {"console": "complete" | "incomplete" | "error"}

TREE is the AST in the kernel's JSON convention (test/compile/ast_to_json.py); ERR is
[kind, msg, lineno, offset, end_lineno, end_offset, text] of the SyntaxError that
compile(SRC, "<oracle>", M) raises. Errors that only the compiler (not the parser) raises are
reported as such too: the test tells them apart (their text is None for string sources).

Usage: python3 test/compile/parser_oracle.py < requests.json
"""
import ast
import codeop
import json
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ast_to_json import node  # noqa: E402


def error_of(e):
    return [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]


def parse(source, mode):
    try:
        tree = ast.parse(source, "<oracle>", mode)
    except SyntaxError as e:
        return {"error": error_of(e)}
    # Some SyntaxErrors come from the compiler, after parsing: report them as errors too.
    try:
        compile(source, "<oracle>", mode)
    except SyntaxError as e:
        return {"ast": node(tree), "compile_error": error_of(e)}
    return {"ast": node(tree)}


def console(source):
    try:
        code = codeop.compile_command(source, "<stdin>", "single")
    except SyntaxError:
        return {"console": "error"}
    return {"console": "incomplete" if code is None else "complete"}


def main():
    warnings.simplefilter("ignore")
    out = []
    for req in json.load(sys.stdin):
        if "interactive" in req:
            out.append(console(req["interactive"]))
            continue
        if "path" in req:
            with open(req["path"], encoding="utf-8") as f:
                source = f.read()
        else:
            source = req["source"]
        out.append(parse(source, req.get("mode", "exec")))
    json.dump(out, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
