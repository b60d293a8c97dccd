"""Runs a chapter's cells under CPython as the page runs them on the kernel.

    python3 -B -c "__import__('sys').path.insert(0, FOLDER); __import__('run_cells').main()" CELLS.json

CELLS.json is a list of {"file": "cell1.py", "source": "..."}. The cells run in order in one
interpreter, each as a script file in __main__ (PyRun_SimpleFileExFlags, as `python3 FILE` runs
a file: the parser's arena lives while the code runs), from a temporary folder holding the files
so tracebacks show their source lines. After each cell a marker line goes to stdout and stderr.
The driver binds no name in __main__ (hence __import__), and ends with os._exit so that interpreter
shutdown prints nothing the page would not print.
"""
import ctypes
import json
import os
import sys
import tempfile

MARK = b"\n\x00--heapbook-cell-end--\x00\n"


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        cells = json.load(f)
    folder = tempfile.mkdtemp(prefix="heapbook-cells-")
    for cell in cells:
        with open(os.path.join(folder, cell["file"]), "w", encoding="utf-8") as f:
            f.write(cell["source"])
    os.chdir(folder)
    libc = ctypes.CDLL(None)
    libc.fopen.restype = ctypes.c_void_p
    libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    run = ctypes.pythonapi.PyRun_SimpleFileExFlags
    run.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]
    for cell in cells:
        name = cell["file"].encode()
        run(libc.fopen(name, b"r"), name, 1, None)
        sys.stdout.flush()
        sys.stderr.flush()
        os.write(1, MARK)
        os.write(2, MARK)
    os._exit(0)
