"""Records CPython's output for test/objects/str_cases/*.py (run under python3.11):

    python3 test/objects/str_record.py

Each NAME.py gets NAME.out (stdout) next to it; str_cases.test.ts runs the same files on the
kernel and compares.
"""
import pathlib
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), sys.version
root = pathlib.Path(__file__).parent / 'str_cases'
for py in sorted(root.glob('*.py')):
    r = subprocess.run([sys.executable, '-X', 'utf8', py.name], cwd=root, capture_output=True)
    if r.returncode != 0:
        sys.exit(f'{py.name} failed under CPython:\n{r.stderr.decode()}')
    # Bytes as written: text mode would turn a printed '\r' into '\n'.
    (root / (py.stem + '.out')).write_bytes(r.stdout)
    print('recorded', py.name)
